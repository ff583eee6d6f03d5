package org.kpiconsolidator.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.model.UnitGroup;

/**
 * The reference data of a run: a roster and the agreements of record, each optional.
 */
public record ReferenceData(Optional<Roster> roster, Optional<Agreements> agreements) {

    /** No reference data: units are known by name and the forms' own rubrics score them. */
    public static final ReferenceData NONE = new ReferenceData(Optional.empty(), Optional.empty());

    public ReferenceData {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(agreements, "agreements");
    }

    /**
     * Reads the files a run is given.
     *
     * @throws ReferenceFileException naming the file, line and column of the first problem
     */
    public static ReferenceData read(Optional<Path> rosterFile, Optional<Path> agreementsFile)
            throws ReferenceFileException {
        Optional<Roster> roster = rosterFile.isPresent() ? Optional.of(Roster.read(rosterFile.get())) : Optional.empty();
        Optional<Agreements> agreements = agreementsFile.isPresent()
                ? Optional.of(Agreements.read(agreementsFile.get())) : Optional.empty();
        return new ReferenceData(roster, agreements);
    }

    /**
     * What a person should know about the files together though the run can go on: agreement rows
     * of units the roster does not have (or, without a roster, of any unit), which are not used.
     */
    public List<String> notes() {
        return agreements.map(a -> a.unmatchedUnits(roster)).orElse(List.of());
    }

    /**
     * What one unit agreed, when there are agreements: its own rows when the roster knows it, else
     * the common ones only.
     *
     * @param group the group the unit is scored in (the roster's, else the box checked on its form)
     */
    public Optional<UnitAgreement> agreementOf(UnitMatch unit, Optional<UnitGroup> group) {
        return agreements.map(a -> a.forUnit(unit.rosterUnit().map(RosterUnit::id), group));
    }
}
