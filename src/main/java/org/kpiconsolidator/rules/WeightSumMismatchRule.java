package org.kpiconsolidator.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.text.Decimals;

/**
 * WEIGHT_SUM_MISMATCH: a component's indicator weights do not sum to the weight on its subtotal row
 * (or in its heading {@code ... องค์ประกอบที่ 1 (ร้อยละ 50)}); or the unit's weights do not sum to
 * 100 (keyed with an empty component). Sums with a missing or out-of-range weight are not judged:
 * that weight is its own finding.
 */
public final class WeightSumMismatchRule implements FormRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Set<Code> codes() {
        return Set.of(Code.WEIGHT_SUM_MISMATCH);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        BigDecimal unitSum = BigDecimal.ZERO;
        boolean unitComplete = true;
        for (FormBlock block : form.submission().blocks()) {
            BigDecimal sum = sum(block);
            if (sum == null) {
                unitComplete = false;
                continue;
            }
            unitSum = unitSum.add(sum);
            Optional<Sourced<BigDecimal>> stated = block.subtotal().map(t -> t.weight()).filter(Sourced::isPresent)
                    .or(() -> block.headingWeight());
            if (stated.isPresent() && stated.get().value().compareTo(sum) != 0) {
                out.accept(Finding.of(Code.WEIGHT_SUM_MISMATCH).at(stated.get().cell())
                        .component(block.component()).field(Field.WEIGHT)
                        .stated(Decimals.format(stated.get().value())).expected(Decimals.format(sum)).build());
            }
        }
        if (unitComplete && !form.submission().blocks().isEmpty() && unitSum.compareTo(HUNDRED) != 0) {
            FormBlock first = form.submission().blocks().get(0);
            out.accept(Finding.of(Code.WEIGHT_SUM_MISMATCH).at(first.weightHeader().orElse(first.anchor()))
                    .field(Field.WEIGHT).stated(Decimals.format(unitSum)).expected("100").build());
        }
    }

    /** The sum of a block's results-table weights; {@code null} when one is missing, unreadable or out of range. */
    private static BigDecimal sum(FormBlock block) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator indicator : block.indicators()) {
            BigDecimal w = ScoringPolicy.usableWeight(indicator.results().weight().value());
            if (w == null) {
                return null;
            }
            sum = sum.add(w);
        }
        return sum;
    }
}
