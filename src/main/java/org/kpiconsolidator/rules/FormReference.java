package org.kpiconsolidator.rules;

import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.reference.Roster;
import org.kpiconsolidator.reference.UnitAgreement;
import org.kpiconsolidator.reference.UnitMatch;

/**
 * What the run's reference data say about the form's unit, for the rules that check a form against
 * them.
 *
 * @param roster the run's roster, when it has one (a unit it does not know is UNKNOWN_UNIT)
 * @param unit the file's unit and its roster unit, when matched
 * @param agreement what the unit agreed, when the run has agreements
 */
public record FormReference(Optional<Roster> roster, UnitMatch unit, Optional<UnitAgreement> agreement) {

    /** No reference data. */
    public static final FormReference NONE =
            new FormReference(Optional.empty(), new UnitMatch("", null, Optional.empty()), Optional.empty());

    public FormReference {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(agreement, "agreement");
    }

    /** The run has a roster. */
    public boolean rosterGiven() {
        return roster.isPresent();
    }
}
