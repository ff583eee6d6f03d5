package org.kpiconsolidator.locate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kpiconsolidator.locate.SheetText.TextCell;
import org.kpiconsolidator.locate.TableHeader.Span;

/**
 * One sheet row read against a table header: for each role, the first non-empty cell within the
 * role's column span.
 */
public record TableRow(int row, Map<Role, TextCell> cells, List<TextCell> all) {

    /** Reads sheet row {@code row} against {@code header}. */
    public static TableRow of(SheetText sheet, TableHeader header, int row) {
        List<TextCell> all = sheet.row(row);
        Map<Role, TextCell> byRole = new EnumMap<>(Role.class);
        for (Map.Entry<Role, Span> e : header.columns().entrySet()) {
            for (TextCell c : all) {
                if (e.getValue().contains(c.column())) {
                    byRole.put(e.getKey(), c);
                    break;
                }
            }
        }
        return new TableRow(row, byRole, all);
    }

    /** The cell of a role, or {@code null} when empty. */
    public TextCell get(Role role) {
        return cells.get(role);
    }

    public boolean has(Role role) {
        return cells.containsKey(role);
    }

    /** The label that the row's first cell starts, or {@code null}: such a row opens a new section. */
    public Label sectionLabel() {
        return all.isEmpty() ? null : Label.of(all.get(0).key());
    }
}
