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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on {@code samples/} with {@code --roster samples/roster.csv --agreements
 * samples/agreements.csv}: each rule of the reference data shows once, units take their roster names
 * and ids, and the agreements score. {@code samples/README.md} tells the story of each row.
 */
class ConsolidateWithReferenceJarIT {

    static final String SEED = "international-affairs-office.xlsx";
    static final String CLEAN = "bang-khae-district.xlsx";
    static final String MEDICAL = "medical-department.xlsx";

    @TempDir
    static Path out;

    static Path samples;
    static Run run;

    record Run(int exit, String console) {
    }

    static Run jar(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("kpi.jar", "target/kpi-consolidator.jar"));
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(out.getParent(), "jar", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
        return new Run(p.exitValue(), Files.readString(log));
    }

    @BeforeAll
    static void runJar() throws Exception {
        samples = Path.of(System.getProperty("kpi.samples", "samples"));
        run = jar("consolidate", samples.toString(), "--out", out.toString(), "--roster",
                samples.resolve("roster.csv").toString(), "--agreements", samples.resolve("agreements.csv").toString());
    }

    @Test
    void exitsOneWithoutAStackTrace() {
        assertThat(run.exit()).as(run.console()).isEqualTo(1);
        assertThat(run.console()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void eachRosterRuleShowsOnce() throws IOException {
        List<CSVRecord> log = rows("discrepancies.csv");
        assertThat(log).filteredOn(r -> r.get("rule").equals("MISSING_SUBMISSION"))
                .extracting(r -> r.get("severity"), r -> r.get("unit"), r -> r.get("file"), r -> r.get("cell"))
                .containsExactly(tuple("ERROR", "สำนักงานเขตพระนคร", "", ""));
        assertThat(log).filteredOn(r -> r.get("rule").equals("UNKNOWN_UNIT"))
                .extracting(r -> r.get("file"), r -> r.get("sheet"), r -> r.get("cell"), r -> r.get("stated"))
                .containsExactly(tuple("bang-bon-district.xlsx", "องค์ประกอบที่ 1-3", "A9", "สำนักงานเขตบางบอน"));
        assertThat(log).filteredOn(r -> r.get("rule").equals("DUPLICATE_SUBMISSION"))
                .extracting(r -> r.get("file"), r -> r.get("unit")).containsExactlyInAnyOrder(
                        tuple("social-development-department.xlsx", "สำนักพัฒนาสังคม"),
                        tuple("social-development-department-resubmitted.xlsx", "สำนักพัฒนาสังคม"));
        assertThat(log).filteredOn(r -> r.get("rule").equals("GROUP_MISMATCH"))
                .extracting(r -> r.get("file"), r -> r.get("sheet"), r -> r.get("cell"), r -> r.get("stated"),
                        r -> r.get("expected"))
                .containsExactly(tuple("environment-department.xlsx", "องค์ประกอบที่ 4-5", "A35", "A", "B"));
    }

    @Test
    void rubricMismatchesPointAtWhatTheFormsChanged() throws IOException {
        assertThat(rows("discrepancies.csv")).filteredOn(r -> r.get("rule").equals("RUBRIC_MISMATCH"))
                .extracting(r -> r.get("file"), r -> r.get("sheet"), r -> r.get("cell"), r -> r.get("component"),
                        r -> r.get("indicator"), r -> r.get("stated"), r -> r.get("expected"))
                .containsExactlyInAnyOrder(
                        tuple(MEDICAL, "แบบรายงานผล", "B24", "1", "1", "15", "20"),
                        tuple(MEDICAL, "แบบรายงานผล", "F19", "1", "3", "96", "100"),
                        tuple("social-development-department.xlsx", "องค์ประกอบที่ 1", "B25", "1", "3", "150", "15"),
                        tuple("chatuchak-district.xls", "องค์ประกอบที่ 3", "A17", "3", "6", "6", ""),
                        tuple("chatuchak-district.xls", "องค์ประกอบที่ 3", "B16", "3", "7", "",
                                "ระดับความสำเร็จของการพัฒนาคุณภาพชีวิตชุมชนริมคลองบางซื่อ"));
    }

    @Test
    void unitsTakeTheirRosterNamesAndTheAgreementsScore() throws IOException {
        List<CSVRecord> summary = rows("summary.csv");
        CSVRecord seed = line(summary, SEED);
        assertThat(List.of(seed.get("unit"), seed.get("stated_total"), seed.get("total"), seed.get("group")))
                .containsExactly("สำนักงานการต่างประเทศ", "95", "97.5", "A");
        CSVRecord clean = line(summary, CLEAN);
        assertThat(List.of(clean.get("status"), clean.get("errors"), clean.get("warnings"), clean.get("total")))
                .containsExactly("OK", "0", "0", "96.3");
        // Agreed weight 20 for indicator 1 (19.2) and agreed threshold 100 for indicator 3 (96.25 points).
        assertThat(line(summary, MEDICAL).get("total")).isEqualTo("96.3375");
        assertThat(line(summary, "environment-department.xlsx").get("group")).isEqualTo("B");
        assertThat(rows("discrepancies.csv")).filteredOn(r -> r.get("file").equals(CLEAN))
                .extracting(r -> r.get("severity")).doesNotContain("ERROR", "WARNING");
    }

    @Test
    void findingsOfARosterUnitAreKeyedByItsId() throws IOException {
        List<CSVRecord> log = rows("discrepancies.csv");
        // One unit, two files: the same finding of both has the same id; the duplicates do not.
        List<String> scoreIds = log.stream().filter(r -> r.get("rule").equals("SCORE_MISMATCH")
                && r.get("indicator").equals("5.1") && r.get("unit").equals("สำนักพัฒนาสังคม"))
                .map(r -> r.get("finding_id")).toList();
        assertThat(scoreIds).hasSize(2).containsOnly(scoreIds.get(0));
        assertThat(log.stream().filter(r -> r.get("rule").equals("DUPLICATE_SUBMISSION"))
                .map(r -> r.get("finding_id"))).doesNotHaveDuplicates();
    }

    @Test
    void aMalformedRosterStopsTheRunNamingFileLineAndColumn() throws Exception {
        Path bad = out.resolveSibling("bad-roster.csv");
        Files.writeString(bad, "unit_id,unit_name,aliases,group\n07000000,สำนักการแพทย์,,A\n22000000,สำนักสิ่งแวดล้อม,,X\n",
                StandardCharsets.UTF_8);
        Run failed = jar("consolidate", samples.toString(), "--out", out.resolveSibling("unused").toString(),
                "--roster", bad.toString());
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(failed.console()).contains(bad + ":3:4:").doesNotContain("Exception", "\tat ");
    }

    private static CSVRecord line(List<CSVRecord> summary, String file) {
        return summary.stream().filter(r -> r.get("file").equals(file)).findFirst().orElseThrow();
    }

    private static List<CSVRecord> rows(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
            r.skip(1); // the byte-order mark
            CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            return new ArrayList<>(p.getRecords());
        }
    }
}
