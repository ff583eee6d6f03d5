package org.kpiconsolidator.workbook;

import java.math.BigDecimal;
import org.kpiconsolidator.text.ThaiText;

/**
 * One non-empty cell of a sheet, free of POI types.
 *
 * @param row 0-based row
 * @param column 0-based column
 * @param kind what the cell (or a formula's cached value) holds
 * @param text the text as stored for text cells, the plain decimal for numbers, the error code for
 *     errors
 * @param number the value of a number cell, exactly as Excel shows it to 15 significant digits;
 *     {@code null} for other kinds
 * @param percentFormat the cell's number format shows it as a percentage (0.955 shown as 95.5%)
 * @param formula the formula without the leading {@code =}, or {@code null}
 * @param evaluation what the formula calculates when the reader evaluated it, or {@code null} (no
 *     formula, or it could not be evaluated); when the file held no cached value, the cell's value
 *     is this evaluation
 */
public record GridCell(int row, int column, CellKind kind, String text, BigDecimal number, boolean percentFormat,
        String formula, Evaluation evaluation) {

    /** A cell without an evaluated formula. */
    public GridCell(int row, int column, CellKind kind, String text, BigDecimal number, boolean percentFormat,
            String formula) {
        this(row, column, kind, text, number, percentFormat, formula, null);
    }

    /** The value a formula calculates. */
    public record Evaluation(CellKind kind, String text, BigDecimal number) {
    }

    /**
     * The formula's cached value disagrees with what it calculates: the workbook was saved without
     * recalculation. Numbers are compared to 6 decimals, so float noise is not staleness.
     */
    public boolean isStale() {
        if (evaluation == null) {
            return false;
        }
        if (kind == CellKind.NUMBER && evaluation.kind() == CellKind.NUMBER) {
            return number.subtract(evaluation.number()).abs().compareTo(STALE_TOLERANCE) > 0;
        }
        return kind != evaluation.kind() || !text.equals(evaluation.text());
    }

    private static final BigDecimal STALE_TOLERANCE = new BigDecimal("0.000001");

    /** A text cell. */
    public static GridCell text(int row, int column, String text) {
        return new GridCell(row, column, CellKind.TEXT, text, null, false, null);
    }

    /** A number cell. */
    public static GridCell number(int row, int column, BigDecimal number, boolean percentFormat) {
        return new GridCell(row, column, CellKind.NUMBER, number.toPlainString(), number, percentFormat, null);
    }

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    public boolean hasFormula() {
        return formula != null;
    }

    /** The cell's text after {@link ThaiText#normalize}. */
    public String normalized() {
        return ThaiText.normalize(text);
    }
}
