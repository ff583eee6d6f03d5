package org.kpiconsolidator.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.model.UnitGroup;

/**
 * One unit of the roster.
 *
 * @param id {@code unit_id}: the key of the unit in the discrepancy log and the agreements
 * @param name the official name, used as the unit's name in the outputs
 * @param aliases other names forms use ({@code สป.}, {@code เขตบางแค})
 * @param group the unit group that picks group-rubric rows; empty when the roster gives none
 * @param line the line of the roster that lists it
 */
public record RosterUnit(String id, String name, List<String> aliases, Optional<UnitGroup> group, int line) {

    public RosterUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(group, "group");
    }
}
