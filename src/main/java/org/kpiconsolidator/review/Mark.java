package org.kpiconsolidator.review;

import java.util.Locale;

/** Where a finding stands against the earlier run it is compared with ({@code --previous}). */
public enum Mark {
    /** Found now, not by the earlier run (every finding of a first round is new). */
    NEW,
    /** Found by the earlier run and again now. */
    OPEN,
    /** Found by the earlier run, and not now though its unit (or file) was checked again: fixed. */
    RESOLVED,
    /**
     * Found by the earlier run; its unit (or file) is not in this run, so it was not checked again.
     * Carried in {@code review.csv} so a later round can still resolve it.
     */
    UNCHECKED;

    /** As written in {@code review.csv} and {@code run.json}: {@code new}, {@code open}... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
