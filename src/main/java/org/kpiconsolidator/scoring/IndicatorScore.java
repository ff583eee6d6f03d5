package org.kpiconsolidator.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;

/**
 * One indicator with its recomputation.
 *
 * @param line the rubric line that scored it, when there is one
 * @param weight the weight the recomputation used (the form's, or the agreed one)
 * @param recomputed the recomputed score; empty when the result cannot be scored
 */
public record IndicatorScore(FormBlock block, Indicator indicator, Optional<RubricLine> line, BigDecimal weight,
        Optional<Score> recomputed) {

    /** The component number as text ({@code 1}), empty when unknown. */
    public String component() {
        int c = block.component();
        return c <= 0 ? "" : Integer.toString(c);
    }

    /** The recomputed weighted score, or {@code null}. */
    public BigDecimal recomputedWeighted() {
        return recomputed.map(Score::weighted).orElse(null);
    }
}
