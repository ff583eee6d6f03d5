package org.kpiconsolidator.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.scoring.RubricLine;

/**
 * One row of {@code agreements.csv}: an indicator as the unit agreed it at the start of the year.
 *
 * @param unitId the unit's roster id, or {@link Agreements#COMMON} for an indicator common to all units
 * @param key component and indicator number
 * @param name the indicator's name; may be empty
 * @param weight the agreed weight (per cent of the unit's 100)
 * @param targetLevel the target level (เป้าหมาย), when agreed
 * @param thresholds levels 1 to 5: numbers, or textual milestones
 * @param interpolate scores are interpolated; empty when the agreement leaves it to the form's
 *     adjustment line between levels
 * @param group the unit group of a group-specific row
 * @param sourceLine the line of the file, for messages
 */
public record AgreedIndicator(String unitId, IndicatorKey key, String name, BigDecimal weight,
        Optional<Integer> targetLevel, List<Threshold> thresholds, Optional<Boolean> interpolate, Optional<UnitGroup> group,
        int sourceLine) {

    public AgreedIndicator {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(interpolate, "interpolate");
        thresholds = List.copyOf(thresholds);
        if (thresholds.size() != 5) {
            throw new IllegalArgumentException("an agreed indicator has 5 thresholds, got " + thresholds.size());
        }
    }

    /** The agreed rubric line; {@code interpolateIfUnsaid} when the agreement leaves interpolation empty. */
    public RubricLine rubricLine(boolean interpolateIfUnsaid) {
        return new RubricLine(thresholds, interpolate.orElse(interpolateIfUnsaid));
    }
}
