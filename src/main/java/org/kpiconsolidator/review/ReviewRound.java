package org.kpiconsolidator.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.FindingIds;
import org.kpiconsolidator.reference.PreviousRun;
import org.kpiconsolidator.reference.UnitKeys;

/**
 * A run compared with the earlier run it follows: each current finding marked {@link Mark#NEW} or
 * {@link Mark#OPEN} by its stable id, and each earlier finding not found again listed with its last
 * known values as {@link Mark#RESOLVED} (its unit, or for a finding without a unit its file, was
 * checked again) or {@link Mark#UNCHECKED} (it was not: a run over some of the forms resolves
 * nothing about the others). Without an earlier run every finding is new.
 *
 * <p>Counts are kept per unit (by {@link UnitKeys}, so two spellings of one unit are one) and
 * overall, over every finding whatever its severity; waived findings are counted as such too.
 */
public final class ReviewRound {

    /** A finding of this run with its id and mark. */
    public record Current(Finding finding, String id, Mark mark) {
    }

    /** A finding of the earlier run not found again: {@link Mark#RESOLVED} or {@link Mark#UNCHECKED}. */
    public record Gone(PreviousRun.Finding finding, Mark mark) {
    }

    /**
     * How many findings have each mark ({@code added} counts the {@link Mark#NEW} ones), and how
     * many current ones are waived.
     */
    public record Counts(long added, long open, long resolved, long unchecked, long waived) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        Counts plus(Mark mark, boolean isWaived) {
            return new Counts(added + (mark == Mark.NEW ? 1 : 0), open + (mark == Mark.OPEN ? 1 : 0),
                    resolved + (mark == Mark.RESOLVED ? 1 : 0), unchecked + (mark == Mark.UNCHECKED ? 1 : 0),
                    waived + (isWaived ? 1 : 0));
        }
    }

    private final Optional<PreviousRun> previous;
    private final List<Current> current;
    private final List<Gone> gone;
    private final Map<String, Counts> byUnit;
    private final Map<String, String> unitNames;
    private final Counts overall;

    private ReviewRound(Optional<PreviousRun> previous, List<Current> current, List<Gone> gone) {
        this.previous = previous;
        this.current = List.copyOf(current);
        this.gone = List.copyOf(gone);
        Map<String, Counts> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Counts all = Counts.ZERO;
        for (Current c : current) {
            String key = unitKey(c.finding().unit(), c.finding().file());
            names.putIfAbsent(key, c.finding().unit().isEmpty() ? c.finding().file() : c.finding().unit());
            counts.merge(key, Counts.ZERO.plus(c.mark(), c.finding().isWaived()), ReviewRound::sum);
            all = all.plus(c.mark(), c.finding().isWaived());
        }
        for (Gone g : gone) {
            String key = unitKey(g.finding().unit(), g.finding().file());
            names.putIfAbsent(key, g.finding().unit().isEmpty() ? g.finding().file() : g.finding().unit());
            counts.merge(key, Counts.ZERO.plus(g.mark(), false), ReviewRound::sum);
            all = all.plus(g.mark(), false);
        }
        this.byUnit = counts;
        this.unitNames = names;
        this.overall = all;
    }

    /**
     * Compares a run with the earlier one.
     *
     * @param previous the earlier run's findings; empty for a first round
     */
    public static ReviewRound of(Consolidation c, Optional<PreviousRun> previous) {
        Set<String> before = new HashSet<>();
        previous.ifPresent(p -> p.findings().forEach(f -> before.add(f.findingId())));
        List<Finding> findings = c.findings();
        // Each id is a hash of its own finding: worked out on every core (the 82,000 findings of
        // 10,000 benchmark forms took most of a second on one, after the files were read).
        String[] ids = new String[findings.size()];
        IntStream.range(0, ids.length).parallel().forEach(i -> ids[i] = FindingIds.of(findings.get(i)));
        List<Current> current = new ArrayList<>(ids.length);
        Set<String> now = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            now.add(ids[i]);
            current.add(new Current(findings.get(i), ids[i], before.contains(ids[i]) ? Mark.OPEN : Mark.NEW));
        }
        List<Gone> gone = new ArrayList<>();
        if (previous.isPresent()) {
            Set<String> checked = checkedAgain(c);
            for (PreviousRun.Finding f : previous.get().findings()) {
                if (!now.contains(f.findingId())) {
                    boolean again = checked.contains(unitKey(f.unit(), f.file()));
                    gone.add(new Gone(f, again ? Mark.RESOLVED : Mark.UNCHECKED));
                }
            }
        }
        return new ReviewRound(previous, current, gone);
    }

    /** What this run checked: the units of its readable forms, and every file it tried. */
    private static Set<String> checkedAgain(Consolidation c) {
        Set<String> keys = new HashSet<>();
        for (FileOutcome f : c.files()) {
            if (!f.unit().isEmpty()) {
                keys.add(unitKey(f.unit(), ""));
            }
            keys.add(unitKey("", f.file().name()));
        }
        // Findings about the batch (no unit, no file) are always checked again.
        keys.add(unitKey("", ""));
        return keys;
    }

    /** The key a finding is counted under: its unit's, else its file's. */
    private static String unitKey(String unit, String file) {
        return unit.isEmpty() ? "file:" + file : "unit:" + UnitKeys.of(unit);
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.added() + b.added(), a.open() + b.open(), a.resolved() + b.resolved(),
                a.unchecked() + b.unchecked(), a.waived() + b.waived());
    }

    /** Whether the run was compared with an earlier one. */
    public boolean compared() {
        return previous.isPresent();
    }

    /** The earlier run compared with, when there is one. */
    public Optional<PreviousRun> previous() {
        return previous;
    }

    /** Every current finding with its mark, in log order. */
    public List<Current> current() {
        return current;
    }

    /** Every earlier finding not found again, in the earlier log's order. */
    public List<Gone> gone() {
        return gone;
    }

    /** The counts over every unit. */
    public Counts overall() {
        return overall;
    }

    /**
     * The counts per unit, by the unit's name (a finding without a unit counts under its file;
     * findings about the batch under the empty name), in order of first appearance.
     */
    public Map<String, Counts> byUnit() {
        Map<String, Counts> named = new LinkedHashMap<>();
        byUnit.forEach((key, counts) -> named.merge(unitNames.get(key), counts, ReviewRound::sum));
        return named;
    }

    /** The counts of the unit a file is of (its file's, for a file without a unit). */
    public Counts forFile(FileOutcome f) {
        return byUnit.getOrDefault(unitKey(f.unit(), f.file().name()), Counts.ZERO);
    }
}
