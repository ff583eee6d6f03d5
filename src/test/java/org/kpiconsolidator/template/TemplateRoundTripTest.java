package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.cli.ExitCodes;
import org.kpiconsolidator.cli.KpiCommand;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.scoring.BlockScore;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.scoring.SubmissionScore;

/**
 * The template filled in by code as a unit fills it in (typing only into unlocked cells), then
 * calculated as Excel calculates on save: {@code check} finds nothing to report, and
 * {@code consolidate} recomputes exactly the scores and totals the template's own formulas show.
 */
class TemplateRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void preFilledFormWithResultsOnlyPassesCheck() throws IOException {
        Path filled = TemplateForms.filledBangKhae(dir);

        StringWriter out = new StringWriter();
        int exit = KpiCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("check", filled.toString(), "--fail-on", "warning");

        assertThat(exit).as(out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(actionable(consolidate(filled))).isEmpty();
    }

    @Test
    void consolidateRecomputesExactlyTheTotalsTheTemplateShows() throws IOException {
        Path filled = TemplateForms.filledBangKhae(dir);

        SubmissionScore score = consolidate(filled).files().get(0).score().orElseThrow();
        Map<String, BigDecimal> shown = templateTotals(filled);

        Map<String, BigDecimal> recomputed = new LinkedHashMap<>();
        for (BlockScore b : score.blocks()) {
            recomputed.put(b.block().sheet(), round(b.recomputedSubtotal()));
        }
        recomputed.put("total", round(score.total()));
        assertThat(recomputed).containsExactlyInAnyOrderEntriesOf(shown);
        assertThat(shown.get("total")).isEqualByComparingTo("93.8");
        assertThat(score.statedTotal().map(TemplateRoundTripTest::round)).contains(round(score.total()));
    }

    @Test
    void everyIndicatorScoreTheTemplateShowsIsTheRecomputedOne() throws IOException {
        Path filled = TemplateForms.filledBangKhae(dir);

        SubmissionScore score = consolidate(filled).files().get(0).score().orElseThrow();

        List<String> stated = new ArrayList<>();
        List<String> recomputed = new ArrayList<>();
        for (IndicatorScore s : score.indicators()) {
            String id = s.indicator().number() + ":";
            stated.add(id + round(s.indicator().results().score().value()) + "/"
                    + round(s.indicator().results().weighted().value()));
            recomputed.add(id + round(s.recomputed().orElseThrow().score()) + "/" + round(s.recomputedWeighted()));
        }
        assertThat(stated).isEqualTo(recomputed);
        // 80 of 20..100 is level 4 (step); 28 days on 50..10 is level 3; 77 on 60..80 interpolates to 94;
        // 92 on group A's 80..100 interpolates to 84.
        assertThat(recomputed).contains("1:90.0000/13.5000", "3:80.0000/8.0000", "4:94.0000/9.4000",
                "5.1:84.0000/8.4000");
    }

    @Test
    void blankFormFilledInCompletelyPassesCheck() throws IOException {
        Path template = new TemplateWriter(ScoringPolicy.FY2564).write(StandardForm.blank(2564), dir);
        Path filled;
        try (FormFiller form = FormFiller.open(template)) {
            TemplateForms.fillChatuchak(form);
            filled = form.saveEvaluated(dir.resolve("blank-filled.xlsx"));
        }

        StringWriter out = new StringWriter();
        int exit = KpiCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("check", filled.toString(), "--fail-on", "warning");

        assertThat(exit).as(out.toString()).isEqualTo(ExitCodes.OK);
        FileOutcome outcome = consolidate(filled).files().get(0);
        assertThat(actionable(consolidate(filled))).isEmpty();
        // 25 + 12 + 18 + 6 (floor) + 9.5 + 8.6 (group B: 78 on 65..85) + 6 (55 below 60: floor) = 85.1
        assertThat(outcome.score().orElseThrow().total()).isEqualByComparingTo("85.1");
        assertThat(templateTotals(filled).get("total")).isEqualByComparingTo("85.1");
        assertThat(outcome.unit()).isEqualTo("สำนักงานเขตจตุจักร");
    }

    /** The scores the template's totals sheet shows: each block's weighted subtotal, and the unit total. */
    static Map<String, BigDecimal> templateTotals(Path filled) throws IOException {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(filled.toFile(), null, true)) {
            Sheet sheet = wb.getSheet(GuideSheets.TOTALS);
            for (Row row : sheet) {
                Cell label = row.getCell(0);
                Cell weighted = row.getCell(2);
                if (label == null || weighted == null || weighted.getCellType() != CellType.FORMULA
                        || weighted.getCachedFormulaResultType() != CellType.NUMERIC) {
                    continue;
                }
                String text = label.getStringCellValue();
                String key = text.equals("คะแนนรวมของหน่วยงาน") ? "total" : text.substring("คะแนน".length());
                totals.put(key, round(BigDecimal.valueOf(weighted.getNumericCellValue())));
            }
        }
        return totals;
    }

    private static Consolidation consolidate(Path file) throws IOException {
        return new BatchRunner().run(RunSettings.defaults(List.of(file), file.resolveSibling("out")), f -> { });
    }

    private static List<String> actionable(Consolidation c) {
        return c.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                .map(TemplateRoundTripTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.code() + " " + f.sheet() + "!" + f.a1() + " " + f.stated() + " -> " + f.expected();
    }

    static BigDecimal round(BigDecimal n) {
        return n == null ? null : n.setScale(4, RoundingMode.HALF_UP);
    }
}
