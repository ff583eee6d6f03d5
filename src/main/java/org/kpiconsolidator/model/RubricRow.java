package org.kpiconsolidator.model;

import java.io.Serializable;
import java.util.List;
import org.kpiconsolidator.model.constraint.Required;
import org.kpiconsolidator.workbook.CellRef;

/**
 * One row of a rubric table: the thresholds of levels 1 to 5 for one indicator, or for one unit
 * group in a group-specific rubric.
 *
 * @param label the first cell's text
 * @param indicatorNumber the indicator number the label starts with ({@code 1}), or empty
 * @param group the group of a group-specific row, or {@code null}
 * @param thresholds levels 1 to 5, in order; a blank cell is a blank {@link Sourced} and a
 *     MISSING_FIELD finding: every level of a rubric row needs its threshold
 */
public record RubricRow(String label, String indicatorNumber, UnitGroup group, List<@Required Sourced<Threshold>> thresholds,
        CellRef labelCell) implements Serializable {

    public RubricRow {
        thresholds = List.copyOf(thresholds);
    }

    /** Every threshold is a textual milestone rather than a number. */
    public boolean isMilestone() {
        boolean any = false;
        for (Sourced<Threshold> t : thresholds) {
            if (t.isPresent()) {
                if (!t.value().isMilestone()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
