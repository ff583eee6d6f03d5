package org.kpiconsolidator.workbook;

import java.io.Serializable;

/**
 * A cell of a sheet by 0-based row and column, as POI counts. {@link #a1()} gives the reference a
 * person reads ({@code D24}); this is the only place that converts between the two.
 */
public record CellRef(String sheet, int row, int column) implements Serializable {

    public CellRef {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("negative cell index " + row + "," + column);
        }
    }

    /** The A1 reference, without the sheet name. */
    public String a1() {
        return columnName(column) + (row + 1);
    }

    /** The column letters of a 0-based column index: 0 is {@code A}, 26 is {@code AA}. */
    public static String columnName(int column) {
        StringBuilder letters = new StringBuilder(3);
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters.append((char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return letters.reverse().toString();
    }

    /** A cell of the same sheet. */
    public CellRef at(int newRow, int newColumn) {
        return new CellRef(sheet, newRow, newColumn);
    }

    @Override
    public String toString() {
        return sheet + "!" + a1();
    }
}
