package org.kpiconsolidator.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The non-empty cells of one sheet, by row, with its merged regions. Immutable; built by a
 * {@link WorkbookReader}. Rows are sparse: a sheet whose last row is 1,048,575 but holds ten cells
 * costs ten cells. A reader may defer building a sheet's cells ({@link #deferred}): a sheet of other
 * content (an activity log, data) is then looked at only through {@link #anyTextCell}, and built
 * the first time anything else is asked of it.
 */
public final class SheetGrid {

    private static final List<GridCell> NO_CELLS = List.of();

    private final String name;
    private final int index;
    private final boolean hidden;
    private final List<MergedRegion> mergedRegions;
    /** Builds a deferred sheet's cells; {@code null} once they are built (or when never deferred). */
    private volatile Supplier<List<GridCell>> pending;
    /** A deferred sheet's text cells' texts (those of the cells it builds); empty for others. */
    private final List<String> texts;
    private int[] rowNumbers;
    private List<List<GridCell>> rows;

    /**
     * @param cells the sheet's non-empty cells, in any order
     */
    public SheetGrid(String name, int index, boolean hidden, List<GridCell> cells, List<MergedRegion> mergedRegions) {
        this.name = name;
        this.index = index;
        this.hidden = hidden;
        this.mergedRegions = List.copyOf(mergedRegions);
        this.texts = List.of();
        split(cells);
    }

    private SheetGrid(String name, int index, boolean hidden, Supplier<List<GridCell>> cells, List<String> texts,
            List<MergedRegion> mergedRegions) {
        this.name = name;
        this.index = index;
        this.hidden = hidden;
        this.mergedRegions = List.copyOf(mergedRegions);
        this.texts = List.copyOf(texts);
        this.pending = cells;
    }

    /**
     * A sheet whose cells are built when first asked for.
     *
     * @param cells builds the sheet's non-empty cells, in any order; it must not fail (whatever could
     *     make the file unreadable was checked before)
     * @param texts the texts of the cells {@code cells} builds as {@link CellKind#TEXT}, for
     *     {@link #anyTextCell}
     */
    public static SheetGrid deferred(String name, int index, boolean hidden, Supplier<List<GridCell>> cells,
            List<String> texts, List<MergedRegion> mergedRegions) {
        return new SheetGrid(name, index, hidden, cells, texts, mergedRegions);
    }

    /** Splits the cells into rows; once, for a deferred sheet when first asked. */
    private void split(List<GridCell> cells) {
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

    /** Builds a deferred sheet's cells, once, whichever thread asks first. */
    private void built() {
        if (pending != null) {
            synchronized (this) {
                Supplier<List<GridCell>> cells = pending;
                if (cells != null) {
                    split(cells.get());
                    pending = null; // written last: the volatile write publishes the rows
                }
            }
        }
    }

    /**
     * Whether the text of any {@link CellKind#TEXT} cell passes {@code test}; a deferred sheet
     * answers without building its cells.
     */
    public boolean anyTextCell(Predicate<String> test) {
        if (pending != null) {
            // The texts are the cells' texts, built or not: no need to know which.
            return texts.stream().anyMatch(test);
        }
        for (List<GridCell> row : rows) {
            for (GridCell cell : row) {
                if (cell.kind() == CellKind.TEXT && test.test(cell.text())) {
                    return true;
                }
            }
        }
        return false;
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
        built();
        return rowNumbers.clone();
    }

    /** Number of rows that hold at least one cell. */
    public int rowCount() {
        built();
        return rowNumbers.length;
    }

    /** The cells of the i-th non-empty row (see {@link #rowNumbers()}), ordered by column. */
    public List<GridCell> rowAt(int i) {
        built();
        return rows.get(i);
    }

    /** The cells of 0-based row {@code row}, ordered by column; empty when the row holds none. */
    public List<GridCell> row(int row) {
        built();
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
        built();
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
