package org.kpiconsolidator.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.model.Threshold;

/**
 * What the agreement of record fixes for scoring one indicator (SPEC 5.1): its thresholds and
 * interpolation, and its weight.
 *
 * @param thresholds the agreed thresholds of levels 1 to 5; empty when the agreement has none for
 *     the unit's group (then the form's own rubric scores the indicator)
 * @param interpolate whether scores are interpolated; empty when the agreement leaves it to the form
 * @param weight the agreed weight, which the weighted score uses instead of the form's
 */
public record AgreedScoring(Optional<List<Threshold>> thresholds, Optional<Boolean> interpolate, BigDecimal weight) {

    public AgreedScoring {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(interpolate, "interpolate");
        Objects.requireNonNull(weight, "weight");
        thresholds = thresholds.map(List::copyOf);
    }

    /**
     * The agreed rubric line, when there are agreed thresholds.
     *
     * @param interpolateIfUnsaid the interpolation when the agreement leaves it empty: the form's
     */
    public Optional<RubricLine> line(boolean interpolateIfUnsaid) {
        return thresholds.map(t -> new RubricLine(t, interpolate.orElse(interpolateIfUnsaid)));
    }
}
