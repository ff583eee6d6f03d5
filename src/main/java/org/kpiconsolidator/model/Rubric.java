package org.kpiconsolidator.model;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.workbook.CellRef;

/**
 * A rubric table (เกณฑ์การให้คะแนน) as the form prints it.
 *
 * @param headerCell the first cell of the header row
 * @param interpolate the line {@code ช่วงการปรับเกณฑ์การให้คะแนน} is present: scores are interpolated
 * @param groupSpecific the first header is {@code กลุ่มหน่วยงาน}: one row per unit group
 * @param levels the level columns of the header, in order of level
 */
public record Rubric(CellRef headerCell, boolean interpolate, boolean groupSpecific, List<RubricLevel> levels,
        List<@Valid RubricRow> rows) implements Serializable {

    public Rubric {
        levels = List.copyOf(levels);
        rows = List.copyOf(rows);
    }

    /** The row of an indicator number, or the only row when the rubric has one. */
    public Optional<RubricRow> rowFor(String indicatorNumber) {
        for (RubricRow row : rows) {
            if (!indicatorNumber.isEmpty() && indicatorNumber.equals(row.indicatorNumber())) {
                return Optional.of(row);
            }
        }
        return rows.size() == 1 && !groupSpecific ? Optional.of(rows.get(0)) : Optional.empty();
    }

    /** The row of a unit group in a group-specific rubric. */
    public Optional<RubricRow> rowFor(UnitGroup group) {
        return rows.stream().filter(r -> r.group() == group).findFirst();
    }
}
