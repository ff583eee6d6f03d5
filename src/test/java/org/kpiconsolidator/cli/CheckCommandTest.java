package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.feedback.FeedbackFolder;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.scoring.ScoringPolicy;

/**
 * {@code check} as a unit runs it: the readable table, the exit statuses of SPEC 5, and
 * {@code --annotate}; and {@code consolidate --feedback}, which writes the same copies for a batch.
 */
class CheckCommandTest {

    static final Path SAMPLES = Path.of("samples");
    static final String SEED = "international-affairs-office.xlsx";

    @TempDir
    Path dir;

    private String out;
    private String err;

    /** The seed's findings as the pipeline makes them: one table row each. */
    private static int seedFindings() {
        return org.kpiconsolidator.testing.Forms.process(SAMPLES.resolve(SEED)).findings().size();
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = KpiCommand.commandLine(new PrintWriter(o, true), new PrintWriter(e, true)).execute(args);
        out = o.toString();
        err = e.toString();
        return exit;
    }

    @Test
    void seedPrintsOneRowPerFindingWithItsCellAndExitsOne() {
        int exit = run("check", SAMPLES.resolve(SEED).toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCodes.FINDINGS);
        List<String> rows = rowsWithCode(out);
        assertThat(rows).hasSize(seedFindings());
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("SCORE_MISMATCH", "องค์ประกอบที่ 1!D23",
                "แก้คะแนนที่ได้เป็น 90"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("MISSING_VALUE", "องค์ประกอบที่ 4 และ 5!D16"));
        assertThat(out).contains("คะแนนรวมที่ระบุ 95, คำนวณใหม่ 97.5").doesNotContain("Exception");
    }

    @Test
    void tableColumnsLineUpOnTheTerminalDespiteThaiMarks() {
        run("check", SAMPLES.resolve(SEED).toString());

        List<String> lines = out.lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("ความรุนแรง")).findFirst().orElseThrow();
        int ruleColumn = TextTable.displayWidth(header.substring(0, header.indexOf("กฎ")));
        int cellColumn = TextTable.displayWidth(header.substring(0, header.indexOf("เซลล์")));
        for (String row : rowsWithCode(out)) {
            String code = Stream.of(Code.values()).map(Code::name).filter(row::contains).findFirst().orElseThrow();
            assertThat(TextTable.displayWidth(row.substring(0, row.indexOf(code)))).as(row).isEqualTo(ruleColumn);
            int cell = row.indexOf("องค์ประกอบที่");
            assertThat(TextTable.displayWidth(row.substring(0, cell))).as(row).isEqualTo(cellColumn);
        }
    }

    @Test
    void englishOnRequest() {
        int exit = run("check", SAMPLES.resolve(SEED).toString(), "--lang", "en");

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out).contains("Severity", "What is wrong", "What to do", "Change the score");
    }

    @Test
    void cleanFormExitsZeroAndSaysSo() {
        int exit = run("check", SAMPLES.resolve("bang-khae-district.xlsx").toString());

        assertThat(exit).as(out).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("ไม่พบข้อผิดพลาด");
        assertThat(rowsWithCode(out)).isEmpty();
    }

    @Test
    void theOfficesSkipAndSeverityApplyAsInConsolidate() {
        run("check", SAMPLES.resolve(SEED).toString());
        List<String> all = rowsWithCode(out);

        int exit = run("check", SAMPLES.resolve(SEED).toString(), "--skip", "MISSING_VALUE",
                "--severity", "SCORE_MISMATCH=info");

        assertThat(exit).as(out + err).isEqualTo(ExitCodes.FINDINGS);
        List<String> rows = rowsWithCode(out);
        assertThat(all).anySatisfy(r -> assertThat(r).contains("MISSING_VALUE"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains("MISSING_VALUE"))
                .hasSize(all.size() - (int) all.stream().filter(r -> r.contains(" MISSING_VALUE ")).count());
        assertThat(rows).filteredOn(r -> r.contains(" SCORE_MISMATCH ")).isNotEmpty()
                .allSatisfy(r -> assertThat(r).startsWith("ข้อสังเกต")); // INFO, in Thai

        assertThat(run("check", SAMPLES.resolve(SEED).toString(), "--severity", "SCORE_MISMATCH=loud"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("loud").doesNotContain("Exception");
    }

    @Test
    void withTheOfficesRosterAndAgreementsItFindsWhatConsolidateFindsInTheForm() throws Exception {
        Path roster = SAMPLES.resolve("roster.csv");
        Path agreements = SAMPLES.resolve("agreements.csv");
        Consolidation batch = new BatchRunner().run(new RunSettings(List.of(SAMPLES), dir.resolve("out"), null, 1,
                FailOn.ERROR, Language.TH, false, ScoringPolicy.FY2564,
                ReferenceData.read(Optional.of(roster), Optional.of(agreements)), RuleSelection.ALL), f -> { });
        List<String> expected = batch.findings().stream().filter(f -> f.file().equals("medical-department.xlsx"))
                .map(f -> f.code() + " " + f.sheet() + "!" + f.a1()).sorted().toList();

        int exit = run("check", SAMPLES.resolve("medical-department.xlsx").toString(), "--roster", roster.toString(),
                "--agreements", agreements.toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCodes.FINDINGS);
        // severity, rule, cell, what is wrong, what to do: columns are two spaces apart or more
        List<String> checked = rowsWithCode(out).stream().map(r -> r.split("\\s{2,}"))
                .map(columns -> columns[1] + " " + columns[2]).sorted().toList();
        assertThat(expected).anySatisfy(f -> assertThat(f).startsWith("RUBRIC_MISMATCH"));
        assertThat(checked).isEqualTo(expected);

        // The roster's other units sent nothing, which is the office's business, not this form's.
        assertThat(batch.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo(Code.MISSING_SUBMISSION));
        assertThat(run("check", SAMPLES.resolve("bang-khae-district.xlsx").toString(), "--roster", roster.toString(),
                "--agreements", agreements.toString())).as(out).isEqualTo(ExitCodes.OK);
        assertThat(rowsWithCode(out)).isEmpty();
    }

    @Test
    void aFormOfAnotherYearThanTheOfficesIsAMismatch() {
        Path form = SAMPLES.resolve("bang-khae-district.xlsx");

        int exit = run("check", form.toString(), "--year", "2565");

        assertThat(exit).as(out + err).isEqualTo(ExitCodes.FINDINGS);
        assertThat(rowsWithCode(out)).singleElement().asString().contains("FISCAL_YEAR_MISMATCH");
        assertThat(run("check", form.toString(), "--year", "2564")).isEqualTo(ExitCodes.OK);
        assertThat(run("check", form.toString(), "--year", "64")).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("Buddhist Era").doesNotContain("Exception");
    }

    @Test
    void aMissingFormIsAUsageError() {
        assertThat(run("check", dir.resolve("nothing.xlsx").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("form not found");
    }

    @Test
    void annotateWritesACopyWithTheFindingsSheetFirst() throws IOException {
        Path copy = dir.resolve("checked/seed-checked.xlsx");

        int exit = run("check", SAMPLES.resolve(SEED).toString(), "--annotate", copy.toString());

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        try (Workbook wb = WorkbookFactory.create(copy.toFile(), null, true)) {
            assertThat(wb.getSheetName(0)).isEqualTo("ผลการตรวจสอบ");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3 + seedFindings());
        }
    }

    @Test
    void annotateRefusesTheFormItselfAndAnotherFormat() throws IOException {
        Path form = Files.copy(SAMPLES.resolve("chatuchak-district.xls"), dir.resolve("chatuchak.xls"));
        byte[] before = Files.readAllBytes(form);

        assertThat(run("check", form.toString(), "--annotate", form.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("check", form.toString(), "--annotate", dir.resolve("copy.xlsx").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains(".xls");
        assertThat(Files.readAllBytes(form)).isEqualTo(before);
        assertThat(dir.resolve("copy.xlsx")).doesNotExist();
    }

    @Test
    void anUnreadableFormGetsItsFindingAndNoCopy() throws IOException {
        Path broken = Files.write(dir.resolve("broken.xlsx"), "not a workbook".getBytes(StandardCharsets.UTF_8));

        int exit = run("check", broken.toString(), "--annotate", dir.resolve("copy.xlsx").toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCodes.FINDINGS);
        assertThat(rowsWithCode(out)).singleElement().asString().contains("FILE_UNREADABLE");
        assertThat(err).contains("no annotated copy");
        assertThat(dir.resolve("copy.xlsx")).doesNotExist();
    }

    @Test
    void consolidateFeedbackWritesOneCopyPerFileWithErrorsOrWarnings() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            for (Path p : samples.toList()) {
                Files.copy(p, inputs.resolve(p.getFileName()));
            }
        }
        Path feedback = dir.resolve("feedback");

        int exit = run("consolidate", inputs.toString(), "--out", dir.resolve("out").toString(), "--feedback",
                feedback.toString());

        assertThat(exit).as(out + err).isEqualTo(ExitCodes.FINDINGS);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(feedback)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertThat(names).containsExactlyInAnyOrder("international-affairs-office.feedback.xlsx",
                "medical-department.feedback.xlsx", "chatuchak-district.feedback.xls",
                "environment-department.feedback.xlsx", "social-development-department.feedback.xlsx",
                "social-development-department-resubmitted.feedback.xlsx", "bang-bon-district.feedback.xlsx",
                FeedbackFolder.MARKER);
        assertThat(out).contains("7 feedback copies");
    }

    @Test
    void aFeedbackFolderInsideTheInputIsNotReadBackByTheNextRun() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve(SEED), inputs.resolve(SEED));
        Path feedback = inputs.resolve("feedback");
        Path out = dir.resolve("out");

        run("consolidate", inputs.toString(), "--out", out.toString(), "--feedback", feedback.toString());
        assertThat(feedback.resolve("international-affairs-office.feedback.xlsx")).isRegularFile();
        run("consolidate", inputs.toString(), "--out", out.toString(), "--feedback", feedback.toString());

        assertThat(Files.readAllLines(out.resolve("summary.csv"))).as("the seed alone, no feedback copy").hasSize(2);
        assertThat(Files.readString(out.resolve("discrepancies.csv"))).doesNotContain("DUPLICATE_SUBMISSION");
    }

    private static List<String> rowsWithCode(String output) {
        return output.lines().filter(l -> Stream.of(Code.values()).anyMatch(c -> l.contains(" " + c.name() + " ")))
                .toList();
    }
}
