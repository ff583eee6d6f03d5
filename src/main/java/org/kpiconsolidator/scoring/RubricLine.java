package org.kpiconsolidator.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.kpiconsolidator.model.Threshold;

/**
 * The thresholds that score one indicator, from the form's rubric or from the agreement of record.
 *
 * @param thresholds levels 1 to 5; an entry may be {@code null} when the cell was blank
 * @param interpolate scores are interpolated between levels (ช่วงการปรับเกณฑ์การให้คะแนน)
 */
public record RubricLine(List<Threshold> thresholds, boolean interpolate) implements Serializable {

    /** Every level has a numeric threshold, so a measured value can be placed. */
    public boolean isNumeric() {
        if (thresholds.size() != 5) {
            return false;
        }
        for (Threshold t : thresholds) {
            if (t == null || t.value() == null) {
                return false;
            }
        }
        return true;
    }

    /** Lower values are better (complaints, days): the thresholds fall from level 1 to level 5. */
    public boolean isDownward() {
        return isNumeric() && value(5).compareTo(value(1)) < 0;
    }

    /** The numeric threshold of a level 1..5. */
    public BigDecimal value(int level) {
        return thresholds.get(level - 1).value();
    }

    /** Whether the thresholds rise or fall strictly from level 1 to level 5. */
    public boolean isStrictlyMonotonic() {
        if (!isNumeric()) {
            return true;
        }
        int direction = value(2).compareTo(value(1));
        if (direction == 0) {
            return false;
        }
        for (int k = 2; k <= 5; k++) {
            if (value(k).compareTo(value(k - 1)) != direction) {
                return false;
            }
        }
        return true;
    }
}
