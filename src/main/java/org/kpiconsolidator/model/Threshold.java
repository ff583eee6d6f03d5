package org.kpiconsolidator.model;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One rubric cell: the value a result must meet for a level, or a textual milestone
 * ({@code ดำเนินการขั้นตอนที่ 1-3}) when {@code value} is {@code null}.
 *
 * @param orBeyond the cell says the level also covers everything past it ({@code ≤ 60} on the first
 *     level of an upward rubric)
 */
public record Threshold(BigDecimal value, String text, boolean orBeyond) implements Serializable {

    public boolean isMilestone() {
        return value == null;
    }
}
