package org.kpiconsolidator.output.workbook;

/**
 * Sheets written at the same time take turns, in sheet order, at what they share in the workbook:
 * the defined names behind each sheet's filter and printed titles. The file then comes out the same
 * whichever thread is quicker. A sheet waits only for the sheets before it, so two threads that
 * each write their sheets in sheet order never wait for each other in a circle.
 */
final class SheetTurns {

    private int next;
    private boolean failed;

    /**
     * Waits until every sheet before {@code index} has had its turn.
     *
     * @throws OtherSheetFailed when a sheet being written at the same time failed
     */
    synchronized void await(int index) {
        while (next < index && !failed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the workbook", e);
            }
        }
        if (failed) {
            throw new OtherSheetFailed();
        }
    }

    /** Thrown to a sheet waiting for its turn when a sheet written at the same time failed. */
    static final class OtherSheetFailed extends IllegalStateException {
        OtherSheetFailed() {
            super("a sheet written at the same time failed");
        }
    }

    /** The sheet at {@code index} has had its turn. */
    synchronized void done(int index) {
        next = Math.max(next, index + 1);
        notifyAll();
    }

    /** A sheet failed: no sheet waits for it. */
    synchronized void fail() {
        failed = true;
        notifyAll();
    }
}
