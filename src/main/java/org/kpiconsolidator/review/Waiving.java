package org.kpiconsolidator.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.FindingIds;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.reference.Waivers;

/**
 * Applies the office's waivers to a run's findings. A finding whose id is waived stays in the run,
 * marked with the waiver, and no longer counts for statuses, counts or the exit code. A waiver is
 * itself reported when it cannot be used: WAIVER_UNMATCHED when no finding of the run has its id
 * (fixed, or mistyped; stale waivers must not pile up), WAIVER_NEEDS_REASON when it waives an ERROR
 * without a reason (then the ERROR is not waived).
 */
public final class Waiving {

    /** The codes this step emits. */
    public static final Set<Code> CODES = EnumSet.of(Code.WAIVER_UNMATCHED, Code.WAIVER_NEEDS_REASON);

    private Waiving() {
    }

    /**
     * @param rules the run's rule selection, which the findings about waivers follow too
     * @return the consolidation with waived findings marked and the findings about waivers added
     *     to the batch's; the same consolidation when there are no waivers
     */
    public static Consolidation apply(Consolidation c, Waivers waivers, RuleSelection rules) {
        if (waivers.entries().isEmpty()) {
            return c;
        }
        Map<String, Waivers.Entry> matched = new LinkedHashMap<>();
        Map<String, Waivers.Entry> reasonless = new LinkedHashMap<>();
        List<FileOutcome> files = new ArrayList<>(c.files().size());
        for (FileOutcome f : c.files()) {
            List<Finding> marked = mark(f.findings(), waivers, matched, reasonless);
            files.add(marked == f.findings() ? f : new FileOutcome(f.file(), f.readStatus(), f.unit(), f.unitKey(),
                    f.fiscalYear(), f.yearCell(), f.group(), f.stored(), marked, f.facts(), f.contacts()));
        }
        List<Finding> batch = new ArrayList<>(mark(c.batchFindings(), waivers, matched, reasonless));
        for (Waivers.Entry e : waivers.entries()) {
            Code code = reasonless.containsKey(e.findingId()) ? Code.WAIVER_NEEDS_REASON
                    : matched.containsKey(e.findingId()) ? null : Code.WAIVER_UNMATCHED;
            if (code != null) {
                rules.apply(Finding.of(code).stated(e.findingId()).detail(waivers.where(e)).build())
                        .ifPresent(batch::add);
            }
        }
        return new Consolidation(c.fiscalYear(), files, batch);
    }

    /** The findings with their waivers; the same list when none is waived. */
    private static List<Finding> mark(List<Finding> findings, Waivers waivers, Map<String, Waivers.Entry> matched,
            Map<String, Waivers.Entry> reasonless) {
        List<Finding> out = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String id = FindingIds.of(f);
            Waivers.Entry e = waivers.of(id).orElse(null);
            if (e == null) {
                continue;
            }
            if (f.severity() == Severity.ERROR && e.waiver().reason().isBlank()) {
                reasonless.put(id, e);
                continue;
            }
            matched.put(id, e);
            if (out == null) {
                out = new ArrayList<>(findings);
            }
            out.set(i, f.waived(e.waiver()));
        }
        return out == null ? findings : out;
    }
}
