package org.kpiconsolidator.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.scoring.AgreedScoring;

/**
 * The indicators one unit agreed, each resolved for the unit: its own row where it has one, else
 * the common ({@code *}) row; of group-specific rows, the one of the unit's group.
 *
 * @param identified the unit is known (a roster id), so its own rows were looked up and an
 *     indicator the agreement lacks was not agreed. For a unit the roster does not know, only the
 *     common rows apply and nothing can be said about the rest of its form
 * @param indicators one row per agreed indicator, in file order
 * @param lineless agreed indicators that have group rows only, none of them the unit's group: their
 *     weight holds, but their thresholds are not the unit's (the form's rubric scores them)
 */
public record UnitAgreement(boolean identified, List<AgreedIndicator> indicators, Set<IndicatorKey> lineless) {

    public UnitAgreement {
        indicators = List.copyOf(indicators);
        lineless = Set.copyOf(lineless);
    }

    /** The agreed row of an indicator. */
    public Optional<AgreedIndicator> find(IndicatorKey key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Whether the agreed thresholds of an indicator are the unit's (not another group's). */
    public boolean hasLine(IndicatorKey key) {
        return !lineless.contains(key) && find(key).isPresent();
    }

    /** What scoring uses: agreed lines and weights by indicator. */
    public Map<IndicatorKey, AgreedScoring> scoring() {
        Map<IndicatorKey, AgreedScoring> map = new LinkedHashMap<>();
        for (AgreedIndicator i : indicators) {
            map.put(i.key(), new AgreedScoring(hasLine(i.key()) ? Optional.of(i.thresholds()) : Optional.empty(),
                    i.interpolate(), i.weight()));
        }
        return map;
    }
}
