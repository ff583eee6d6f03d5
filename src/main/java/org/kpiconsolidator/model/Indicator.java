package org.kpiconsolidator.model;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.Optional;
import org.kpiconsolidator.workbook.CellRef;

/**
 * One indicator of a block with everything the form says about it, joined by its number: the
 * results row, the rubric row that scores it, and the summary and detail rows when present.
 *
 * @param number the number as printed ({@code 1}, {@code 5.1}), or the component number for a
 *     block whose single indicator is unnumbered
 * @param cell where the indicator's results row starts
 * @param name the indicator's name, from the rubric, summary or detail table
 */
public record Indicator(String number, CellRef cell, String name, @Valid ResultRow results,
        Optional<RubricRow> rubricRow, Optional<@Valid SummaryRow> summary, Optional<@Valid DetailEntry> detail) implements Serializable {
}
