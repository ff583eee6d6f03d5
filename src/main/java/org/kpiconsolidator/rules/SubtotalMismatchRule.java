package org.kpiconsolidator.rules;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.scoring.BlockScore;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.text.Decimals;

/**
 * SUBTOTAL_MISMATCH: a stated component subtotal (the results table's subtotal row, or the summary
 * table's รวมคะแนน) differs from the sum of the recomputed weighted scores. Either one wrong gives
 * one finding for the component, at the subtotal row when that one is wrong. Not judged when an
 * indicator of the block cannot be recomputed.
 */
public final class SubtotalMismatchRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.SUBTOTAL_MISMATCH);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (BlockScore b : form.score().blocks()) {
            if (b.indicators().isEmpty() || b.indicators().stream().anyMatch(s -> s.recomputedWeighted() == null)) {
                continue;
            }
            BigDecimal expected = b.recomputedSubtotal();
            Sourced<BigDecimal> row = b.block().subtotal().map(t -> t.value()).orElse(null);
            Sourced<BigDecimal> summary = b.block().summaryTotal().orElse(null);
            if (row != null && row.isPresent() && !form.policy().same(row.value(), expected)) {
                out.accept(finding(b, row, Field.SUBTOTAL, expected));
            } else if (summary != null && summary.isPresent() && !form.policy().same(summary.value(), expected)) {
                out.accept(finding(b, summary, Field.SUMMARY_SUBTOTAL, expected));
            }
        }
    }

    private static Finding finding(BlockScore b, Sourced<BigDecimal> stated, Field field, BigDecimal expected) {
        IndicatorScore any = b.indicators().get(0);
        return Finding.of(Code.SUBTOTAL_MISMATCH).at(stated.cell()).component(any.component()).field(field)
                .stated(Decimals.format(stated.value())).expected(Decimals.format(expected)).build();
    }
}
