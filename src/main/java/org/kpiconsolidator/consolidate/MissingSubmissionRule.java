package org.kpiconsolidator.consolidate;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.reference.RosterUnit;

/**
 * MISSING_SUBMISSION: with a roster, a roster unit without a readable form of the year being
 * consolidated. One finding per unit, in roster order, with no file, keyed by the unit's id. A file
 * that cannot be read, is not a form, or is of another year does not count as a submission (its own
 * finding says why).
 */
public final class MissingSubmissionRule implements BatchRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.MISSING_SUBMISSION);
    }

    @Override
    public void check(BatchContext batch, Consumer<Finding> out) {
        if (batch.roster().isEmpty()) {
            return;
        }
        Set<String> submitted = new HashSet<>();
        for (FileOutcome f : batch.files()) {
            boolean thisYear = batch.fiscalYear() == null || f.fiscalYear() == null
                    || f.fiscalYear().equals(batch.fiscalYear());
            if (f.isForm() && thisYear) {
                submitted.add(f.unitKey());
            }
        }
        for (RosterUnit unit : batch.roster().get().units()) {
            if (!submitted.contains(unit.id())) {
                out.accept(Finding.of(Code.MISSING_SUBMISSION).unit(unit.name(), unit.id()).field(Field.UNIT)
                        .stated(unit.name()).expected(batch.fiscalYear() == null ? "" : batch.fiscalYear().toString())
                        .build());
            }
        }
    }
}
