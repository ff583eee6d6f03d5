package org.kpiconsolidator.output.workbook;

/**
 * The cell comments a workbook may still carry. Past the budget, the findings column of the row
 * still names every rule: a batch of thousands of mistaken forms would otherwise give a workbook of
 * more comments than anyone opens, each held (as its text, {@link SheetComments}) until the
 * workbook is written.
 */
final class Notes {

    /** More comments than any reviewer reads one by one. */
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
