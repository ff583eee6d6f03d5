package org.kpiconsolidator.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kpiconsolidator.workbook.GridCell;
import org.kpiconsolidator.workbook.MergedRegion;
import org.kpiconsolidator.workbook.SheetGrid;
import org.kpiconsolidator.workbook.WorkbookGrid;

/**
 * A whole {@link WorkbookGrid} as comparable lines: every sheet with its position and visibility,
 * every cell with every field (kind, text, number with its scale, percent format, formula,
 * evaluation), every merged region and every property. Two readers agree on a file exactly when
 * their lines are equal; a difference shows as the lines that differ.
 */
public final class GridLines {

    private GridLines() {
    }

    public static List<String> of(WorkbookGrid grid) {
        List<String> lines = new ArrayList<>();
        lines.add("format " + grid.format());
        for (Map.Entry<String, String> p : new TreeMap<>(grid.properties()).entrySet()) {
            lines.add("property " + p.getKey() + " = " + p.getValue());
        }
        for (SheetGrid sheet : grid.sheets()) {
            String s = "sheet " + sheet.index() + " '" + sheet.name() + "'";
            // Before anything builds a deferred sheet: the texts it answers for without its cells.
            List<String> texts = new ArrayList<>();
            sheet.anyTextCell(text -> !texts.add(text));
            lines.add(s + " text cells " + texts);
            lines.add(s + (sheet.hidden() ? " hidden" : "") + ", " + sheet.cellCount() + " cells in "
                    + sheet.rowCount() + " rows");
            for (int i = 0; i < sheet.rowCount(); i++) {
                for (GridCell c : sheet.rowAt(i)) {
                    lines.add(s + " " + sheet.ref(c.row(), c.column()).a1() + " " + cell(c));
                }
            }
            for (MergedRegion m : sheet.mergedRegions()) {
                lines.add(s + " merged " + m);
            }
        }
        return lines;
    }

    private static String cell(GridCell c) {
        StringBuilder b = new StringBuilder().append(c.kind()).append(" '").append(c.text()).append('\'');
        if (c.number() != null) {
            b.append(" number=").append(c.number()).append(" scale=").append(c.number().scale());
        }
        if (c.percentFormat()) {
            b.append(" percent");
        }
        if (c.formula() != null) {
            b.append(" formula='").append(c.formula()).append('\'');
        }
        if (c.evaluation() != null) {
            GridCell.Evaluation e = c.evaluation();
            b.append(" evaluates to ").append(e.kind()).append(" '").append(e.text()).append('\'');
            if (e.number() != null) {
                b.append(" scale=").append(e.number().scale());
            }
        }
        return b.toString();
    }
}
