package org.kpiconsolidator.locate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kpiconsolidator.locate.SheetText.TextCell;
import org.kpiconsolidator.locate.TableHeader.Span;
import org.kpiconsolidator.text.Levels;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.KnownTexts;
import org.kpiconsolidator.workbook.MergedRegion;

/**
 * Finds table headers by the labels of their columns, wherever the table starts and however its
 * header is split: merged across columns, merged over two rows ({@code ค่าคะแนน} over
 * {@code ที่ได้ | ถ่วงน้ำหนัก}), or broken by line breaks. Blank spacer columns get no role.
 */
public final class TableFinder {

    private TableFinder() {
    }

    /**
     * The first header of {@code shape} whose first row lies in sheet rows {@code [fromRow, toRow]}.
     * Empty when there is none.
     */
    public static Optional<TableHeader> find(SheetText sheet, TableShape shape, int fromRow, int toRow) {
        for (int i = sheet.indexAtOrAfter(fromRow); i < sheet.size() && sheet.rowNumber(i) <= toRow; i++) {
            Optional<TableHeader> header = headerAt(sheet, shape, sheet.rowNumber(i), toRow);
            if (header.isPresent()) {
                return header;
            }
        }
        return Optional.empty();
    }

    /** The header of {@code shape} starting at sheet row {@code row}, if that row starts one. */
    public static Optional<TableHeader> headerAt(SheetText sheet, TableShape shape, int row, int lastAllowedRow) {
        List<TextCell> cells = sheet.row(row);
        if (cells.size() < 2) {
            return Optional.empty();
        }
        boolean anyRole = false;
        for (TextCell c : cells) {
            if (shape.roleOf(c.key()) != null) {
                anyRole = true;
                break;
            }
        }
        if (!anyRole) {
            return Optional.empty();
        }
        Candidate one = match(sheet, shape, row, row);
        Candidate two = null;
        int next = nextTextRow(sheet, row);
        if (next == row + 1 && next <= lastAllowedRow && isHeaderLike(sheet, next)) {
            two = match(sheet, shape, row, next);
        }
        Candidate best = one;
        if (two != null && two.complete() && (!one.complete() || two.score > one.score
                || two.score == one.score && continuesHeader(sheet, next, one.header()))) {
            best = two;
        }
        return best.complete() ? Optional.of(best.header) : Optional.empty();
    }

    private static int nextTextRow(SheetText sheet, int row) {
        int i = sheet.indexAtOrAfter(row + 1);
        return i < sheet.size() ? sheet.rowNumber(i) : Integer.MAX_VALUE;
    }

    /**
     * A row that can continue a header: no numbers, no levels, no indicator numbers. Points such as
     * {@code (60 คะแนน)} under {@code ระดับ 1} qualify; a data row never does.
     */
    static boolean isHeaderLike(SheetText sheet, int row) {
        for (TextCell c : sheet.row(row)) {
            if (c.source().isNumber() || Numbers.parse(c.text()) != null || Levels.parse(c.key()) >= 0
                    || IndicatorNumbers.leading(c.key()) != null) {
                return false;
            }
        }
        return true;
    }

    /** Longest text a second header row holds in one cell: header words are short, data text is long. */
    private static final int HEADER_WORD_CHARS = 40;

    /**
     * Whether {@code row} is the lower half of a two-row header: nothing in the table's first column
     * (it is merged from above, or blank), and only short texts.
     */
    private static boolean continuesHeader(SheetText sheet, int row, TableHeader upper) {
        int first = upper.firstColumn();
        for (TextCell c : sheet.row(row)) {
            if (c.column() == first || c.text().length() > HEADER_WORD_CHARS) {
                return false;
            }
        }
        return true;
    }

    private record Candidate(TableHeader header, boolean complete, int score) {
    }

    private static Candidate match(SheetText sheet, TableShape shape, int firstRow, int lastRow) {
        Map<Integer, StringBuilder> composite = new TreeMap<>();
        Map<Integer, TextCell> firstCell = new TreeMap<>();
        for (int r = firstRow; r <= lastRow; r++) {
            for (TextCell c : sheet.row(r)) {
                MergedRegion region = sheet.mergedFrom(r, c.column());
                int from = c.column();
                int to = region != null ? region.lastColumn() : c.column();
                for (int col = from; col <= to; col++) {
                    composite.computeIfAbsent(col, k -> new StringBuilder()).append(' ').append(c.text());
                    firstCell.putIfAbsent(col, c);
                    if (r > firstRow && c.key().contains("คะแนน")) {
                        firstCell.put(col, c); // the points cell under a level header
                    }
                }
            }
        }
        Map<Role, Span> spans = new EnumMap<>(Role.class);
        Map<Role, TextCell> labels = new EnumMap<>(Role.class);
        Map<Role, String> keys = new EnumMap<>(Role.class);
        int points = 0;
        KnownTexts known = KnownTexts.ofThisThread();
        for (Map.Entry<Integer, StringBuilder> e : composite.entrySet()) {
            String key = known.of(e.getValue().toString()).key();
            Role role = shape.roleOf(key);
            if (role == null) {
                continue;
            }
            int col = e.getKey();
            Span existing = spans.get(role);
            if (existing == null) {
                spans.put(role, new Span(col, col));
                labels.put(role, firstCell.get(col));
                keys.put(role, key);
                if (key.contains("คะแนน") && key.startsWith("ระดับ")) {
                    points++;
                }
            } else if (existing.last() == col - 1) {
                spans.put(role, new Span(existing.first(), col));
            }
        }
        boolean complete = spans.keySet().containsAll(shape.required());
        TableHeader header = new TableHeader(shape, firstRow, lastRow, spans, labels, keys);
        return new Candidate(header, complete, spans.size() + points);
    }
}
