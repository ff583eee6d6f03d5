package org.kpiconsolidator.locate;

import org.kpiconsolidator.locate.SheetText.TextCell;

/**
 * The rows of one form block in a sheet: from its first title line to the row before the next
 * block, inclusive.
 *
 * @param anchor the cell of the block's {@code องค์ประกอบที่ N} label
 */
public record BlockRegion(SheetText sheet, int firstRow, int lastRow, TextCell anchor) {

    /** Whether sheet row {@code row} lies in this block. */
    public boolean contains(int row) {
        return row >= firstRow && row <= lastRow;
    }
}
