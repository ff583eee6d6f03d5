package org.kpiconsolidator.workbook;

/** A merged range of cells, 0-based and inclusive; its value sits in the top-left cell. */
public record MergedRegion(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
