package org.kpiconsolidator.locate;

import java.util.Map;
import java.util.Optional;

/**
 * A located table header: its shape, the one or two sheet rows it spans, and the columns of each
 * role. A role's columns are a span because header cells are often merged across columns; the
 * value of a data row for a role is the first non-empty cell within the span.
 */
public record TableHeader(TableShape shape, int firstRow, int lastRow, Map<Role, Span> columns,
        Map<Role, SheetText.TextCell> labelCells, Map<Role, String> labelKeys) {

    public TableHeader {
        columns = Map.copyOf(columns);
        labelCells = Map.copyOf(labelCells);
        labelKeys = Map.copyOf(labelKeys);
    }

    /** Inclusive 0-based column range. */
    public record Span(int first, int last) {
        public boolean contains(int column) {
            return column >= first && column <= last;
        }
    }

    public boolean has(Role role) {
        return columns.containsKey(role);
    }

    public Optional<Span> span(Role role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** The leftmost column of the table. */
    public int firstColumn() {
        return columns.values().stream().mapToInt(Span::first).min().orElse(0);
    }
}
