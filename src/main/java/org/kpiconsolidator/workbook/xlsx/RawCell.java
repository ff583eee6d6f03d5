package org.kpiconsolidator.workbook.xlsx;

/**
 * One {@code <c>} element as written in the sheet XML, before it becomes a grid cell: the fields
 * POI's {@code XSSFCell} reads its type, value and formula from.
 */
final class RawCell {

    /** The cell's {@code t} attribute. */
    enum Type {
        BOOLEAN, NUMBER, ERROR, SHARED_STRING, FORMULA_STRING, INLINE_STRING;

        static Type of(String t) {
            if (t == null) {
                return NUMBER;
            }
            return switch (t.trim()) {
                case "n" -> NUMBER;
                case "s" -> SHARED_STRING;
                case "str" -> FORMULA_STRING;
                case "inlineStr" -> INLINE_STRING;
                case "b" -> BOOLEAN;
                case "e" -> ERROR;
                default -> throw new NotStreamable("unknown cell type " + t);
            };
        }

        boolean isString() {
            return this == SHARED_STRING || this == FORMULA_STRING || this == INLINE_STRING;
        }
    }

    /**
     * A cell's {@code <f>}: a normal formula's text, or a shared formula's group index (and, in the
     * group's master cell, its text and range). Array and data-table formulas are not streamed.
     */
    record Formula(boolean shared, String text, int sharedIndex, String ref) {
    }

    final int row;
    final int column;
    final Type type;
    final int style;
    /** The {@code <v>} text, or {@code null} when the cell has none (a formula without a cached value). */
    String value;
    /** The text of {@code <is>}; meaningful only when {@link #hasInline}. */
    String inline;
    boolean hasInline;
    Formula formula;
    /** A number stored as a plain decimal, its own display ({@code ExcelDisplay.isExactDecimal}). */
    boolean plainDecimal;

    RawCell(int row, int column, Type type, int style) {
        this.row = row;
        this.column = column;
        this.type = type;
        this.style = style;
    }

    boolean isFormula() {
        return formula != null;
    }
}
