package org.kpiconsolidator.testing;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * A change to where and how the renderer writes rows: inserted notes, dropped rows, merged or split
 * headers. The renderer calls every variation of the {@link Layout} for every row it is about to write.
 * Rows a variation writes itself (through {@link FormWriter#writeRow}) do not call variations again.
 */
public interface LayoutVariation {

    /** Whether to write this row at all; dropping {@link RowKind#BLANK} rows removes spacing. */
    default boolean keep(RowKind kind, FormWriter out) {
        return true;
    }

    /**
     * The cells to write for a kept row, given the cells the renderer means to write; may return a
     * changed copy (spacer columns, text noise, numbers typed as text). Never called for blank rows.
     */
    default List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
        return cells;
    }

    /** Called before a kept row is written; may write extra rows. */
    default void beforeRow(RowKind kind, FormWriter out) {
    }

    /** Called after a kept non-blank row was written; may change it or write extra rows. */
    default void afterRow(RowKind kind, Row row, FormWriter out) {
    }

    /** Writes {@code cells} as an extra row before every row of {@code kind}. */
    static LayoutVariation insertRowBefore(RowKind kind, List<?> cells) {
        return new LayoutVariation() {
            @Override
            public void beforeRow(RowKind current, FormWriter out) {
                if (current == kind) {
                    out.writeRow(cells);
                }
            }
        };
    }

    /** Leaves out every row of {@code kind}. */
    static LayoutVariation dropRows(RowKind kind) {
        return new LayoutVariation() {
            @Override
            public boolean keep(RowKind current, FormWriter out) {
                return current != kind;
            }
        };
    }
}
