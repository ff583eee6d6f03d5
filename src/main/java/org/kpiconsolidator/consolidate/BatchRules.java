package org.kpiconsolidator.consolidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The batch rules, in the one explicit list a run applies them from, and the batch's fiscal year. */
public final class BatchRules {

    private BatchRules() {
    }

    public static List<BatchRule> all() {
        return List.of(new FiscalYearMismatchRule(), new DuplicateSubmissionRule(), new MissingSubmissionRule(),
                new VerifiedUnmatchedRule());
    }

    /**
     * The year being consolidated: the one asked for, else the year most forms give (ties: the
     * latest), else {@code null}.
     */
    public static Integer fiscalYear(List<FileOutcome> files, Integer requested) {
        if (requested != null) {
            return requested;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (FileOutcome f : files) {
            if (f.isForm() && f.fiscalYear() != null) {
                counts.merge(f.fiscalYear(), 1, Integer::sum);
            }
        }
        Integer best = null;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best))
                    && e.getKey() > best) {
                best = e.getKey();
            }
        }
        return best;
    }
}
