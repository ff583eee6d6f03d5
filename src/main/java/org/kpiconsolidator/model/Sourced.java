package org.kpiconsolidator.model;

import java.io.Serializable;
import org.kpiconsolidator.workbook.CellRef;

/**
 * A value read from a form together with the text it was read from and the cell it came from, so
 * every finding can point at the cell a reviewer must look at.
 *
 * @param value the parsed value; {@code null} when the cell is blank or could not be read
 * @param raw the cell's normalised text; empty when the cell is blank
 * @param cell where the value is (or, when blank, where it should have been); {@code null} only
 *     when the form has no place for it at all
 */
public record Sourced<T>(T value, String raw, CellRef cell) implements Serializable {

    public Sourced {
        raw = raw == null ? "" : raw;
    }

    public static <T> Sourced<T> of(T value, String raw, CellRef cell) {
        return new Sourced<>(value, raw, cell);
    }

    /** Nothing written at {@code cell}. */
    public static <T> Sourced<T> blank(CellRef cell) {
        return new Sourced<>(null, "", cell);
    }

    /** The cell is empty. */
    public boolean isBlank() {
        return raw.isEmpty() && value == null;
    }

    /** A value was read. */
    public boolean isPresent() {
        return value != null;
    }

    /** Something is written but it could not be read as a value of this kind. */
    public boolean isUnreadable() {
        return value == null && !raw.isEmpty();
    }
}
