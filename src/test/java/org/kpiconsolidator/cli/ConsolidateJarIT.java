package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user runs it, on {@code samples/}: the exit status, the exact CSV
 * headers, and the rows the SPEC and the seed form call for.
 */
class ConsolidateJarIT {

    static final String SEED = "international-affairs-office.xlsx";
    static final String CLEAN = "bang-khae-district.xlsx";

    @TempDir
    static Path out;

    static int exitCode;
    static String console;

    @BeforeAll
    static void runJar() throws Exception {
        Path jar = Path.of(System.getProperty("kpi.jar", "target/kpi-consolidator.jar"));
        Path samples = Path.of(System.getProperty("kpi.samples", "samples"));
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "consolidate", samples.toString(),
                "--out", out.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
        exitCode = p.exitValue();
        console = Files.readString(log);
    }

    @Test
    void exitsOneBecauseTheSamplesHoldErrorsAndPrintsNoStackTrace() {
        assertThat(exitCode).as(console).isEqualTo(1);
        assertThat(console).doesNotContain("Exception", "\tat ", "SLF4J", "Log4j");
    }

    @Test
    void writesTheFourOutputsWithTheExactHeaders() throws IOException {
        assertThat(out.resolve("consolidated.xlsx")).isRegularFile();
        assertThat(firstLine("discrepancies.csv"))
                .isEqualTo("\uFEFFseverity,rule,unit,file,sheet,cell,component,indicator,stated,expected,message,finding_id");
        assertThat(firstLine("indicators.csv")).isEqualTo("\uFEFFfile,unit,component,indicator,name,weight,"
                + "stated_level,result_value,stated_score,stated_weighted,level,score,weighted,status");
        assertThat(firstLine("summary.csv"))
                .isEqualTo("\uFEFFfile,unit,group,status,stated_total,total,errors,warnings");
        try (Workbook wb = WorkbookFactory.create(out.resolve("consolidated.xlsx").toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void seedUnitStatesNinetyFiveAndRecomputesNinetySevenAndAHalf() throws IOException {
        CSVRecord seed = rows("summary.csv").stream().filter(r -> r.get("file").equals(SEED)).findFirst().orElseThrow();
        assertThat(seed.get("stated_total")).isEqualTo("95");
        assertThat(seed.get("total")).isEqualTo("97.5");
        assertThat(seed.get("status")).isEqualTo("DISCREPANCIES");
        assertThat(seed.get("group")).isEqualTo("A");
    }

    @Test
    void seedUnitFindingsPointAtTheirCells() throws IOException {
        List<CSVRecord> seed = rows("discrepancies.csv").stream().filter(r -> r.get("file").equals(SEED)).toList();
        assertThat(seed).extracting(r -> r.get("rule"), r -> r.get("sheet"), r -> r.get("cell"), r -> r.get("component"),
                r -> r.get("indicator"), r -> r.get("stated"), r -> r.get("expected")).contains(
                tuple("SCORE_MISMATCH", "องค์ประกอบที่ 1", "D23", "1", "1", "80", "90"),
                tuple("WEIGHTED_MISMATCH", "องค์ประกอบที่ 1", "E23", "1", "1", "12", "13.5"),
                tuple("WEIGHT_INCONSISTENT", "องค์ประกอบที่ 1", "D39", "1", "2", "100", "15"),
                tuple("SUBTOTAL_MISMATCH", "องค์ประกอบที่ 1", "E26", "1", "", "47", "48.5"),
                tuple("RUBRIC_POINTS_INVALID", "องค์ประกอบที่ 2", "E11", "2", "", "80", "90"),
                tuple("SCORE_MISMATCH", "องค์ประกอบที่ 2", "D18", "2", "4", "80", "90"),
                tuple("WEIGHTED_MISMATCH", "องค์ประกอบที่ 2", "E18", "2", "4", "8", "9"),
                tuple("SUBTOTAL_MISMATCH", "องค์ประกอบที่ 2", "E20", "2", "", "18", "19"),
                tuple("MISSING_VALUE", "องค์ประกอบที่ 4 และ 5", "D16", "4", "4", "", "10"));
        assertThat(seed).allSatisfy(r -> {
            assertThat(r.get("message")).isNotBlank();
            assertThat(r.get("finding_id")).matches("[0-9a-f]{12}");
        });
    }

    @Test
    void cleanSampleHasNoErrorOrWarning() throws IOException {
        assertThat(rows("discrepancies.csv")).filteredOn(r -> r.get("file").equals(CLEAN))
                .extracting(r -> r.get("severity")).doesNotContain("ERROR", "WARNING");
        CSVRecord clean = rows("summary.csv").stream().filter(r -> r.get("file").equals(CLEAN)).findFirst().orElseThrow();
        assertThat(clean.get("status")).isEqualTo("OK");
        assertThat(clean.get("total")).isEqualTo(clean.get("stated_total"));
    }

    @Test
    void withoutARosterUnitsAreKnownByTheirNames() throws IOException {
        List<CSVRecord> log = rows("discrepancies.csv");
        assertThat(log).extracting(r -> r.get("rule")).doesNotContain("UNKNOWN_UNIT", "MISSING_SUBMISSION",
                "GROUP_MISMATCH", "RUBRIC_MISMATCH", "DUPLICATE_SUBMISSION");
        assertThat(log).filteredOn(r -> r.get("rule").equals("MISSING_EXPLANATION"))
                .extracting(r -> r.get("file"), r -> r.get("sheet"), r -> r.get("cell"), r -> r.get("indicator"))
                .containsExactly(tuple("bang-bon-district.xlsx", "องค์ประกอบที่ 1-3", "A67", "2"));
    }

    @Test
    void everyIndicatorOfEverySampleIsListedWithItsRecomputation() throws IOException {
        List<CSVRecord> indicators = rows("indicators.csv");
        assertThat(indicators).extracting(r -> r.get("file")).contains(SEED, CLEAN, "chatuchak-district.xls");
        CSVRecord first = indicators.stream().filter(r -> r.get("file").equals(SEED) && r.get("indicator").equals("1"))
                .findFirst().orElseThrow();
        assertThat(List.of(first.get("weight"), first.get("stated_level"), first.get("stated_score"),
                first.get("stated_weighted"), first.get("level"), first.get("score"), first.get("weighted"),
                first.get("status"))).containsExactly("15", "4", "80", "12", "4", "90", "13.5", "MISMATCH");
        CSVRecord disbursement = indicators.stream()
                .filter(r -> r.get("file").equals(CLEAN) && r.get("indicator").equals("5.1")).findFirst().orElseThrow();
        assertThat(List.of(disbursement.get("result_value"), disbursement.get("score"), disbursement.get("weighted")))
                .containsExactly("92", "84", "8.4");
    }

    private static String firstLine(String name) throws IOException {
        return Files.readAllLines(out.resolve(name), StandardCharsets.UTF_8).get(0);
    }

    private static List<CSVRecord> rows(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
            r.skip(1); // the byte-order mark
            CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            return new ArrayList<>(p.getRecords());
        }
    }
}
