package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.Cli;
import org.kpiconsolidator.testing.FormRenderer;
import org.kpiconsolidator.testing.SampleForms;

/**
 * {@code consolidate --waivers} and {@code --verified}, run in-process as a user runs them, on one
 * form whose only error is a score (Bang Khae, indicator 1 scored 90 where level 5 gives 100).
 */
class ReviewOptionsTest {

    static final String FORM = "bang-khae-district.xlsx";

    @TempDir
    static Path dir;

    static Path forms;
    static String scoreId;

    record Run(int exit, String out, String err, Path dir) {

        List<CSVRecord> rows(String name) throws IOException {
            try (Reader r = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
                r.skip(1); // the byte-order mark
                return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(r).getRecords());
            }
        }

        List<CSVRecord> rule(String rule) throws IOException {
            return rows("discrepancies.csv").stream().filter(r -> r.get("rule").equals(rule)).toList();
        }
    }

    @BeforeAll
    static void folder() throws Exception {
        forms = Files.createDirectories(dir.resolve("forms"));
        SampleForms.Sample clean = SampleForms.bangKhaeDistrict();
        FormRenderer.render(clean.form().withBlock(0, block -> block.withResults(results -> results.withRow(0,
                row -> row.withScore(90)))), forms.resolve(FORM), clean.layout());
        Run first = consolidate("first");
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(first.rows("discrepancies.csv")).extracting(r -> r.get("severity"), r -> r.get("rule"))
                .containsExactly(tuple("ERROR", "SCORE_MISMATCH"));
        scoreId = first.rule("SCORE_MISMATCH").get(0).get("finding_id");
    }

    static Run consolidate(String out, String... options) {
        List<String> args = new ArrayList<>(List.of("consolidate", forms.toString(), "--out",
                dir.resolve(out).toString(), "--lang", "en"));
        args.addAll(List.of(options));
        Cli.Run run = Cli.run(args);
        return new Run(run.exit(), run.out(), run.err(), dir.resolve(out));
    }

    static Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aWaivedErrorNoLongerFailsTheRunButStaysListed() throws Exception {
        Path waivers = file("waivers.csv", "finding_id,reason,reviewer,date\n" + scoreId
                + ",คณะกรรมการยอมรับคะแนนตามหลักฐาน,สมชาย,2021-11-30\n");
        Run run = consolidate("waived", "--waivers", waivers.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        CSVRecord listed = run.rule("SCORE_MISMATCH").get(0);
        assertThat(listed.get("finding_id")).isEqualTo(scoreId);
        assertThat(listed.get("message")).contains("คณะกรรมการยอมรับคะแนนตามหลักฐาน", "สมชาย");
        assertThat(run.rows("review.csv")).extracting(r -> r.get("finding_id"), r -> r.get("waived"),
                r -> r.get("waiver_reason"), r -> r.get("waiver_reviewer"), r -> r.get("waiver_date"))
                .containsExactly(tuple(scoreId, "true", "คณะกรรมการยอมรับคะแนนตามหลักฐาน", "สมชาย", "2021-11-30"));
        assertThat(run.rows("summary.csv")).extracting(r -> r.get("errors"), r -> r.get("status"))
                .containsExactly(tuple("0", "OK"));
        assertThat(run.rows("indicators.csv")).filteredOn(r -> r.get("indicator").equals("1"))
                .extracting(r -> r.get("status")).containsExactly("OK");
    }

    @Test
    void aWaiverOfAnErrorWithoutAReasonIsReportedAndNotApplied() throws Exception {
        Path waivers = file("reasonless.csv", "finding_id,reason,reviewer,date\n" + scoreId + ",,สมชาย,2021-11-30\n");
        Run run = consolidate("reasonless", "--waivers", waivers.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.rule("WAIVER_NEEDS_REASON")).extracting(r -> r.get("severity"), r -> r.get("stated"))
                .containsExactly(tuple("WARNING", scoreId));
        assertThat(run.rows("review.csv")).filteredOn(r -> r.get("finding_id").equals(scoreId))
                .extracting(r -> r.get("waived")).containsExactly("false");
    }

    @Test
    void aWarningMayBeWaivedWithoutAReason() throws Exception {
        Path waivers = file("warning.csv", "finding_id,reason,reviewer,date\n" + scoreId + ",,สมชาย,2021-11-30\n");
        Run run = consolidate("warning", "--waivers", waivers.toString(), "--severity", "SCORE_MISMATCH=warning",
                "--fail-on", "warning");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.rule("WAIVER_NEEDS_REASON")).isEmpty();
        assertThat(run.rows("summary.csv")).extracting(r -> r.get("warnings")).containsExactly("0");
    }

    @Test
    void aStaleWaiverIsReported() throws Exception {
        Path waivers = file("stale.csv", "finding_id,reason,reviewer,date\n" + scoreId + ",accepted,สมชาย,2021-11-30\n"
                + "0123456789ab,fixed long ago,สมหญิง,2021-10-01\n");
        Run run = consolidate("stale", "--waivers", waivers.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.rule("WAIVER_UNMATCHED")).extracting(r -> r.get("severity"), r -> r.get("stated"),
                r -> r.get("unit"), r -> r.get("file")).containsExactly(tuple("WARNING", "0123456789ab", "", ""));
        assertThat(run.out()).contains("1 waived");
    }

    @Test
    void aMalformedWaiversFileExitsTwoNamingItsLine() throws Exception {
        Path waivers = file("malformed.csv", "finding_id,reason,reviewer,date\n" + scoreId
                + ",accepted,สมชาย,2021-11-30\nnot-an-id,x,y,2021-11-30\n");
        Run run = consolidate("malformed", "--waivers", waivers.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("kpi-consolidator: ").contains("malformed.csv:3:1:").doesNotContain("Exception");
        assertThat(dir.resolve("malformed")).doesNotExist();
    }

    @Test
    void theOfficesVerifiedLevelReplacesTheUnitsInTheTotal() throws Exception {
        // Indicator 2 of component 1 states level 4 (weight 15, 13.5 points); the office accepts level 3 (12).
        Path verified = file("verified.csv", "unit,component,indicator,level,value,reason,reviewer\n"
                + "สำนักงานเขตบางแค,1,2,ระดับ 3,,หลักฐานรองรับระดับ 3 เท่านั้น,สมชาย\n"
                + "สำนักงานเขตพระนคร,1,1,5,,ไม่มีแบบฟอร์ม,สมชาย\n");
        Run plain = consolidate("not-verified");
        Run run = consolidate("verified", "--verified", verified.toString());
        BigDecimal before = new BigDecimal(plain.rows("summary.csv").get(0).get("total"));
        assertThat(new BigDecimal(run.rows("summary.csv").get(0).get("total")))
                .isEqualByComparingTo(before.subtract(new BigDecimal("1.5")));
        assertThat(run.rows("indicators.csv")).filteredOn(r -> r.get("component").equals("1")
                && r.get("indicator").equals("2")).extracting(r -> r.get("stated_level"), r -> r.get("level"),
                        r -> r.get("score"), r -> r.get("weighted"))
                .containsExactly(tuple("4", "3", "80", "12"));
        assertThat(run.rule("VERIFIED_RESULT")).extracting(r -> r.get("severity"), r -> r.get("indicator"),
                r -> r.get("stated"), r -> r.get("expected")).containsExactly(tuple("INFO", "2", "ระดับ 4", "ระดับ 3"));
        assertThat(run.rule("VERIFIED_UNMATCHED")).extracting(r -> r.get("unit"), r -> r.get("component"),
                r -> r.get("indicator")).containsExactly(tuple("สำนักงานเขตพระนคร", "1", "1"));
        // The workbook shows the unit's own result recomputed and the office's side by side.
        try (Workbook wb = WorkbookFactory.create(run.dir().resolve("consolidated.xlsx").toFile(), null, true)) {
            Sheet s = wb.getSheet("ตัวชี้วัด");
            org.apache.poi.ss.usermodel.Row header = s.getRow(1);
            int recomputedScore = 16;
            int verifiedScore = 22;
            org.apache.poi.ss.usermodel.Row row = null;
            for (org.apache.poi.ss.usermodel.Row r : s) {
                if (r.getRowNum() >= 2 && "1".equals(r.getCell(2).getStringCellValue())
                        && "2".equals(r.getCell(3).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(header.getCell(verifiedScore).getStringCellValue()).isNotBlank();
            assertThat(row).isNotNull();
            assertThat(row.getCell(recomputedScore).getNumericCellValue()).isEqualTo(90.0);
            assertThat(row.getCell(verifiedScore).getNumericCellValue()).isEqualTo(80.0);
        }
    }
}
