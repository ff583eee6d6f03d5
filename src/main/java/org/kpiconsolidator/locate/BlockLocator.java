package org.kpiconsolidator.locate;

import java.util.ArrayList;
import java.util.List;
import org.kpiconsolidator.locate.SheetText.TextCell;
import org.kpiconsolidator.text.ThaiText;
import org.kpiconsolidator.workbook.SheetGrid;

/**
 * Splits a sheet into form blocks. A block is anchored by its {@code องค์ประกอบที่ N} label; it
 * starts at the title lines just above the anchor ({@code แบบฟอร์มการรายงาน}, the fiscal-year
 * title, {@code หน่วยงาน}, {@code กลุ่มหน่วยงาน}, blank rows) and ends before the next block starts.
 * Cover lines and notes above the first block belong to no block. A sheet without an anchor has no
 * blocks.
 */
public final class BlockLocator {

    private BlockLocator() {
    }

    public static List<BlockRegion> locate(SheetText sheet) {
        List<Integer> anchors = new ArrayList<>();
        List<TextCell> anchorCells = new ArrayList<>();
        for (int i = 0; i < sheet.size(); i++) {
            TextCell anchor = componentLabel(sheet.cellsAt(i));
            if (anchor != null) {
                anchors.add(i);
                anchorCells.add(anchor);
            }
        }
        List<Integer> starts = new ArrayList<>(anchors.size());
        for (int a = 0; a < anchors.size(); a++) {
            int floor = a == 0 ? 0 : anchors.get(a - 1) + 1;
            int start = anchors.get(a);
            for (int i = anchors.get(a) - 1; i >= floor; i--) {
                if (!isTitleLine(sheet.cellsAt(i))) {
                    break;
                }
                start = i;
            }
            starts.add(start);
        }
        List<BlockRegion> blocks = new ArrayList<>(anchors.size());
        for (int a = 0; a < anchors.size(); a++) {
            int first = sheet.rowNumber(starts.get(a));
            int last = a + 1 < anchors.size()
                    ? sheet.rowNumber(starts.get(a + 1)) - 1
                    : sheet.rowNumber(sheet.size() - 1);
            blocks.add(new BlockRegion(sheet, first, last, anchorCells.get(a)));
        }
        return blocks;
    }

    /**
     * Whether a sheet has a cell {@link #locate} would anchor a block on, looked at before its text
     * is normalised: a sheet of other content (an activity log, data) then costs a look at the
     * first letter of each text, and a reader that deferred its cells never builds them. Only a
     * text whose key may start with the label's first letter gets a key; only text cells can
     * hold the label.
     */
    public static boolean hasAnchor(SheetGrid sheet) {
        char first = Label.COMPONENT.key().charAt(0);
        return sheet.anyTextCell(raw -> {
            if (raw == null || !ThaiText.mayKeyStartWith(raw, first)) {
                return false;
            }
            String key = ThaiText.keyOf(raw);
            return Label.COMPONENT.matches(key) && componentNumberOf(key) > 0;
        });
    }

    /** The cell holding an {@code องค์ประกอบที่ N} label, or {@code null}. */
    private static TextCell componentLabel(List<TextCell> row) {
        for (TextCell c : row) {
            if (Label.COMPONENT.matches(c.key()) && componentNumberOf(c.key()) > 0) {
                return c;
            }
        }
        return null;
    }

    /** The N of {@code องค์ประกอบที่N...}, or -1. */
    public static int componentNumberOf(String key) {
        int i = Label.COMPONENT.key().length();
        int n = 0;
        int digits = 0;
        while (i < key.length() && Character.isDigit(key.charAt(i)) && digits < 3) {
            n = n * 10 + (key.charAt(i) - '0');
            i++;
            digits++;
        }
        return digits == 0 ? -1 : n;
    }

    private static boolean isTitleLine(List<TextCell> row) {
        Label label = Label.of(row.get(0).key());
        return label == Label.FORM_TITLE || label == Label.TITLE || label == Label.UNIT || label == Label.GROUP;
    }
}
