package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.finding.Language;

/**
 * A real spreadsheet application opens the consolidated workbook of {@code samples/}: LibreOffice
 * converts it to PDF and every sheet to CSV (the CSV filter's sheet option, not the first-sheet
 * default), and what it reads back is what was written. One conversion serves every test here.
 *
 * <p>LibreOffice Calc, poppler and a Thai font must be installed ({@code .ci/run} installs
 * {@code libreoffice-calc-nogui}, {@code poppler-utils} and {@code fonts-thai-tlwg}): without them
 * these tests fail. On a machine without them, {@code -Dkpi.libreoffice=skip} skips them instead.
 */
class LibreOfficeTest {

    /** UTF-8, comma, double quote, first line 1, raw values (not as shown), every sheet (-1) to its own file. */
    static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @TempDir
    static Path dir;

    static Batches.Written written;
    static Path pdf;
    static Path csv;

    @BeforeAll
    static void convert() throws Exception {
        Assumptions.assumeFalse("skip".equals(System.getProperty("kpi.libreoffice")),
                "LibreOffice tests skipped on request (-Dkpi.libreoffice=skip)");
        String soffice = executable("soffice").orElseGet(() -> fail("LibreOffice is not installed (no soffice on "
                + "the PATH): install libreoffice-calc-nogui, as .ci/run does, or run with -Dkpi.libreoffice=skip"));
        written = Batches.write(Batches.SAMPLES, dir.resolve("out"), true, Language.TH);
        // A profile of its own, so a LibreOffice running elsewhere on the machine does not interfere.
        String profile = dir.resolve("profile").toUri().toString();
        run(dir.resolve("pdf"), soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString(), written.workbook().toString());
        run(dir.resolve("csv"), soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore",
                "--convert-to", CSV_FILTER, "--outdir", dir.resolve("csv").toString(), written.workbook().toString());
        pdf = dir.resolve("pdf").resolve("consolidated.pdf");
        csv = dir.resolve("csv");
    }

    @Test
    void everySheetIsConvertedToItsOwnCsv() throws IOException {
        List<String> expected = new ArrayList<>();
        try (Workbook wb = open()) {
            wb.forEach(s -> expected.add("consolidated-" + s.getSheetName() + ".csv"));
        }
        try (var files = Files.list(csv)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(expected).hasSize(7);
    }

    @Test
    void theValuesLibreOfficeReadsBackAreTheValuesWritten() throws IOException {
        try (Workbook wb = open()) {
            for (Sheet sheet : wb) {
                List<List<String>> read = csv(csv.resolve("consolidated-" + sheet.getSheetName() + ".csv"));
                assertThat(read.size()).as(sheet.getSheetName()).isEqualTo(sheet.getLastRowNum() + 1);
                int compared = 0;
                for (Row row : sheet) {
                    List<String> line = read.get(row.getRowNum());
                    for (Cell cell : row) {
                        String got = cell.getColumnIndex() < line.size() ? line.get(cell.getColumnIndex()) : "";
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        if (numeric(cell)) {
                            assertThat(new BigDecimal(got)).as(where)
                                    .isEqualByComparingTo(BigDecimal.valueOf(cell.getNumericCellValue()));
                        } else {
                            assertThat(got).as(where).isEqualTo(Cells.text(sheet, row.getRowNum(), cell.getColumnIndex()));
                        }
                        compared++;
                    }
                }
                assertThat(compared).as(sheet.getSheetName()).isGreaterThan(20);
            }
        }
    }

    @Test
    void thePdfIsA4LandscapeInAThaiFont() throws Exception {
        String info = output("pdfinfo", pdf.toString());
        assertThat(info).containsPattern("Page size:\\s+841\\.\\d+ x 595\\.\\d+ pts \\(A4\\)");
        int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
        assertThat(pages).isGreaterThanOrEqualTo(7);
        // TH Sarabun New itself, or Laksaman, its metric-compatible stand-in from fonts-thai-tlwg.
        assertThat(output("pdffonts", pdf.toString())).containsPattern("(?i)(Sarabun|Laksaman)");
        String text = output("pdftotext", "-layout", pdf.toString(), "-");
        assertThat(text).contains("สำนักงานเขตบางแค", "international-affairs-office.xlsx", "SCORE_MISMATCH");
    }

    private static boolean numeric(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC;
    }

    private static Workbook open() throws IOException {
        return WorkbookFactory.create(written.workbook().toFile(), null, true);
    }

    private static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(r)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** Runs a conversion into a fresh folder, which must then hold what it wrote. */
    private static void run(Path outDir, String... command) throws Exception {
        Files.createDirectories(outDir);
        Path log = outDir.resolveSibling(outDir.getFileName() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("LibreOffice did not finish converting within 5 minutes: " + Files.readString(log));
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        try (var files = Files.list(outDir)) {
            assertThat(files).as("converted files: " + Files.readString(log)).isNotEmpty();
        }
    }

    private static String output(String... command) throws Exception {
        String tool = executable(command[0]).orElseGet(() -> fail(command[0] + " is not installed: install "
                + "poppler-utils, as .ci/run does, or run with -Dkpi.libreoffice=skip"));
        List<String> full = new ArrayList<>(List.of(command));
        full.set(0, tool);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static Optional<String> executable(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
