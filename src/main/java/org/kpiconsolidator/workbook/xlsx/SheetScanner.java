package org.kpiconsolidator.workbook.xlsx;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kpiconsolidator.workbook.MergedRegion;

/**
 * The sheet parser's quick path: reads the worksheet XML that spreadsheet programs write straight
 * from its bytes into raw cells, without an XML parser's events and strings for every attribute
 * (the sheets are most of a form's XML).
 *
 * <p>It reads what {@code SheetPart}'s StAX parser reads, the same way, from plain XML only (see
 * {@link PlainXml}); at anything else, or anything the StAX parser would refuse, it answers
 * {@code null} and the StAX parser reads the part. So for any part the result is the StAX parser's
 * or nothing.
 */
final class SheetScanner extends PlainXml {

    private static final int MAX_ROW_NUMBER = 1_048_576;
    private static final int MAX_COLUMN = 16_383;

    // The element and attribute names read, as bytes.
    private static final byte[] WORKSHEET = ascii("worksheet");
    private static final byte[] SHEET_DATA = ascii("sheetData");
    private static final byte[] MERGE_CELLS = ascii("mergeCells");
    private static final byte[] MERGE_CELL = ascii("mergeCell");
    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] V = ascii("v");
    private static final byte[] F = ascii("f");
    private static final byte[] IS = ascii("is");
    private static final byte[] T = ascii("t");
    private static final byte[] R = ascii("r");
    private static final byte[] HIDDEN = ascii("hidden");
    private static final byte[] S = ascii("s");
    private static final byte[] SI = ascii("si");
    private static final byte[] REF = ascii("ref");

    private final long maxCellElements;
    private final List<RawCell> cells = new ArrayList<>();
    private final List<MergedRegion> merged = new ArrayList<>();
    private final BitSet rows = new BitSet();
    private final BitSet hiddenRows = new BitSet();
    private final Map<Integer, SheetPart.SharedMaster> shared = new HashMap<>();
    private int lastRow = -1;
    private boolean hasFormulas;
    private long cellElements;

    private SheetScanner(byte[] bytes, long maxCellElements) {
        super(bytes);
        this.maxCellElements = maxCellElements;
    }

    /** The worksheet, or {@code null} when the part is not plain enough for this scanner. */
    static SheetPart sheet(byte[] bytes, long maxCellElements) {
        try {
            return new SheetScanner(bytes, maxCellElements).worksheet();
        } catch (NotPlain | NotStreamable | ArrayIndexOutOfBoundsException notPlain) {
            // Out of bounds means XML cut short; StAX names it.
            return null;
        }
    }

    private SheetPart worksheet() {
        prolog();
        startTag();
        if (!isName(WORKSHEET) || !declaresMainAsDefault()) {
            throw notPlain();
        }
        boolean sheetData = false;
        boolean mergeCells = false;
        if (!selfClosing) {
            while (nextChild()) {
                checkChildTag();
                if (!sheetData && isName(SHEET_DATA)) {
                    sheetData = true;
                    children(this::row, ROW);
                } else if (!mergeCells && isName(MERGE_CELLS)) {
                    mergeCells = true;
                    children(this::mergeCell, MERGE_CELL);
                } else {
                    skip();
                }
            }
        }
        requireEnd();
        if (!sheetData) {
            throw notPlain();
        }
        return SheetPart.of(cells, merged, hiddenRows, lastRow, shared, hasFormulas, cellElements);
    }

    /** Reads the children of the element just started: those named {@code name} by {@code read}, others skipped. */
    private void children(Runnable read, byte[] name) {
        if (selfClosing) {
            return;
        }
        while (nextChild()) {
            checkChildTag();
            if (isName(name)) {
                read.run();
            } else {
                skip();
            }
        }
    }

    private void row() {
        long number = unsignedInt(attribute(R), "row number");
        if (number < 1 || number > MAX_ROW_NUMBER) {
            throw notPlain();
        }
        int row = (int) number - 1;
        if (rows.get(row)) {
            throw notPlain();
        }
        rows.set(row);
        lastRow = Math.max(lastRow, row);
        if (bool(attribute(HIDDEN), "row hidden")) {
            hiddenRows.set(row);
        }
        children(() -> cell(row), C);
    }

    private void cell(int row) {
        if (++cellElements > maxCellElements) {
            throw notPlain();
        }
        int column = column(attribute(R));
        RawCell.Type type = type(attribute(T));
        long style = unsignedInt(attribute(S), "style index");
        if (style > Integer.MAX_VALUE) {
            throw notPlain();
        }
        RawCell cell = new RawCell(row, column, type, style < 0 ? 0 : (int) style);
        boolean valueSeen = false;
        if (!selfClosing) {
            while (nextChild()) {
                checkChildTag();
                if (!valueSeen && isName(V)) {
                    valueSeen = true;
                    cell.value = text();
                } else if (cell.formula == null && isName(F)) {
                    cell.formula = formula(cell);
                } else if (!cell.hasInline && isName(IS)) {
                    cell.hasInline = true;
                    cell.inline = richText();
                } else {
                    skip();
                }
            }
        }
        if (cell.formula == null && cell.type == RawCell.Type.NUMBER && cell.value == null) {
            return; // a blank cell: formatting only, no value
        }
        SheetPart.check(cell);
        cells.add(cell);
    }

    private RawCell.Formula formula(RawCell cell) {
        int t = attribute(T);
        String kind = t < 0 ? "normal" : plainValue(t).trim();
        boolean isShared = kind.equals("shared");
        if (!isShared && !kind.equals("normal")) {
            throw notPlain(); // array and data-table formulas: the StAX parser names them
        }
        long si = unsignedInt(attribute(SI), "shared formula index");
        int refAt = attribute(REF);
        String ref = refAt < 0 ? null : plainValue(refAt);
        String text = text();
        hasFormulas = true;
        if (!isShared) {
            return new RawCell.Formula(false, text, -1, ref);
        }
        if (si > Integer.MAX_VALUE) {
            throw notPlain();
        }
        int index = (int) Math.max(si, 0);
        if (ref != null) {
            shared.put(index, SheetPart.master(cell, text, ref));
        }
        return new RawCell.Formula(true, text, index, ref);
    }

    private void mergeCell() {
        int ref = attribute(REF);
        if (ref < 0) {
            throw notPlain();
        }
        merged.add(SheetPart.region(plainValue(ref)));
        skip();
    }

    /** The cell type, as {@link RawCell.Type#of} reads it (an unknown one is the StAX parser's to name). */
    private RawCell.Type type(int k) {
        if (k < 0) {
            return RawCell.Type.NUMBER;
        }
        if (valueIs(k, "s")) {
            return RawCell.Type.SHARED_STRING; // the usual ones without a string made
        }
        if (valueIs(k, "str")) {
            return RawCell.Type.FORMULA_STRING;
        }
        return RawCell.Type.of(plainValue(k));
    }

    /** The 0-based column of a plain A1 reference, as SheetPart's parser reads it. */
    private int column(int k) {
        if (k < 0) {
            throw notPlain();
        }
        requirePlainValue(k);
        int i = attrValue[k];
        int to = attrValueEnd[k];
        int column = 0;
        while (i < to && b[i] >= 'A' && b[i] <= 'Z') {
            column = column * 26 + (b[i] - 'A' + 1);
            i++;
            if (column > MAX_COLUMN + 1) {
                throw notPlain();
            }
        }
        int digits = to - i;
        if (i == attrValue[k] || digits < 1 || digits > 7) {
            throw notPlain();
        }
        for (int j = i; j < to; j++) {
            if (b[j] < '0' || b[j] > '9') {
                throw notPlain();
            }
        }
        return column - 1;
    }
}
