package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.template.TemplateBlock.Shape;
import org.kpiconsolidator.testing.Forms;

/**
 * The template's score and level formulas against the consolidator's scorer, over a table of
 * rubrics and values: below level 1 (floor), on each threshold, between thresholds, beyond level 5
 * (cap), rising and falling, uneven steps and decimals; step-wise and interpolated. All cases sit on
 * one workbook, so one calculation checks them all.
 */
class TemplateFormulasTest {

    private static final List<List<String>> RUBRICS = List.of(
            List.of("60", "70", "80", "90", "100"),
            List.of("20", "40", "60", "80", "100"),
            List.of("50", "40", "30", "20", "10"),
            List.of("10", "20", "40", "70", "100"),
            List.of("0.5", "1", "1.5", "2", "2.5"));

    @TempDir
    Path dir;

    @Test
    void stepScoresAndLevelsAreTheScorers() throws IOException {
        assertThat(mismatches(false)).isEmpty();
    }

    @Test
    void interpolatedScoresAndLevelsAreTheScorers() throws IOException {
        assertThat(mismatches(true)).isEmpty();
    }

    /** For each rubric: below t1, t1, between t1 and t2, t3, between t4 and t5, t5, beyond t5, and a decimal. */
    private static List<BigDecimal> valuesFor(List<String> rubric) {
        List<BigDecimal> t = rubric.stream().map(BigDecimal::new).toList();
        BigDecimal step = t.get(1).subtract(t.get(0));
        return List.of(t.get(0).subtract(step), t.get(0), mid(t.get(0), t.get(1)), t.get(2), mid(t.get(3), t.get(4)),
                t.get(4), t.get(4).add(step), t.get(1).add(step.multiply(new BigDecimal("0.37"))));
    }

    private List<String> mismatches(boolean interpolate) throws IOException {
        List<TemplateIndicator> indicators = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        int number = 1;
        for (List<String> rubric : RUBRICS) {
            for (BigDecimal v : valuesFor(rubric)) {
                indicators.add(TemplateIndicator.agreed(Integer.toString(number++), "ตัวชี้วัด " + rubric + " ค่า " + v,
                        BigDecimal.ONE, rubric, 5));
                values.add(v);
            }
        }
        TemplateBlock block = new TemplateBlock(1, StandardForm.componentTitle(1), StandardForm.indicatorTitle(1), "",
                Shape.MULTI, interpolate, Map.of(), indicators);
        TemplateContent content = new TemplateContent(2564, "1", "หน่วยงานทดสอบ", UnitGroup.A, List.of(block), true);
        Path template = new TemplateWriter(ScoringPolicy.FY2564).write(content, dir);
        Path filled;
        try (FormFiller form = FormFiller.open(template)) {
            for (int i = 0; i < values.size(); i++) {
                form.result("องค์ประกอบที่ 1", i, values.get(i));
            }
            filled = form.saveEvaluated(dir.resolve("filled.xlsx"));
        }

        FileOutcome outcome = Forms.process(filled);
        List<String> mismatches = new ArrayList<>();
        List<IndicatorScore> scores = outcome.score().orElseThrow().indicators();
        assertThat(scores).hasSize(values.size());
        for (IndicatorScore s : scores) {
            BigDecimal shown = s.indicator().results().score().value();
            BigDecimal recomputed = s.recomputed().orElseThrow().score();
            Integer shownLevel = s.indicator().summary().orElseThrow().level().value();
            int level = s.recomputed().orElseThrow().level();
            if (shown == null || TemplateRoundTripTest.round(shown).compareTo(TemplateRoundTripTest.round(recomputed)) != 0
                    || shownLevel == null || shownLevel != level) {
                mismatches.add(s.indicator().name() + ": template " + shown + " level " + shownLevel
                        + ", consolidator " + recomputed + " level " + level);
            }
        }
        return mismatches;
    }

    private static BigDecimal mid(BigDecimal a, BigDecimal b) {
        return a.add(b).divide(BigDecimal.valueOf(2));
    }
}
