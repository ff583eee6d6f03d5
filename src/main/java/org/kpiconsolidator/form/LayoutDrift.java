package org.kpiconsolidator.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.locate.BlockRegion;
import org.kpiconsolidator.locate.SheetText;
import org.kpiconsolidator.locate.TableHeader;
import org.kpiconsolidator.workbook.CellRef;

/**
 * How a block's layout differs from the template's (which mirrors the seed form): tables that do not
 * start in column A, rows inserted or removed between a section's label and its table, headers over
 * two rows, blank spacer columns inside a table. Reported in the files sheet so a reviewer sees how
 * far a submission drifted from the form; it never changes what is read.
 */
final class LayoutDrift {

    /** Rows between a section label and its table in the template: the label, then one blank row. */
    private static final int LABEL_TO_TABLE = 2;

    private LayoutDrift() {
    }

    static List<String> of(SheetText sheet, BlockRegion region, int rubricLabel, Optional<TableHeader> rubric,
            int resultsLabel, Optional<TableHeader> results, int summaryTitle, Optional<TableHeader> summary,
            int detailTitle, List<TableHeader> details) {
        List<String> notes = new ArrayList<>();
        String where = "block at " + sheet.sheetName() + "!" + new CellRef(sheet.sheetName(), region.anchor().row(),
                region.anchor().column()).a1();
        rubric.ifPresent(h -> table(notes, "rubric", h, rubricLabel, rubricLabel < 0 ? -1 : gapAfterRubricLabel(sheet,
                rubricLabel, h)));
        results.ifPresent(h -> table(notes, "results", h, resultsLabel, LABEL_TO_TABLE));
        summary.ifPresent(h -> table(notes, "summary", h, summaryTitle, LABEL_TO_TABLE));
        if (!details.isEmpty()) {
            table(notes, "detail", details.get(0), detailTitle, LABEL_TO_TABLE);
        }
        List<String> prefixed = new ArrayList<>(notes.size());
        for (String n : notes) {
            prefixed.add(where + ": " + n);
        }
        return prefixed;
    }

    /** The rubric table follows its label directly, or after the adjustment line. */
    private static int gapAfterRubricLabel(SheetText sheet, int labelRow, TableHeader h) {
        int expected = 1;
        for (SheetText.TextCell c : sheet.row(labelRow + 1)) {
            if (c.key().contains("ช่วงการปรับเกณฑ์")) {
                expected = 2;
            }
        }
        return expected;
    }

    private static void table(List<String> notes, String name, TableHeader h, int labelRow, int expectedGap) {
        if (h.firstColumn() != 0) {
            notes.add("the " + name + " table starts in column " + CellRef.columnName(h.firstColumn())
                    + " instead of A");
        }
        if (labelRow < 0) {
            notes.add("the " + name + " table has no label line above it");
        } else if (expectedGap > 0) {
            int extra = h.firstRow() - labelRow - expectedGap;
            if (extra > 0) {
                notes.add(extra + (extra == 1 ? " row" : " rows") + " inserted above the " + name + " table");
            } else if (extra < 0) {
                notes.add(-extra + (extra == -1 ? " row" : " rows") + " removed above the " + name + " table");
            }
        }
        if (h.lastRow() > h.firstRow()) {
            notes.add("the " + name + " table's header spans two rows");
        }
        int first = h.firstColumn();
        int last = h.columns().values().stream().mapToInt(TableHeader.Span::last).max().orElse(first);
        int covered = h.columns().values().stream().mapToInt(s -> s.last() - s.first() + 1).sum();
        int gaps = last - first + 1 - covered;
        if (gaps > 0) {
            notes.add(gaps + (gaps == 1 ? " blank column" : " blank columns") + " inside the " + name + " table");
        }
    }
}
