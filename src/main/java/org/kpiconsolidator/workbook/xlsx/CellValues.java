package org.kpiconsolidator.workbook.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.kpiconsolidator.workbook.ExcelDisplay;

/**
 * A raw cell's type, number and text by the rules of POI's {@code XSSFCell}, so the grid and the
 * formula engine read each cell as POI would.
 */
final class CellValues {

    private final SharedStrings strings;
    private final CellStyles styles;

    CellValues(SharedStrings strings, CellStyles styles) {
        this.strings = strings;
        this.styles = styles;
    }

    /**
     * The type of the cell's value (of a formula cell: of its cached value); a number cell without a
     * value is {@code BLANK} when {@code blanks}, as {@code XSSFCell.getBaseCellType} decides.
     */
    static CellType baseType(RawCell c, boolean blanks) {
        return switch (c.type) {
            case BOOLEAN -> CellType.BOOLEAN;
            case NUMBER -> c.value == null && blanks ? CellType.BLANK : CellType.NUMERIC;
            case ERROR -> CellType.ERROR;
            case SHARED_STRING, FORMULA_STRING, INLINE_STRING -> CellType.STRING;
        };
    }

    /** The number of a number cell; no value or an empty one is 0 (the sheet parser rejected the unparsable). */
    static double number(RawCell c) {
        String v = c.value;
        return v == null || v.isEmpty() ? 0.0 : Double.parseDouble(v.trim());
    }

    /** The number of a number cell as Excel shows it; no value or an empty one is 0. */
    static BigDecimal decimal(RawCell c) {
        String v = c.value;
        return v == null || v.isEmpty() ? BigDecimal.ZERO : ExcelDisplay.decimal(v);
    }

    /** The text of a string cell, or {@code null} for a rich text without any text (POI reads no text then). */
    String text(RawCell c) {
        return switch (c.type) {
            case INLINE_STRING -> c.hasInline ? c.inline : c.value != null ? RichText.decode(c.value) : "";
            case FORMULA_STRING -> RichText.decode(c.value != null ? c.value : "");
            default -> c.value != null ? strings.lookup(c.value) : "";
        };
    }

    boolean isPercent(RawCell c) {
        return styles.isPercent(c.style);
    }
}
