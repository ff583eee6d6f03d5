package org.kpiconsolidator.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The non-empty cells of one sheet, by row, with its merged regions. Immutable; built by a
 * {@link WorkbookReader}. Rows are sparse: a sheet whose last row is 1,048,575 but holds ten cells
 * costs ten cells.
 */
public final class SheetGrid {

    private static final List<GridCell> NO_CELLS = List.of();

    private final String name;
    private final int index;
    private final boolean hidden;
    private final int[] rowNumbers;
    private final List<List<GridCell>> rows;
    private final List<MergedRegion> mergedRegions;

    /**
     * @param cells the sheet's non-empty cells, in any order
     */
    public SheetGrid(String name, int index, boolean hidden, List<GridCell> cells, List<MergedRegion> mergedRegions) {
        this.name = name;
        this.index = index;
        this.hidden = hidden;
        this.mergedRegions = List.copyOf(mergedRegions);
        List<GridCell> sorted = cells;
        if (!inOrder(cells)) { // readers give cells in sheet order; a sort (of a copy) is for the odd file
            sorted = new ArrayList<>(cells);
            sorted.sort(SheetGrid::compare);
        }
        List<List<GridCell>> byRow = new ArrayList<>();
        int[] numbers = new int[16];
        int count = 0;
        int i = 0;
        while (i < sorted.size()) {
            int row = sorted.get(i).row();
            int j = i;
            while (j < sorted.size() && sorted.get(j).row() == row) {
                j++;
            }
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            numbers[count++] = row;
            byRow.add(List.copyOf(sorted.subList(i, j)));
            i = j;
        }
        this.rowNumbers = Arrays.copyOf(numbers, count);
        this.rows = byRow;
    }

    private static int compare(GridCell a, GridCell b) {
        return a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column());
    }

    private static boolean inOrder(List<GridCell> cells) {
        for (int i = 1; i < cells.size(); i++) {
            if (compare(cells.get(i - 1), cells.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    public String name() {
        return name;
    }

    /** 0-based position of the sheet in the workbook. */
    public int index() {
        return index;
    }

    /** Hidden or very hidden: not read as part of the form. */
    public boolean hidden() {
        return hidden;
    }

    public List<MergedRegion> mergedRegions() {
        return mergedRegions;
    }

    /** The 0-based numbers of the rows that hold at least one cell, ascending. */
    public int[] rowNumbers() {
        return rowNumbers.clone();
    }

    /** Number of rows that hold at least one cell. */
    public int rowCount() {
        return rowNumbers.length;
    }

    /** The cells of the i-th non-empty row (see {@link #rowNumbers()}), ordered by column. */
    public List<GridCell> rowAt(int i) {
        return rows.get(i);
    }

    /** The cells of 0-based row {@code row}, ordered by column; empty when the row holds none. */
    public List<GridCell> row(int row) {
        int i = Arrays.binarySearch(rowNumbers, row);
        return i < 0 ? NO_CELLS : rows.get(i);
    }

    /** The cell at a position, or {@code null} when it is empty. */
    public GridCell cell(int row, int column) {
        for (GridCell c : row(row)) {
            if (c.column() == column) {
                return c;
            }
            if (c.column() > column) {
                break;
            }
        }
        return null;
    }

    public int cellCount() {
        int n = 0;
        for (List<GridCell> r : rows) {
            n += r.size();
        }
        return n;
    }

    public CellRef ref(int row, int column) {
        return new CellRef(name, row, column);
    }
}
