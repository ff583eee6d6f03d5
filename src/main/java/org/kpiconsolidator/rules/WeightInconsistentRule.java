package org.kpiconsolidator.rules;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.text.Decimals;

/** WEIGHT_INCONSISTENT: the summary table prints an indicator with another weight than the results table. */
public final class WeightInconsistentRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.WEIGHT_INCONSISTENT);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            Sourced<BigDecimal> results = s.indicator().results().weight();
            if (!results.isPresent() || s.indicator().summary().isEmpty()) {
                continue;
            }
            Sourced<BigDecimal> summary = s.indicator().summary().get().weight();
            if (summary.isPresent() && summary.value().compareTo(results.value()) != 0) {
                out.accept(Findings.about(Code.WEIGHT_INCONSISTENT, s, Field.SUMMARY_WEIGHT, summary.cell())
                        .stated(Decimals.format(summary.value()))
                        .expected(Decimals.format(results.value()))
                        .detail(results.cell().a1())
                        .build());
            }
        }
    }
}
