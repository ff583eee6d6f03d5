package org.kpiconsolidator.locate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kpiconsolidator.text.KnownTexts;
import org.kpiconsolidator.workbook.CellRef;
import org.kpiconsolidator.workbook.GridCell;
import org.kpiconsolidator.workbook.MergedRegion;
import org.kpiconsolidator.workbook.SheetGrid;

/**
 * A sheet with every cell's text normalised once and its label key computed once, so locating
 * labels never normalises the same text twice (nor, through {@link KnownTexts}, a label that an
 * earlier form on the same thread had). Cells whose text normalises to nothing are dropped.
 */
public final class SheetText {

    private final SheetGrid grid;
    private final int[] rowNumbers;
    private final List<List<TextCell>> rows;
    /** Merged regions by their top-left cell. */
    private final Map<Long, MergedRegion> mergedByCorner = new HashMap<>();

    public SheetText(SheetGrid grid) {
        this.grid = grid;
        int[] numbers = grid.rowNumbers();
        List<List<TextCell>> byRow = new ArrayList<>(numbers.length);
        int[] kept = new int[numbers.length];
        int count = 0;
        KnownTexts known = KnownTexts.ofThisThread();
        for (int i = 0; i < numbers.length; i++) {
            List<TextCell> cells = new ArrayList<>();
            for (GridCell cell : grid.rowAt(i)) {
                KnownTexts.Normalized text = known.of(cell.text());
                if (!text.text().isEmpty()) {
                    cells.add(new TextCell(cell.row(), cell.column(), text.text(), text.key(), cell));
                }
            }
            if (!cells.isEmpty()) {
                kept[count++] = numbers[i];
                byRow.add(List.copyOf(cells));
            }
        }
        this.rowNumbers = java.util.Arrays.copyOf(kept, count);
        this.rows = byRow;
        for (MergedRegion region : grid.mergedRegions()) {
            mergedByCorner.put(pack(region.firstRow(), region.firstColumn()), region);
        }
    }

    /** A non-empty cell with its normalised text and label key. */
    public record TextCell(int row, int column, String text, String key, GridCell source) {
    }

    public String sheetName() {
        return grid.name();
    }

    public SheetGrid grid() {
        return grid;
    }

    /** Number of rows with text. */
    public int size() {
        return rowNumbers.length;
    }

    /** The sheet row number of the i-th row with text. */
    public int rowNumber(int i) {
        return rowNumbers[i];
    }

    /** The cells of the i-th row with text, by column. */
    public List<TextCell> cellsAt(int i) {
        return rows.get(i);
    }

    /** Index of the first row with text at or after sheet row {@code row}; {@link #size()} if none. */
    public int indexAtOrAfter(int row) {
        int i = java.util.Arrays.binarySearch(rowNumbers, row);
        return i >= 0 ? i : -i - 1;
    }

    /** The cells of sheet row {@code row}; empty when it holds no text. */
    public List<TextCell> row(int row) {
        int i = java.util.Arrays.binarySearch(rowNumbers, row);
        return i < 0 ? List.of() : rows.get(i);
    }

    /** The cell at a position, or {@code null}. */
    public TextCell cell(int row, int column) {
        for (TextCell c : row(row)) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    /** The merged region whose top-left cell this is, or {@code null}. */
    public MergedRegion mergedFrom(int row, int column) {
        return mergedByCorner.get(pack(row, column));
    }

    /** The texts of a row joined by spaces. */
    public String rowText(int row) {
        StringBuilder b = new StringBuilder();
        for (TextCell c : row(row)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(c.text());
        }
        return b.toString();
    }

    public CellRef ref(int row, int column) {
        return new CellRef(grid.name(), row, column);
    }

    private static long pack(int row, int column) {
        return ((long) row << 20) | column;
    }
}
