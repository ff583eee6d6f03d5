package org.kpiconsolidator.workbook;

import java.util.Locale;

/**
 * A file that cannot be read as a workbook. {@link #reason()} says why, in terms a reviewer can act
 * on; {@link #found()} and {@link #limit()} carry the facts a message needs (what the file holds,
 * and the limit or format it was measured against).
 */
public final class UnreadableWorkbookException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file could not be read. Each has a stable {@link #key()} that messages are keyed by. */
    public enum Reason {
        /** Needs a password to open (found: the encryption type). */
        ENCRYPTED,
        /** Marked as encrypted, but its encryption header is damaged. */
        ENCRYPTION_DAMAGED,
        EMPTY_FILE,
        /** Cut short: the end of the file is missing. */
        TRUNCATED,
        /** Damaged content (found: the parser's error). */
        CORRUPT,
        /** A workbook without sheets, which Excel cannot open either. */
        NO_SHEETS,
        /** A zip part inflates more than the allowed ratio (found: part and ratio; limit: ratio). */
        ZIP_BOMB_RATIO,
        /** A zip part inflates beyond the size allowed for one part. */
        ZIP_BOMB_SIZE,
        /** More zip parts than allowed. */
        ZIP_BOMB_PARTS,
        /** The zip directory understates how big a part is (found: the part). */
        ZIP_FALSE_SIZES,
        /** An XML part declares a DOCTYPE: entity expansion or external entities (found: the part). */
        XML_ENTITIES,
        /** An item in the file declares more bytes than POI may allocate for one item. */
        ALLOCATION_LIMIT,
        /** The file is larger on disk than allowed. */
        TOO_LARGE_FILE,
        /** The package expands to more XML than allowed. */
        TOO_MUCH_XML,
        /** The workbook holds more cells than allowed. */
        TOO_MANY_CELLS,
        /** The workbook's cells hold more text than allowed. */
        TOO_MUCH_TEXT,
        /** Strict Open XML (ISO 29500 Strict), which POI cannot read. */
        STRICT_OOXML,
        /** Excel binary workbook (.xlsb). */
        XLSB,
        /** OpenDocument spreadsheet (.ods). */
        ODS,
        /** Excel 5.0/95 or older (found: which). */
        OLD_EXCEL,
        /** Excel 2003 XML Spreadsheet (SpreadsheetML 2003). */
        EXCEL_2003_XML,
        /** A web page saved with a spreadsheet name, as some systems export reports. */
        WEB_PAGE,
        /** Another kind of document (found: which: Word, PowerPoint, PDF, an image...). */
        OTHER_DOCUMENT,
        /** Content that is no known document at all. */
        NOT_A_SPREADSHEET,
        /** The file system refused to read it (found: why). */
        IO_ERROR;

        /** The key of the message templates, e.g. {@code zip-bomb-ratio}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String found;
    private final String limit;

    /**
     * @param found what the file holds, for the message (may be empty)
     * @param limit the limit or expectation it broke, for the message (may be empty)
     */
    public UnreadableWorkbookException(Reason reason, String found, String limit, Throwable cause) {
        super(reason.key() + (found.isEmpty() ? "" : ": " + found) + (limit.isEmpty() ? "" : " (limit " + limit + ")"),
                cause);
        this.reason = reason;
        this.found = found;
        this.limit = limit;
    }

    public UnreadableWorkbookException(Reason reason, String found) {
        this(reason, found, "", null);
    }

    public Reason reason() {
        return reason;
    }

    /** What the file holds that made it unreadable; empty when the reason says it all. */
    public String found() {
        return found;
    }

    /** The limit or expectation the file broke; empty when there is none. */
    public String limit() {
        return limit;
    }
}
