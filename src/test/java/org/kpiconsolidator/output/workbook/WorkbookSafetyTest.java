package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.testing.FormLabels;
import org.kpiconsolidator.testing.FormSpec;
import org.kpiconsolidator.testing.NarrativeSpec;
import org.kpiconsolidator.testing.SampleForms;

/**
 * Text from submissions stays text, numbers keep their 4 decimals, and a failed write leaves the
 * previous workbook and no partial file.
 */
class WorkbookSafetyTest {

    static final String UNIT = "=1+2";
    static final String SUPPORT = "=HYPERLINK(\"http://example.invalid\",\"open\")";
    static final String OBSTACLES = "@SUM(1)+cmd";

    @TempDir
    static Path dir;

    static Batches.Written written;

    @BeforeAll
    static void hostileForm() throws IOException {
        SampleForms.Sample clean = SampleForms.bangKhaeDistrict();
        FormSpec form = clean.form().withUnitName(UNIT)
                .withBlock(0, block -> block.toBuilder().narratives(List.of(
                        NarrativeSpec.below(FormLabels.OVERALL_SUPPORT, SUPPORT),
                        NarrativeSpec.below(FormLabels.OVERALL_OBSTACLES, OBSTACLES))).build())
                // 77.7777 on 60/65/70/75/80, interpolated: 90 + 2.7777 * 10 / 5 = 95.5554, weighted 9.55554.
                .withBlock(1, block -> block.withResults(results -> results.withRow(0,
                        row -> row.withResult(new BigDecimal("77.7777")))));
        Path input = Files.createDirectories(dir.resolve("in"));
        new SampleForms.Sample("hostile.xlsx", form, clean.layout()).render(input);
        written = Batches.write(input, dir.resolve("out"), true, Language.TH);
    }

    @Test
    void textFromSubmissionsIsAStringCellEvenWhenItLooksLikeAFormula() throws IOException {
        try (Workbook wb = WorkbookFactory.create(written.workbook().toFile(), null, true)) {
            Sheet summary = wb.getSheet(SummarySheet.NAME);
            Cell unit = summary.getRow(Table.HEADER_ROWS).getCell(SummarySheet.UNIT);
            assertThat(unit.getCellType()).isEqualTo(CellType.STRING);
            assertThat(unit.getStringCellValue()).isEqualTo(UNIT);
            Sheet narratives = wb.getSheet(NarrativeSheet.NAME);
            List<Cell> texts = new ArrayList<>();
            for (int r = Table.HEADER_ROWS; r <= narratives.getLastRowNum(); r++) {
                texts.add(narratives.getRow(r).getCell(NarrativeSheet.TEXT));
            }
            assertThat(texts).extracting(Cell::getStringCellValue).contains(SUPPORT, OBSTACLES);
            assertThat(texts).extracting(Cell::getCellType).containsOnly(CellType.STRING);
            // The only formulas in the workbook are the links the discrepancies sheet makes itself.
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            assertThat(s.getSheetName()).isEqualTo(DiscrepancySheet.NAME);
                            assertThat(c.getColumnIndex()).isEqualTo(DiscrepancySheet.LINK);
                            assertThat(c.getCellFormula()).startsWith("HYPERLINK(\"#'");
                        }
                    }
                }
            }
        }
    }

    @Test
    void numbersShowTwoDecimalsAndKeepFour() throws IOException {
        try (Workbook wb = WorkbookFactory.create(written.workbook().toFile(), null, true)) {
            Sheet s = wb.getSheet(IndicatorSheet.NAME);
            int row = Cells.rowOf(s, new int[] {IndicatorSheet.COMPONENT, IndicatorSheet.INDICATOR}, "2", "4");
            assertThat(Cells.number(s, row, IndicatorSheet.VALUE)).contains(new BigDecimal("77.7777"));
            assertThat(Cells.number(s, row, IndicatorSheet.RECOMPUTED_SCORE)).contains(new BigDecimal("95.5554"));
            assertThat(Cells.number(s, row, IndicatorSheet.RECOMPUTED_WEIGHTED)).contains(new BigDecimal("9.5555"));
            Cell weighted = s.getRow(row).getCell(IndicatorSheet.RECOMPUTED_WEIGHTED);
            assertThat(weighted.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(new DataFormatter().formatCellValue(weighted)).isEqualTo("9.56");
            assertThat(Cells.number(s, row, IndicatorSheet.RECOMPUTED_LEVEL)).contains(BigDecimal.valueOf(4));
            assertThat(s.getRow(row).getCell(IndicatorSheet.RECOMPUTED_LEVEL).getCellStyle().getDataFormatString())
                    .isEqualTo("0");
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousWorkbookAndNoPartialFile() throws IOException {
        Path out = written.settings().outputDir();
        byte[] before = Files.readAllBytes(written.workbook());
        // A file outcome without its file fails the writer half-way through, as any bug would.
        FileOutcome broken = new FileOutcome(null, FileStatus.OK, "", "", null, null, null, Optional.empty(),
                List.of(), null, List.of());
        Consolidation c = new Consolidation(2564, List.of(broken), List.of());
        RunSettings settings = written.settings();
        assertThatThrownBy(() -> ConsolidatedWorkbook.write(c, settings)).isInstanceOf(RuntimeException.class);
        assertThat(Files.readAllBytes(written.workbook())).isEqualTo(before);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ConsolidatedWorkbook.FILE_NAME);
        }
    }
}
