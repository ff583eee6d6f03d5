package org.kpiconsolidator.consolidate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.scoring.SubmissionScore;

/**
 * A file's recomputed score as the run keeps it: held in memory, or written to the run's
 * {@link ScoreSpill} and read back when an output needs its rows. Either way the few figures the
 * batch needs for every file at once (totals for the summary and ranks, the number of indicator
 * rows, whether the office verified any) stay in memory, so a run of ten thousand forms does not
 * hold ten thousand forms.
 */
public final class StoredScore {

    /** A file with no score: unreadable, not a form, or skipped. */
    public static final StoredScore NONE = new StoredScore(null, null, null, Optional.empty(), 0, false, null, -1);

    private final SubmissionScore held;
    private final ScoreSpill spill;
    private final BigDecimal total;
    private final Optional<BigDecimal> statedTotal;
    private final int indicatorCount;
    private final boolean hasVerified;
    private final UnitGroup group;
    private final long spillEntry;

    private StoredScore(SubmissionScore held, ScoreSpill spill, BigDecimal total, Optional<BigDecimal> statedTotal,
            int indicatorCount, boolean hasVerified, UnitGroup group, long spillEntry) {
        this.held = held;
        this.spill = spill;
        this.total = total;
        this.statedTotal = statedTotal;
        this.indicatorCount = indicatorCount;
        this.hasVerified = hasVerified;
        this.group = group;
        this.spillEntry = spillEntry;
    }

    /** A score held in memory; {@link #NONE} for an empty one. */
    public static StoredScore of(Optional<SubmissionScore> score) {
        return score.map(s -> new StoredScore(s, null, s.total(), s.statedTotal(), s.indicators().size(),
                s.hasVerified(), s.group(), -1)).orElse(NONE);
    }

    /**
     * The same score written to a spill, no longer held; an empty one stays {@link #NONE}. When the
     * spill cannot take it (a full disk) the score stays held, and so do all the scores after it,
     * with one warning: the run needs more memory, but loses nothing.
     */
    StoredScore spilledTo(ScoreSpill to) {
        long entry = held == null ? -1 : to.write(held);
        if (entry < 0) {
            return this;
        }
        return new StoredScore(null, to, total, statedTotal, indicatorCount, hasVerified, group, entry);
    }

    /** Whether there is a score: the file is a readable form. */
    public boolean isPresent() {
        return held != null || spill != null;
    }

    /** Whether the score lives in the run's spill file rather than in memory. */
    public boolean isSpilled() {
        return spill != null;
    }

    ScoreSpill spill() {
        return spill;
    }

    long spillEntry() {
        return spillEntry;
    }

    /** The whole score, read back from the spill when it was written there. */
    public Optional<SubmissionScore> load() {
        if (held != null) {
            return Optional.of(held);
        }
        return spill == null ? Optional.empty() : Optional.of(spill.read(spillEntry));
    }

    /** {@link SubmissionScore#total()}, without reading the score back. */
    public BigDecimal total() {
        return Objects.requireNonNull(total, "no score");
    }

    /** {@link SubmissionScore#statedTotal()}, without reading the score back; empty when there is no score. */
    public Optional<BigDecimal> statedTotal() {
        return statedTotal;
    }

    /** The number of indicator rows the score has; 0 when there is none. */
    public int indicatorCount() {
        return indicatorCount;
    }

    /** {@link SubmissionScore#hasVerified()}, without reading the score back. */
    public boolean hasVerified() {
        return hasVerified;
    }

    /** {@link SubmissionScore#group()}, or {@code null}. */
    public UnitGroup group() {
        return group;
    }
}
