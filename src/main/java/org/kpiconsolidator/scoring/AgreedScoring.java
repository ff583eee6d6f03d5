package org.kpiconsolidator.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agreement of record fixes for scoring one indicator (SPEC 5.1): its thresholds and
 * interpolation, and its weight.
 *
 * @param line the agreed rubric line; empty when the agreement has no line for the unit's group
 *     (then the form's own rubric scores the indicator)
 * @param weight the agreed weight, which the weighted score uses instead of the form's
 */
public record AgreedScoring(Optional<RubricLine> line, BigDecimal weight) {

    public AgreedScoring {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(weight, "weight");
    }
}
