package org.kpiconsolidator.reference;

import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.workbook.CellRef;

/**
 * A file's unit: the name its form gives, and the roster unit that name means when there is a
 * roster and it knows the name.
 *
 * @param formName the unit name as the form gives it (normalised); empty when no block names one
 * @param nameCell where the form gives that name, or {@code null} when it gives none
 * @param rosterUnit the roster's unit, when the name matched one
 */
public record UnitMatch(String formName, CellRef nameCell, Optional<RosterUnit> rosterUnit) {

    public UnitMatch {
        Objects.requireNonNull(formName, "formName");
        Objects.requireNonNull(rosterUnit, "rosterUnit");
    }

    /** The unit's name in the outputs: the roster's official name, else the form's. */
    public String displayName() {
        return rosterUnit.map(RosterUnit::name).orElse(formName);
    }

    /**
     * The key of the unit in duplicates and finding ids (SPEC 4.1): the roster id, else the
     * {@link UnitKeys} of the form's name, so spelling variants do not split a unit.
     */
    public String key() {
        return rosterUnit.map(RosterUnit::id).orElseGet(() -> UnitKeys.of(formName));
    }

    /** The roster's group of the unit, when the roster gives one. */
    public Optional<UnitGroup> rosterGroup() {
        return rosterUnit.flatMap(RosterUnit::group);
    }
}
