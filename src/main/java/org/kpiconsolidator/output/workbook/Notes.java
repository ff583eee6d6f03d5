package org.kpiconsolidator.output.workbook;

/**
 * The cell comments a workbook may still carry. Comments are held in memory until the workbook is
 * written (about 3.5 KB each), so a batch of thousands of mistaken forms would otherwise decide the
 * heap; past the budget, the findings column of the row still names every rule.
 */
final class Notes {

    /** About 7 MB of comments: more than any reviewer reads one by one. */
    static final int BUDGET = 2_000;

    private int left;

    Notes(int budget) {
        this.left = budget;
    }

    /** Whether one more comment may be written, counting it. */
    boolean take() {
        if (left <= 0) {
            return false;
        }
        left--;
        return true;
    }
}
