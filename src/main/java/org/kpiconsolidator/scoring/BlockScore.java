package org.kpiconsolidator.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.model.FormBlock;

/**
 * A block's indicators recomputed, with its subtotals.
 *
 * @param recomputedSubtotal the sum of the recomputed weighted scores
 * @param statedSubtotal what the form states: the results table's subtotal row, else the sum of the
 *     stated weighted scores (a blank one taken as weight × stated score / 100); empty when the
 *     form states nothing at all
 */
public record BlockScore(FormBlock block, List<IndicatorScore> indicators, BigDecimal recomputedSubtotal,
        Optional<BigDecimal> statedSubtotal) implements Serializable {

    public BlockScore {
        indicators = List.copyOf(indicators);
    }
}
