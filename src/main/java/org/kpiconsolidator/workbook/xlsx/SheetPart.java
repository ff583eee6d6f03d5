package org.kpiconsolidator.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kpiconsolidator.workbook.ExcelDisplay;
import org.kpiconsolidator.workbook.MergedRegion;

/**
 * One worksheet's XML, read once: its cells (sorted by row, then column), merged regions, hidden
 * rows and shared formula masters. Elements are read only where XML Beans would find them
 * ({@code worksheet/sheetData/row/c}), so content wrapped in unknown elements is ignored as POI
 * ignores it. Plain XML (as spreadsheet programs write it) is read by {@link SheetScanner} straight
 * from its bytes; anything else by StAX.
 */
final class SheetPart {

    /** Excel's last row and column, 1-based row numbers and 0-based columns. */
    private static final int MAX_ROW_NUMBER = 1_048_576;
    private static final int MAX_COLUMN = 16_383;

    /** The master of a shared formula group: its text and the range it applies to, as POI keeps it. */
    record SharedMaster(String text, CellRangeAddress range) {
    }

    final List<RawCell> cells;
    final List<MergedRegion> merged;
    final BitSet hiddenRows;
    /** 0-based index of the last row element, empty or not; -1 when there is none. */
    final int lastRow;
    final Map<Integer, SharedMaster> sharedFormulas;
    final boolean hasFormulas;
    /** Every {@code <c>} element read, blank ones included (POI keeps them as cells). */
    final long cellElements;

    private SheetPart(List<RawCell> cells, List<MergedRegion> merged, BitSet hiddenRows, int lastRow,
            Map<Integer, SharedMaster> sharedFormulas, boolean hasFormulas, long cellElements) {
        this.cells = cells;
        this.merged = merged;
        this.hiddenRows = hiddenRows;
        this.lastRow = lastRow;
        this.sharedFormulas = sharedFormulas;
        this.hasFormulas = hasFormulas;
        this.cellElements = cellElements;
    }

    static SheetPart read(XlsxPackage pkg, String part) {
        return read(pkg, part, Long.MAX_VALUE);
    }

    /**
     * @param maxCellElements more {@code <c>} elements than this end streaming as they are read (the
     *     reader would refuse them afterwards anyway), so a sheet of millions of cells is never held
     */
    static SheetPart read(XlsxPackage pkg, String part, long maxCellElements) {
        try (InputStream in = pkg.open(part)) {
            return Xml.read(in, bytes -> SheetScanner.sheet(bytes, maxCellElements),
                    again -> streamed(again, maxCellElements));
        } catch (IOException | XMLStreamException e) {
            throw new NotStreamable("cannot read the sheet " + part, e);
        }
    }

    /** The sheet read by StAX, whatever its XML. */
    static SheetPart streamed(InputStream in, long maxCellElements) throws XMLStreamException {
        XMLStreamReader r = Xml.reader(in);
        try {
            return new Parser(r, maxCellElements).worksheet();
        } finally {
            r.close();
        }
    }

    /** A parsed sheet, its cells put in order; two cells at one position are POI's to judge. */
    static SheetPart of(List<RawCell> cells, List<MergedRegion> merged, BitSet hiddenRows, int lastRow,
            Map<Integer, SharedMaster> sharedFormulas, boolean hasFormulas, long cellElements) {
        if (!strictlyInOrder(cells)) {
            // Writers put cells in order; the comparator chain is only paid when one did not.
            cells.sort(Comparator.comparingInt((RawCell c) -> c.row).thenComparingInt(c -> c.column));
        }
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).row == cells.get(i - 1).row && cells.get(i).column == cells.get(i - 1).column) {
                throw new NotStreamable("two cells at one position");
            }
        }
        return new SheetPart(cells, merged, hiddenRows, lastRow, sharedFormulas, hasFormulas, cellElements);
    }

    private static boolean strictlyInOrder(List<RawCell> cells) {
        for (int i = 1; i < cells.size(); i++) {
            RawCell a = cells.get(i - 1);
            RawCell b = cells.get(i);
            if (a.row > b.row || a.row == b.row && a.column >= b.column) {
                return false;
            }
        }
        return true;
    }

    /**
     * The master as POI keeps it: a range that starts before the master cell is cut to start at
     * it (POI bug 51710).
     */
    static SharedMaster master(RawCell cell, String text, String ref) {
        CellRangeAddress range;
        try {
            range = CellRangeAddress.valueOf(ref);
        } catch (RuntimeException e) {
            throw new NotStreamable("malformed shared formula range " + ref, e);
        }
        if (cell.column > range.getFirstColumn() || cell.row > range.getFirstRow()) {
            range = new CellRangeAddress(Math.max(cell.row, range.getFirstRow()),
                    Math.max(cell.row, range.getLastRow()), Math.max(cell.column, range.getFirstColumn()),
                    Math.max(cell.column, range.getLastColumn()));
        }
        return new SharedMaster(text, range);
    }

    /** Values POI would fail on while reading the cell make the whole file POI's to judge. */
    static void check(RawCell cell) {
        String v = cell.value;
        if (v == null) {
            return;
        }
        if (cell.type == RawCell.Type.NUMBER && !v.isEmpty()) {
            cell.plainDecimal = ExcelDisplay.isExactDecimal(v);
            if (!cell.plainDecimal) {
                try {
                    Double.parseDouble(v.trim());
                } catch (NumberFormatException e) {
                    throw new NotStreamable("a number cell holds " + v);
                }
            }
        } else if (cell.type == RawCell.Type.ERROR) {
            try {
                org.apache.poi.ss.usermodel.FormulaError.forString(v);
            } catch (IllegalArgumentException e) {
                throw new NotStreamable("unknown error code " + v);
            }
        }
    }

    /**
     * A merged region: {@code B2:D3} read directly (POI's parser uses regular expressions, a tenth
     * of the sheet's time), anything less plain by POI's {@code CellRangeAddress.valueOf}.
     */
    static MergedRegion region(String ref) {
        int colon = ref.indexOf(':');
        if (colon > 0) {
            long first = plainRef(ref, 0, colon);
            long last = plainRef(ref, colon + 1, ref.length());
            if (first >= 0 && last >= 0) {
                if ((first >>> 20) > (last >>> 20) || (first & 0xFFFFF) > (last & 0xFFFFF)) {
                    throw new NotStreamable("a merged region whose end comes before its start: " + ref);
                }
                return new MergedRegion((int) (first >>> 20), (int) (last >>> 20), (int) (first & 0xFFFFF),
                        (int) (last & 0xFFFFF));
            }
        }
        CellRangeAddress a;
        try {
            a = CellRangeAddress.valueOf(ref);
        } catch (RuntimeException e) {
            throw new NotStreamable("malformed merged region " + ref, e);
        }
        return new MergedRegion(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(), a.getLastColumn());
    }

    /** {@code (row << 20) | column}, 0-based, of a plain reference such as {@code AB12}; -1 for anything else. */
    static long plainRef(String s, int from, int to) {
        int i = from;
        int column = 0;
        while (i < to && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z' && i - from < 3) {
            column = column * 26 + (s.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == from || i == to || column > MAX_COLUMN + 1 || to - i > 7 || s.charAt(i) == '0') {
            return -1;
        }
        int row = 0;
        for (int j = i; j < to; j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                return -1;
            }
            row = row * 10 + (c - '0');
        }
        if (row > MAX_ROW_NUMBER) {
            return -1;
        }
        return ((long) (row - 1) << 20) | (column - 1);
    }

    private static final class Parser {
        private final XMLStreamReader r;
        private final List<RawCell> cells = new ArrayList<>();
        private final List<MergedRegion> merged = new ArrayList<>();
        private final BitSet rows = new BitSet();
        private final BitSet hiddenRows = new BitSet();
        private final Map<Integer, SharedMaster> shared = new HashMap<>();
        private int lastRow = -1;
        private boolean hasFormulas;
        private long cellElements;
        private final long maxCellElements;

        Parser(XMLStreamReader r, long maxCellElements) {
            this.r = r;
            this.maxCellElements = maxCellElements;
        }

        SheetPart worksheet() throws XMLStreamException {
            Xml.toRoot(r);
            if (!Xml.isMain(r, "worksheet")) {
                throw new NotStreamable("not a worksheet");
            }
            boolean sheetData = false;
            boolean mergeCells = false;
            while (Xml.nextChild(r)) {
                if (!sheetData && Xml.isMain(r, "sheetData")) {
                    sheetData = true;
                    sheetData();
                } else if (!mergeCells && Xml.isMain(r, "mergeCells")) {
                    mergeCells = true;
                    mergeCells();
                } else {
                    Xml.skip(r);
                }
            }
            if (!sheetData) {
                throw new NotStreamable("a worksheet without sheetData");
            }
            return of(cells, merged, hiddenRows, lastRow, shared, hasFormulas, cellElements);
        }

        private void sheetData() throws XMLStreamException {
            while (Xml.nextChild(r)) {
                if (Xml.isMain(r, "row")) {
                    row();
                } else {
                    Xml.skip(r);
                }
            }
        }

        private void row() throws XMLStreamException {
            long number = Xml.unsignedInt(r.getAttributeValue(null, "r"), "row number");
            if (number < 1 || number > MAX_ROW_NUMBER) {
                // Rows without numbers are numbered by POI from the rows before; left to it.
                throw new NotStreamable("a row without a valid number");
            }
            int row = (int) number - 1;
            if (rows.get(row)) {
                throw new NotStreamable("row " + number + " written twice");
            }
            rows.set(row);
            lastRow = Math.max(lastRow, row);
            if (Xml.bool(r.getAttributeValue(null, "hidden"), "row hidden")) {
                hiddenRows.set(row);
            }
            while (Xml.nextChild(r)) {
                if (Xml.isMain(r, "c")) {
                    cell(row);
                } else {
                    Xml.skip(r);
                }
            }
        }

        private void cell(int row) throws XMLStreamException {
            if (++cellElements > maxCellElements) {
                throw new NotStreamable("more cells than the limit");
            }
            int column = column(r.getAttributeValue(null, "r"));
            RawCell.Type type = RawCell.Type.of(r.getAttributeValue(null, "t"));
            long style = Xml.unsignedInt(r.getAttributeValue(null, "s"), "style index");
            if (style > Integer.MAX_VALUE) {
                throw new NotStreamable("style index out of range");
            }
            RawCell cell = new RawCell(row, column, type, style < 0 ? 0 : (int) style);
            boolean valueSeen = false;
            while (Xml.nextChild(r)) {
                if (!valueSeen && Xml.isMain(r, "v")) {
                    valueSeen = true;
                    cell.value = Xml.text(r);
                } else if (cell.formula == null && Xml.isMain(r, "f")) {
                    cell.formula = formula(cell);
                } else if (!cell.hasInline && Xml.isMain(r, "is")) {
                    cell.hasInline = true;
                    cell.inline = RichText.read(r);
                } else {
                    Xml.skip(r);
                }
            }
            if (cell.formula == null && cell.type == RawCell.Type.NUMBER && cell.value == null) {
                return; // a blank cell: formatting only, no value
            }
            check(cell);
            cells.add(cell);
        }

        private RawCell.Formula formula(RawCell cell) throws XMLStreamException {
            String t = r.getAttributeValue(null, "t");
            String kind = t == null ? "normal" : t.trim();
            long si = Xml.unsignedInt(r.getAttributeValue(null, "si"), "shared formula index");
            String ref = r.getAttributeValue(null, "ref");
            String text = Xml.text(r);
            hasFormulas = true;
            switch (kind) {
                case "normal":
                    return new RawCell.Formula(false, text, -1, ref);
                case "shared": {
                    if (si > Integer.MAX_VALUE) {
                        throw new NotStreamable("shared formula index out of range");
                    }
                    int index = (int) Math.max(si, 0);
                    if (ref != null) {
                        shared.put(index, master(cell, text, ref));
                    }
                    return new RawCell.Formula(true, text, index, ref);
                }
                default:
                    // Array and data-table formulas span cells; POI's usermodel reads them.
                    throw new NotStreamable(kind + " formula");
            }
        }

        private void mergeCells() throws XMLStreamException {
            while (Xml.nextChild(r)) {
                if (Xml.isMain(r, "mergeCell")) {
                    String ref = r.getAttributeValue(null, "ref");
                    if (ref == null) {
                        throw new NotStreamable("a merged region without a range");
                    }
                    merged.add(region(ref));
                }
                Xml.skip(r);
            }
        }

        /** The 0-based column of a plain A1 reference; anything else is POI's to judge. */
        private static int column(String ref) {
            if (ref == null) {
                throw new NotStreamable("a cell without a reference");
            }
            int i = 0;
            int column = 0;
            while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
                column = column * 26 + (ref.charAt(i) - 'A' + 1);
                i++;
                if (column > MAX_COLUMN + 1) {
                    throw new NotStreamable("a cell past column XFD: " + ref);
                }
            }
            int digits = ref.length() - i;
            if (i == 0 || digits < 1 || digits > 7) {
                throw new NotStreamable("an unusual cell reference: " + ref);
            }
            for (int j = i; j < ref.length(); j++) {
                if (ref.charAt(j) < '0' || ref.charAt(j) > '9') {
                    throw new NotStreamable("an unusual cell reference: " + ref);
                }
            }
            return column - 1;
        }
    }
}
