package org.kpiconsolidator.consolidate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.reference.Roster;
import org.kpiconsolidator.reference.VerifiedResults;

/**
 * A check across the files of a batch (duplicates, years, the roster). Like a form rule it is pure
 * and never throws on bad data. A finding about a file carries that file's name; a finding about
 * the batch has none.
 */
public interface BatchRule {

    Set<Code> codes();

    void check(BatchContext batch, Consumer<Finding> out);

    /**
     * What batch rules see.
     *
     * @param files every file outcome, in file order
     * @param fiscalYear the year being consolidated (given, or the one most forms give); {@code null}
     *     when no form gives one
     * @param roster the run's roster, when given
     * @param verified the office's verified results ({@code --verified}); none when not given
     */
    record BatchContext(List<FileOutcome> files, Integer fiscalYear, Optional<Roster> roster,
            VerifiedResults verified) {

        /** A batch without verified results. */
        public BatchContext(List<FileOutcome> files, Integer fiscalYear, Optional<Roster> roster) {
            this(files, fiscalYear, roster, VerifiedResults.NONE);
        }

        /** A batch without a roster. */
        public BatchContext(List<FileOutcome> files, Integer fiscalYear) {
            this(files, fiscalYear, Optional.empty());
        }
    }
}
