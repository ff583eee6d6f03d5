package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real spreadsheet application computes the template's formulas to the values POI computes (and
 * the consolidator recomputes). The filled forms go to LibreOffice with every cached result
 * replaced by a sentinel and LibreOffice set to recalculate on load, so every value read back is
 * LibreOffice's own. A missing LibreOffice fails this test: CI installs libreoffice-calc-nogui.
 */
class TemplateLibreOfficeTest {

    private static final double SENTINEL = -98765;

    @TempDir
    Path dir;

    @Test
    void libreOfficeCalculatesTheFilledFormsToTheSameValues() throws Exception {
        Path filled = TemplateForms.filledBangKhae(dir);
        Path blank = Files.copy(CommittedTemplateTest.COMMITTED, dir.resolve("blank.xlsx"));
        Path staleFilled = withSentinels(filled, dir.resolve("stale-filled.xlsx"));
        Path staleBlank = withSentinels(blank, dir.resolve("stale-blank.xlsx"));

        Path out = Files.createDirectories(dir.resolve("libreoffice"));
        recalculate(out, staleFilled, staleBlank);

        Map<String, String> expected = formulaValues(filled);
        assertThat(formulaValues(out.resolve("stale-filled.xlsx"))).containsExactlyEntriesOf(expected);
        assertThat(expected).containsEntry("สรุปคะแนน!C11", "93.8").containsEntry("องค์ประกอบที่ 2!D19", "94")
                .containsEntry("ตัวชี้วัด 5.1!C23", "84");
        assertThat(formulaValues(out.resolve("stale-blank.xlsx"))).containsExactlyEntriesOf(formulaValues(blank));
    }

    /** Every formula's cached result replaced, so only a recalculation gives the right values. */
    private static Path withSentinels(Path source, Path target) throws IOException {
        try (var in = Files.newInputStream(source); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            cell.setCellValue(SENTINEL);
                        }
                    }
                }
            }
            try (var stream = Files.newOutputStream(target)) {
                wb.write(stream);
            }
        }
        return target;
    }

    /** Converts the files to .xlsx with LibreOffice set to recalculate every formula on load. */
    private void recalculate(Path out, Path... files) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("lo-profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        List<String> command = new ArrayList<>(List.of(soffice(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.getParent().toUri(), "--convert-to", "xlsx", "--outdir",
                out.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Path log = dir.resolve("soffice.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("LibreOffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        for (Path f : files) {
            assertThat(out.resolve(f.getFileName())).as(Files.readString(log)).isRegularFile();
        }
    }

    private static String soffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                if (Files.isExecutable(Path.of(dirName, name))) {
                    return Path.of(dirName, name).toString();
                }
            }
        }
        throw new AssertionError("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
    }

    /** Each formula cell's result: numbers to 10 decimals (as shown to 15 digits), texts, blank as empty. */
    private static Map<String, String> formulaValues(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            values.put(sheet.getSheetName() + "!" + cell.getAddress(), result(cell));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static String result(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()))
                    .setScale(10, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#" + cell.getErrorCellValue();
            default -> "";
        };
    }
}
