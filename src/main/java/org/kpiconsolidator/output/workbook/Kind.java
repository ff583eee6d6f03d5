package org.kpiconsolidator.output.workbook;

/** What a column holds, which decides its number format, alignment and wrapping. */
enum Kind {
    /** Text, wrapped within the column's width. Always a string cell. */
    TEXT("@", true),
    /** A short code or reference ({@code ERROR}, {@code D23}); not wrapped. */
    CODE("@", false),
    /** A score or weight: 2 decimals shown, up to 4 kept in the cell. */
    DECIMAL("0.00", false),
    /** A difference, signed: {@code +2.50}. */
    SIGNED("+0.00;-0.00;0.00", false),
    /** A level, count or rank. */
    INTEGER("0", false),
    /** A byte count with grouping. */
    SIZE("#,##0", false),
    /** A rubric threshold: shown as written, {@code 20} or {@code 92.5}. */
    GENERAL("General", false),
    /** An internal link, written as a HYPERLINK formula. */
    LINK("General", false);

    final String format;
    final boolean wrap;

    Kind(String format, boolean wrap) {
        this.format = format;
        this.wrap = wrap;
    }
}
