package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.FormRenderer;
import org.kpiconsolidator.testing.SampleForms;

/**
 * Review rounds with the packaged jar on a copy of {@code samples/}: a first run; then Bang Bon
 * corrects its explanation and Bang Khae makes a new mistake (both re-rendered with the form
 * generator), and a second run with {@code --previous} marks every finding new, still open or
 * resolved, in review.csv, run.json, the workbook and the summary. A third run over all forms but
 * one leaves that unit's findings unchecked, and a fourth run finds them open again. Also the exit
 * statuses of SPEC 5 as the jar gives them.
 */
class ReviewRoundsJarIT {

    static final String BANG_BON = "bang-bon-district.xlsx";
    static final String BANG_KHAE = "bang-khae-district.xlsx";
    static final String MEDICAL = "medical-department.xlsx";
    /** Columns of the summary sheet's review block: new, still open, resolved, not checked, waived. */
    static final int SUMMARY_FILE = 2;
    static final int SUMMARY_NEW = 11;
    static final int SUMMARY_RESOLVED = 13;

    @TempDir
    static Path dir;

    static Path forms;
    static Run first;
    static Run second;

    record Run(int exit, String console, Path out) {

        List<CSVRecord> rows(String name) throws IOException {
            try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
                assertThat(r.read()).isEqualTo('\uFEFF');
                return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(r).getRecords());
            }
        }

        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out.resolve("run.json").toFile());
        }
    }

    static Run jar(Path out, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("kpi.jar", "target/kpi-consolidator.jar"));
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "jar", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
        return new Run(p.exitValue(), Files.readString(log), out);
    }

    static Run consolidate(String out, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("consolidate", forms.toString(), "--out",
                dir.resolve(out).toString(), "--json", "--lang", "en"));
        args.addAll(List.of(options));
        return jar(dir.resolve(out), args.toArray(String[]::new));
    }

    @BeforeAll
    static void twoRounds() throws Exception {
        Path samples = Path.of(System.getProperty("kpi.samples", "samples"));
        forms = Files.createDirectories(dir.resolve("forms"));
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.toList()) {
                Files.copy(f, forms.resolve(f.getFileName()));
            }
        }
        first = consolidate("round-1");
        // Bang Bon writes the explanation it lacked; Bang Khae scores indicator 1 (level 5) 90, not 100.
        SampleForms.Sample bangBon = SampleForms.bangBonDistrict();
        FormRenderer.render(bangBon.form().withBlock(0, block -> block.withDetail(1, detail -> detail
                .withExplanation("ฝนตกหนักผิดปกติในเดือนกันยายน ทำให้น้ำท่วมขังนานกว่าที่วางแผนไว้"))),
                forms.resolve(BANG_BON), bangBon.layout());
        SampleForms.Sample bangKhae = SampleForms.bangKhaeDistrict();
        FormRenderer.render(bangKhae.form().withBlock(0, block -> block.withResults(results -> results.withRow(0,
                row -> row.withScore(90)))), forms.resolve(BANG_KHAE), bangKhae.layout());
        second = consolidate("round-2", "--previous", dir.resolve("round-1").toString());
    }

    @Test
    void theSecondRoundMarksEachFindingNewOpenOrResolved() throws Exception {
        assertThat(first.exit()).as(first.console()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(second.exit()).as(second.console()).isEqualTo(ExitCodes.FINDINGS);
        List<CSVRecord> before = first.rows("discrepancies.csv");
        List<CSVRecord> review = second.rows("review.csv");

        CSVRecord explanation = before.stream().filter(r -> r.get("rule").equals("MISSING_EXPLANATION")).findFirst()
                .orElseThrow();
        assertThat(review).filteredOn(r -> r.get("review").equals("resolved"))
                .extracting(r -> r.get("finding_id"), r -> r.get("rule"), r -> r.get("file"), r -> r.get("sheet"),
                        r -> r.get("cell"), r -> r.get("indicator"), r -> r.get("stated"), r -> r.get("message"))
                .containsExactly(tuple(explanation.get("finding_id"), "MISSING_EXPLANATION", BANG_BON,
                        explanation.get("sheet"), explanation.get("cell"), "2", explanation.get("stated"),
                        explanation.get("message")));
        assertThat(review).filteredOn(r -> r.get("review").equals("new"))
                .extracting(r -> r.get("rule"), r -> r.get("file"), r -> r.get("indicator"), r -> r.get("stated"),
                        r -> r.get("expected"))
                .containsExactly(tuple("SCORE_MISMATCH", BANG_KHAE, "1", "90", "100"));
        Set<String> open = ids(review.stream().filter(r -> r.get("review").equals("open")));
        Set<String> expectedOpen = ids(before.stream());
        expectedOpen.remove(explanation.get("finding_id"));
        assertThat(open).isEqualTo(expectedOpen);
        assertThat(review).extracting(r -> r.get("review")).doesNotContain("unchecked");
        // The log lists the current findings only, with the header of SPEC 5.
        assertThat(Files.readAllLines(second.out().resolve("discrepancies.csv")).get(0))
                .isEqualTo("\uFEFFseverity,rule,unit,file,sheet,cell,component,indicator,stated,expected,message,finding_id");
        assertThat(ids(second.rows("discrepancies.csv").stream())).doesNotContain(explanation.get("finding_id"))
                .hasSize(expectedOpen.size() + 1);
        assertThat(second.console()).contains(
                "Review against " + dir.resolve("round-1") + ": 1 new, " + open.size() + " still open, 1 resolved, "
                        + "0 not checked again",
                "สำนักงานเขตบางบอน: 1 resolved", "สำนักงานเขตบางแค: 1 new");
    }

    @Test
    void runJsonParsesAndAgreesWithTheCsvFiles() throws Exception {
        JsonNode json = second.json();
        assertThat(json.get("exit_code").asInt()).isEqualTo(second.exit());
        assertThat(json.at("/settings/previous").asText()).isEqualTo(dir.resolve("round-1").toString());
        List<CSVRecord> log = second.rows("discrepancies.csv");
        List<CSVRecord> review = second.rows("review.csv");
        JsonNode findings = json.get("findings");
        assertThat(findings).hasSize(log.size());
        for (int i = 0; i < log.size(); i++) {
            CSVRecord row = log.get(i);
            JsonNode f = findings.get(i);
            for (String column : List.of("severity", "rule", "unit", "file", "sheet", "cell", "component", "indicator",
                    "stated", "expected", "message", "finding_id")) {
                assertThat(f.get(column).asText()).as(column + " of finding " + i).isEqualTo(row.get(column));
            }
            assertThat(f.get("review").asText()).isEqualTo(review.get(i).get("review"));
        }
        assertThat(json.get("not_found_again")).extracting(n -> n.get("review").asText(), n -> n.get("rule").asText())
                .containsExactly(tuple("resolved", "MISSING_EXPLANATION"));
        assertThat(json.at("/counts/review/new").asInt()).isEqualTo(1);
        assertThat(json.at("/counts/review/resolved").asInt()).isEqualTo(1);
        assertThat(json.at("/counts/review/open").asInt()).isEqualTo(log.size() - 1);
        assertThat(json.at("/counts/errors").asInt())
                .isEqualTo(log.stream().filter(r -> r.get("severity").equals("ERROR")).count());
        Map<String, JsonNode> files = new HashMap<>();
        json.get("files").forEach(f -> files.put(f.get("file").asText(), f));
        List<CSVRecord> summary = second.rows("summary.csv");
        assertThat(files.values()).filteredOn(f -> !f.get("status").asText().equals("SKIPPED")).hasSize(summary.size());
        for (CSVRecord s : summary) {
            JsonNode f = files.get(s.get("file"));
            assertThat(List.of(f.get("unit").asText(), f.get("group").asText(), f.get("status").asText(),
                    number(f.get("stated_total")), number(f.get("total")), f.get("errors").asText(),
                    f.get("warnings").asText()))
                    .as(s.get("file")).containsExactly(s.get("unit"), s.get("group"), s.get("status"),
                            s.get("stated_total"), s.get("total"), s.get("errors"), s.get("warnings"));
        }
        assertThat(files.get(BANG_BON).at("/review/resolved").asInt()).isEqualTo(1);
    }

    @Test
    void theWorkbookMarksEachFindingAndCountsPerUnit() throws Exception {
        try (Workbook wb = WorkbookFactory.create(second.out().resolve("consolidated.xlsx").toFile(), null, true)) {
            Sheet summary = wb.getSheet("สรุปรายหน่วยงาน");
            Map<String, Row> byFile = new HashMap<>();
            for (Row r : summary) {
                if (r.getRowNum() >= 2 && r.getCell(SUMMARY_FILE) != null) {
                    byFile.put(r.getCell(SUMMARY_FILE).getStringCellValue(), r);
                }
            }
            assertThat(byFile.get(BANG_BON).getCell(SUMMARY_RESOLVED).getNumericCellValue()).isEqualTo(1.0);
            assertThat(byFile.get(BANG_KHAE).getCell(SUMMARY_NEW).getNumericCellValue()).isEqualTo(1.0);
            // The review headers end with the count over all units.
            assertThat(summary.getRow(1).getCell(SUMMARY_NEW).getStringCellValue()).endsWith(": 1");
            assertThat(summary.getRow(1).getCell(SUMMARY_RESOLVED).getStringCellValue()).endsWith(": 1");
            Sheet resolved = wb.getSheet("แก้แล้ว");
            assertThat(resolved).isNotNull();
            assertThat(resolved.getLastRowNum()).isEqualTo(2);
            assertThat(resolved.getRow(2).getCell(2).getStringCellValue()).isEqualTo("MISSING_EXPLANATION");
        }
    }

    @Test
    void findingsOfAUnitLeftOutAreUncheckedAndComeBackOpen() throws Exception {
        Path aside = Files.move(forms.resolve(MEDICAL), dir.resolve(MEDICAL));
        Run third;
        try {
            third = consolidate("round-3", "--previous", dir.resolve("round-2").toString());
        } finally {
            Files.move(aside, forms.resolve(MEDICAL));
        }
        Set<String> medical = ids(second.rows("discrepancies.csv").stream().filter(r -> r.get("file").equals(MEDICAL)));
        assertThat(medical).isNotEmpty();
        assertThat(ids(third.rows("review.csv").stream().filter(r -> r.get("review").equals("unchecked"))))
                .isEqualTo(medical);
        assertThat(third.rows("review.csv")).extracting(r -> r.get("review")).doesNotContain("resolved");
        // The medical department's findings were carried by round 3's review.csv: round 4 finds them open.
        Run fourth = consolidate("round-4", "--previous", dir.resolve("round-3").toString());
        assertThat(ids(fourth.rows("review.csv").stream().filter(r -> r.get("file").equals(MEDICAL))
                .filter(r -> r.get("review").equals("open")))).isEqualTo(medical);
        assertThat(fourth.rows("review.csv")).extracting(r -> r.get("review")).containsOnly("open");
    }

    @Test
    void theJarsExitStatusesAreThoseOfSpecFive() throws Exception {
        Run missing = jar(dir, "consolidate", dir.resolve("no-such-folder").toString(), "--out",
                dir.resolve("never").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.console().lines().toList()).singleElement().asString().startsWith("kpi-consolidator: ")
                .contains("no-such-folder");
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Run cannotCreate = jar(dir, "consolidate", forms.toString(), "--out", file.resolve("out").toString());
        assertThat(cannotCreate.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(cannotCreate.console().lines().toList()).singleElement().asString()
                .startsWith("kpi-consolidator: ").doesNotContain("Exception", "\tat ");
        Path waivers = Files.writeString(dir.resolve("waivers.csv"),
                "finding_id,reason,reviewer,date\n0123456789ab,ok,a,2021-11-30\n0123456789ab,ok,b,2021-11-30\n");
        Run malformed = jar(dir, "consolidate", forms.toString(), "--out", dir.resolve("never").toString(),
                "--waivers", waivers.toString());
        assertThat(malformed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(malformed.console()).contains("waivers.csv:3:1:").doesNotContain("Exception");
        assertThat(dir.resolve("never")).doesNotExist();
        Run version = jar(dir, "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.console().strip()).matches("kpi-consolidator \\d+\\.\\d+\\.\\d+.*");
    }

    private static Set<String> ids(Stream<CSVRecord> rows) {
        return rows.map(r -> r.get("finding_id")).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String number(JsonNode n) {
        return n.isNull() ? "" : n.decimalValue().stripTrailingZeros().toPlainString();
    }
}
