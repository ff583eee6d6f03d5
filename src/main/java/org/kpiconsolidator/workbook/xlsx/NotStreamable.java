package org.kpiconsolidator.workbook.xlsx;

/**
 * The file holds something the streaming reader does not cover, or something it cannot judge as
 * POI would (a damaged zip, an unexpected part); the caller reads the file with POI instead, so the
 * verdict on odd files stays POI's. Control flow, not an error: it carries no stack trace.
 */
final class NotStreamable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotStreamable(String why) {
        super(why, null, false, false);
    }

    NotStreamable(String why, Throwable cause) {
        super(why + " (" + cause.getClass().getSimpleName() + ")", cause, false, false);
    }

    /** The {@code NotStreamable} in a chain of causes (POI's evaluator wraps what it calls), or {@code null}. */
    static NotStreamable in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof NotStreamable n) {
                return n;
            }
        }
        return null;
    }
}
