package org.kpiconsolidator.consolidate;

import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Contact;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.workbook.CellRef;

/**
 * Everything one file contributed to the run. Files that could not be read, or are not forms, have
 * no score and their one finding says why.
 *
 * @param unit the file's unit as the form names it (the name most of its blocks give); empty when
 *     not a form
 * @param unitKey the key duplicates and finding ids use: the roster id, else the normalised name
 * @param fiscalYear the Buddhist Era year the form gives, or {@code null}
 * @param yearCell where the year was read
 * @param group the unit group used for group-specific rubrics, or {@code null}
 * @param stored the recomputed score, held or spilled to disk ({@link #score()} reads it back)
 */
public record FileOutcome(InputFile file, FileStatus readStatus, String unit, String unitKey, Integer fiscalYear,
        CellRef yearCell, UnitGroup group, StoredScore stored, List<Finding> findings, FileFacts facts,
        List<Contact> contacts) {

    public FileOutcome {
        findings = List.copyOf(findings);
        contacts = List.copyOf(contacts);
    }

    /** An outcome whose score is held in memory. */
    public FileOutcome(InputFile file, FileStatus readStatus, String unit, String unitKey, Integer fiscalYear,
            CellRef yearCell, UnitGroup group, Optional<SubmissionScore> score, List<Finding> findings,
            FileFacts facts, List<Contact> contacts) {
        this(file, readStatus, unit, unitKey, fiscalYear, yearCell, group, StoredScore.of(score), findings, facts,
                contacts);
    }

    /**
     * The recomputed score; empty when the file is not a readable form. A spilled score is read
     * back from disk on each call (the last one read is kept): callers that need it more than once
     * keep it in a local.
     */
    public Optional<SubmissionScore> score() {
        return stored.load();
    }

    /** The same outcome with its score written to {@code spill} rather than held. */
    public FileOutcome spilledTo(ScoreSpill spill) {
        return new FileOutcome(file, readStatus, unit, unitKey, fiscalYear, yearCell, group, stored.spilledTo(spill),
                findings, facts, contacts);
    }

    /** The same outcome with more findings (from the batch checks). */
    public FileOutcome withFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        return new FileOutcome(file, readStatus, unit, unitKey, fiscalYear, yearCell, group, stored, all, facts,
                contacts);
    }

    /** A readable form (not skipped, unreadable or unrecognised). */
    public boolean isForm() {
        return stored.isPresent();
    }
}
