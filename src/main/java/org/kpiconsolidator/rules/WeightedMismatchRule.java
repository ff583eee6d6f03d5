package org.kpiconsolidator.rules;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.SummaryRow;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.text.Decimals;

/**
 * WEIGHTED_MISMATCH: a stated weighted score differs from weight × recomputed score / 100. Checks
 * the results table's ค่าคะแนนถ่วงน้ำหนัก and the summary table's คะแนนที่ได้, both against the
 * results table's weight (a different weight printed in the summary is WEIGHT_INCONSISTENT, not a
 * second error here).
 */
public final class WeightedMismatchRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.WEIGHTED_MISMATCH);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            BigDecimal expected = s.recomputedWeighted();
            if (expected == null) {
                continue;
            }
            compare(form, s, s.indicator().results().weighted(), expected, Field.WEIGHTED, out);
            if (s.indicator().summary().isPresent()) {
                SummaryRow summary = s.indicator().summary().get();
                compare(form, s, summary.weighted(), expected, Field.SUMMARY_WEIGHTED, out);
            }
        }
    }

    private static void compare(FormContext form, IndicatorScore s, Sourced<BigDecimal> stated, BigDecimal expected,
            Field field, Consumer<Finding> out) {
        if (stated.isPresent() && !form.policy().same(stated.value(), expected)) {
            out.accept(Findings.about(Code.WEIGHTED_MISMATCH, s, field, stated.cell())
                    .stated(Decimals.format(stated.value()))
                    .expected(Decimals.format(expected))
                    .detail(Decimals.format(s.weight()))
                    .build());
        }
    }
}
