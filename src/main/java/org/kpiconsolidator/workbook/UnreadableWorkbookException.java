package org.kpiconsolidator.workbook;

/**
 * A file that cannot be read as a workbook. {@link #reason()} says why, in a form the finding
 * messages can name (for example {@code encrypted}, {@code corrupt}, {@code not-a-spreadsheet}).
 */
public final class UnreadableWorkbookException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file could not be read; each maps to one finding. */
    public enum Reason {
        ENCRYPTED, EMPTY_FILE, NOT_A_SPREADSHEET, UNSUPPORTED_FORMAT, CORRUPT, TOO_LARGE, IO_ERROR
    }

    private final Reason reason;

    public UnreadableWorkbookException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public UnreadableWorkbookException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}
