package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.HostileFiles;
import org.kpiconsolidator.testing.InjectionForms;
import org.kpiconsolidator.testing.SampleForms;

/**
 * The packaged jar, in a fixed 512 MB heap, on a folder of real forms mixed with hostile and broken
 * files, with the output folder inside the input folder: it finishes, accounts for every file, names
 * each problem, neutralises formula text, leaves every input byte-identical, and does not read its
 * own outputs back on the next run.
 */
class HostileBatchIT {

    @TempDir
    static Path input;

    static Path out;
    static Map<String, String> before;
    static Map<String, FileTime> modifiedBefore;
    static Run first;
    static Run second;

    record Run(int exit, String console) {
    }

    @BeforeAll
    static void runTwice() throws Exception {
        for (SampleForms.Sample sample : SampleForms.all()) {
            sample.render(input);
        }
        InjectionForms.render(input, "injection.xlsx");
        byte[] form = Files.readAllBytes(input.resolve("bang-khae-district.xlsx"));
        Path hostile = Files.createDirectories(input.resolve("hostile"));
        HostileFiles.save(hostile, "password.xlsx", HostileFiles.encryptedXlsx(form, EncryptionMode.agile, "1234"));
        HostileFiles.save(hostile, "password.xls", HostileFiles.encryptedXls(
                Files.readAllBytes(input.resolve("chatuchak-district.xls")), "1234"));
        HostileFiles.save(hostile, "default-password.xlsx", HostileFiles.encryptedXlsx(form, EncryptionMode.standard,
                HostileFiles.DEFAULT_PASSWORD));
        HostileFiles.save(hostile, "zip-bomb.xlsx", HostileFiles.zipBomb(20 * 1024 * 1024));
        HostileFiles.save(hostile, "external-entity.xlsx", HostileFiles.externalEntity(form));
        HostileFiles.save(hostile, "billion-laughs.xlsx", HostileFiles.billionLaughs(form));
        HostileFiles.save(hostile, "truncated.xlsx", HostileFiles.truncated(form, form.length / 2));
        HostileFiles.save(hostile, "strict.xlsx", HostileFiles.strict(form));
        HostileFiles.save(hostile, "binary.xlsb", HostileFiles.xlsb());
        HostileFiles.save(hostile, "calc.ods", HostileFiles.ods());
        HostileFiles.save(hostile, "excel-95.xls", HostileFiles.excel95());
        HostileFiles.save(hostile, "report.xls", HostileFiles.htmlTable());
        HostileFiles.save(hostile, "empty.xlsx", new byte[0]);
        HostileFiles.save(hostile, "no-sheets.xlsx", HostileFiles.noSheets(true));
        HostileFiles.save(hostile, "amplifier.xlsx", HostileFiles.sharedStringAmplifier(1_000_000, 1_000));
        HostileFiles.save(hostile, "~$password.xlsx", new byte[] {1, 2, 3});
        HostileFiles.save(hostile, "evidence.pdf", HostileFiles.pdf());
        out = input.resolve("out");

        before = hashes();
        modifiedBefore = modified();
        first = run();
        second = run();
    }

    @Test
    void finishesWithFindingsAndNeverAStackTrace() {
        for (Run r : List.of(first, second)) {
            assertThat(r.exit()).as(r.console()).isEqualTo(1);
            assertThat(r.console()).doesNotContain("Exception", "\tat ", "[Fatal Error]", "SLF4J");
        }
    }

    @Test
    void everyInputFileIsAccountedForAndEachProblemNamed() throws IOException {
        List<CSVRecord> findings = rows("discrepancies.csv");
        List<String> listed = new ArrayList<>(rows("summary.csv").stream().map(r -> r.get("file")).toList());
        findings.stream().filter(r -> r.get("rule").equals("FILE_SKIPPED")).forEach(r -> listed.add(r.get("file")));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(before.keySet());

        assertThat(findings).filteredOn(r -> r.get("file").startsWith("hostile/") && r.get("rule").startsWith("FILE_"))
                .extracting(r -> r.get("file"), r -> r.get("rule")).containsExactlyInAnyOrder(
                        tuple("hostile/password.xlsx", "FILE_ENCRYPTED"),
                        tuple("hostile/password.xls", "FILE_ENCRYPTED"),
                        tuple("hostile/default-password.xlsx", "FILE_DEFAULT_PASSWORD"),
                        tuple("hostile/zip-bomb.xlsx", "FILE_UNREADABLE"),
                        tuple("hostile/external-entity.xlsx", "FILE_UNREADABLE"),
                        tuple("hostile/billion-laughs.xlsx", "FILE_UNREADABLE"),
                        tuple("hostile/truncated.xlsx", "FILE_UNREADABLE"),
                        tuple("hostile/strict.xlsx", "FILE_UNREADABLE"),
                        tuple("hostile/binary.xlsb", "FILE_UNREADABLE"),
                        tuple("hostile/calc.ods", "FILE_UNREADABLE"),
                        tuple("hostile/excel-95.xls", "FILE_UNREADABLE"),
                        tuple("hostile/report.xls", "FILE_UNREADABLE"),
                        tuple("hostile/empty.xlsx", "FILE_UNREADABLE"),
                        tuple("hostile/no-sheets.xlsx", "FILE_UNREADABLE"),
                        tuple("hostile/amplifier.xlsx", "FILE_UNREADABLE"),
                        tuple("hostile/~$password.xlsx", "FILE_SKIPPED"),
                        tuple("hostile/evidence.pdf", "FILE_SKIPPED"));
        // Read as the form it is: a copy of bang-khae-district.xlsx, so the same unit twice.
        assertThat(rows("summary.csv")).filteredOn(r -> r.get("file").equals("hostile/default-password.xlsx"))
                .extracting(r -> r.get("unit"), r -> r.get("status")).containsExactly(tuple("สำนักงานเขตบางแค", "DUPLICATE"));
    }

    @Test
    void inputsAreByteIdenticalAfterTwoRuns() throws IOException {
        assertThat(hashes()).isEqualTo(before);
        assertThat(modified()).isEqualTo(modifiedBefore);
    }

    @Test
    void theOutputFolderInsideTheInputIsNotReadBack() throws IOException {
        assertThat(rows("summary.csv")).extracting(r -> r.get("file")).noneMatch(f -> f.startsWith("out/"));
        assertThat(rows("discrepancies.csv")).extracting(r -> r.get("file")).noneMatch(f -> f.startsWith("out/"));
    }

    @Test
    void formulaTextFromSubmissionsIsNeutralisedInTheCsvs() throws IOException {
        assertThat(rows("summary.csv")).filteredOn(r -> r.get("file").equals("injection.xlsx"))
                .extracting(r -> r.get("unit")).containsExactly("'" + InjectionForms.UNIT);
        assertThat(rows("indicators.csv")).filteredOn(r -> r.get("file").equals("injection.xlsx"))
                .extracting(r -> r.get("unit"), r -> r.get("name")).containsExactly(
                        tuple("'" + InjectionForms.UNIT, "'" + InjectionForms.INDICATORS.get(0)),
                        tuple("'" + InjectionForms.UNIT, "'" + InjectionForms.INDICATORS.get(1)),
                        tuple("'" + InjectionForms.UNIT, "'" + InjectionForms.INDICATORS.get(2)));
        assertThat(rows("discrepancies.csv")).filteredOn(r -> r.get("file").equals("injection.xlsx"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("unit")).isEqualTo("'" + InjectionForms.UNIT));
    }

    @Test
    void formulaTextFromSubmissionsIsAStringCellInTheWorkbook() throws IOException {
        List<String> hostile = new ArrayList<>(InjectionForms.INDICATORS);
        hostile.add(InjectionForms.UNIT);
        List<CellType> types = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(out.resolve("consolidated.xlsx").toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        boolean formula = cell.getCellType() == CellType.FORMULA;
                        String text = formula ? cell.getCellFormula() : cell.getCellType() == CellType.STRING
                                ? cell.getStringCellValue() : "";
                        // The payloads' own words; the workbook's internal HYPERLINK links to its sheets are ours.
                        if (text.contains("attacker.example") || text.contains("cmd|")) {
                            types.add(cell.getCellType());
                        }
                    }
                }
            }
        }
        assertThat(types).hasSizeGreaterThanOrEqualTo(hostile.size()).containsOnly(CellType.STRING);
    }

    private static Run run() throws Exception {
        Path jar = Path.of(System.getProperty("kpi.jar", "target/kpi-consolidator.jar"));
        Path log = Files.createTempFile("hostile-batch", ".log");
        Process p = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(), "consolidate", input.toString(),
                "--out", out.toString(), "--lang", "en").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("jar finished").isTrue();
        String console = Files.readString(log);
        Files.delete(log);
        return new Run(p.exitValue(), console);
    }

    /** SHA-256 of every input file (the output folder excluded), by name relative to the input. */
    private static Map<String, String> hashes() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Path f : inputs()) {
            try (InputStream in = Files.newInputStream(f)) {
                hashes.put(input.relativize(f).toString().replace('\\', '/'), DigestUtils.sha256Hex(in));
            }
        }
        return hashes;
    }

    private static Map<String, FileTime> modified() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (Path f : inputs()) {
            times.put(input.relativize(f).toString(), Files.getLastModifiedTime(f));
        }
        return times;
    }

    private static List<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.walk(input)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.startsWith(out)).sorted().toList();
        }
    }

    private static List<CSVRecord> rows(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
            r.skip(1); // the byte-order mark
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
