package org.kpiconsolidator.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.GridLines;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.workbook.xlsx.StreamingXlsxReader;

/** The standard reader picks by content: OOXML is streamed, everything else is POI's. */
class WorkbookReadersTest {

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();

    private WorkbookReader recording(String name) {
        return file -> {
            asked.add(name + " " + file.getFileName());
            return new PoiWorkbookReader().read(file);
        };
    }

    @Test
    void sendsOoxmlToTheStreamingSideAndTheRestToPoiWhateverTheExtension() throws Exception {
        Path xlsx = SampleForms.bangKhaeDistrict().render(dir);
        Path xls = SampleForms.chatuchakDistrict().render(dir);
        Path xlsxNamedXls = Files.copy(xlsx, dir.resolve("renamed.xls"));
        Path xlsNamedXlsx = Files.copy(xls, dir.resolve("renamed.xlsx"));
        WorkbookReader reader = WorkbookReaders.byContent(recording("ooxml"), recording("other"), ReadLimits.DEFAULT);
        for (Path f : List.of(xlsx, xls, xlsxNamedXls, xlsNamedXlsx)) {
            reader.read(f);
        }
        assertThat(asked).containsExactly("ooxml bang-khae-district.xlsx", "other chatuchak-district.xls",
                "ooxml renamed.xls", "other renamed.xlsx");
    }

    @Test
    void theStandardReaderGivesPoisGridForBothFormats() throws Exception {
        for (Path f : List.of(SampleForms.internationalAffairsOffice().render(dir),
                SampleForms.chatuchakDistrict().render(dir))) {
            assertThat(GridLines.of(WorkbookReaders.standard().read(f)))
                    .containsExactlyElementsOf(GridLines.of(new PoiWorkbookReader().read(f)));
        }
    }

    @Test
    void anOrdinaryFormIsStreamedOnceAndItsInspectionParsesNoPartAgain() throws Exception {
        Path xlsx = SampleForms.bangKhaeDistrict().render(dir);
        StreamingXlsxReader.Streamed streamed = StreamingXlsxReader.streamBeforeInspection(xlsx, ReadLimits.DEFAULT)
                .orElseThrow();
        List<String> xmlParts = new ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            zip.stream().map(e -> e.getName().toLowerCase(java.util.Locale.ROOT))
                    .filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).forEach(xmlParts::add);
        }
        assertThat(streamed.partsReadWhole().keySet()).containsExactlyInAnyOrderElementsOf(xmlParts);
        assertThat(OoxmlInspector.passes(xlsx, Files.size(xlsx), ReadLimits.DEFAULT, streamed.partsReadWhole()))
                .isTrue();
        assertThat(GridLines.of(streamed.grid())).containsExactlyElementsOf(GridLines.of(new PoiWorkbookReader().read(xlsx)));
    }

    @Test
    void aSheetLargerThanPoisGraceSizeIsNotParsedAgainEither() throws Exception {
        Path xlsx = dir.resolve("large-sheet.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(SampleForms.bangKhaeDistrict().render(dir)))) {
            org.apache.poi.ss.usermodel.Sheet notes = wb.createSheet("ข้อมูลประกอบ");
            for (int r = 0; r < 400; r++) {
                org.apache.poi.ss.usermodel.Row row = notes.createRow(r);
                for (int c = 0; c < 10; c++) {
                    if (c < 3) {
                        row.createCell(c).setCellValue("กิจกรรมที่ " + r + "." + c);
                    } else {
                        row.createCell(c).setCellValue(r * 10.5 + c);
                    }
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        StreamingXlsxReader.Streamed streamed = StreamingXlsxReader.streamBeforeInspection(xlsx, ReadLimits.DEFAULT)
                .orElseThrow();
        assertThat(streamed.partsReadWhole().values()).anySatisfy(
                bytes -> assertThat(bytes).isGreaterThan(ReadLimits.GRACE_PART_BYTES));
        assertThat(OoxmlInspector.passes(xlsx, Files.size(xlsx), ReadLimits.DEFAULT, streamed.partsReadWhole()))
                .isTrue();
        assertThat(GridLines.of(streamed.grid())).containsExactlyElementsOf(GridLines.of(new PoiWorkbookReader().read(xlsx)));
    }

    @Test
    void filesThatAreNotWorkbooksGetPoisReason() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"),
                java.util.Arrays.copyOf(Files.readAllBytes(SampleForms.bangKhaeDistrict().render(dir)), 3000));
        for (Path f : List.of(text, empty, truncated)) {
            UnreadableWorkbookException.Reason poi = reason(new PoiWorkbookReader(), f);
            assertThat(reason(WorkbookReaders.standard(), f)).as(f.getFileName().toString()).isEqualTo(poi);
        }
        assertThat(reason(WorkbookReaders.standard(), empty)).isEqualTo(UnreadableWorkbookException.Reason.EMPTY_FILE);
    }

    @Test
    void heapIsEstimatedFromAPackagesXmlAndFromTheSizeOfAnythingElse() throws Exception {
        Path xlsx = SampleForms.bangKhaeDistrict().render(dir);
        Path xls = SampleForms.chatuchakDistrict().render(dir);
        Path xlsNamedXlsx = Files.copy(xls, dir.resolve("renamed.xlsx"));
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        long xml = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                xml += e.getName().endsWith(".xml") || e.getName().endsWith(".rels") ? e.getSize() : 0;
            }
        }
        WorkbookReader reader = WorkbookReaders.standard();
        assertThat(reader.heapEstimate(xlsx)).isEqualTo(20 * xml + Files.size(xlsx));
        assertThat(reader.heapEstimate(xls)).isEqualTo(25 * Files.size(xls));
        assertThat(reader.heapEstimate(xlsNamedXlsx)).isEqualTo(25 * Files.size(xls));
        assertThat(reader.heapEstimate(text)).isEqualTo(25 * Files.size(text));
        assertThat(reader.heapEstimate(dir.resolve("missing.xls"))).isZero();
    }

    private static UnreadableWorkbookException.Reason reason(WorkbookReader reader, Path file) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(file));
        assertThat(t).as(file.getFileName().toString()).isInstanceOf(UnreadableWorkbookException.class);
        return ((UnreadableWorkbookException) t).reason();
    }

    @Test
    void numbersReadAsExcelShowsThem() {
        assertThat(ExcelDisplay.decimal(0.1 + 0.2)).isEqualTo(new java.math.BigDecimal("0.3"));
        assertThat(ExcelDisplay.decimal(0.955 * 100)).isEqualTo(new java.math.BigDecimal("95.5"));
        assertThat(ExcelDisplay.decimal(15 * 90 / 100.0)).isEqualTo(new java.math.BigDecimal("13.5"));
        assertThat(ExcelDisplay.decimal(2.0 / 3)).isEqualTo(new java.math.BigDecimal("0.666666666666667"));
        assertThat(ExcelDisplay.decimal(Double.NaN)).isEqualTo(java.math.BigDecimal.ZERO);
    }
}
