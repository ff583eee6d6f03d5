package org.kpiconsolidator.consolidate;

import java.math.BigDecimal;
import org.kpiconsolidator.workbook.CellRef;

/**
 * One row of {@code indicators.csv}: an indicator as stated and as recomputed.
 *
 * @param statedLevel the level written in the result cell, or {@code null} for a measured value
 * @param resultValue the measured value written in the result cell, or {@code null} for a level
 * @param level the level reached, recomputed
 * @param status {@code OK}, {@code MISMATCH} or {@code INCOMPLETE}
 * @param cell where the indicator's results row is, for provenance
 * @param cells where each stated value of the results row was read
 */
public record IndicatorLine(String file, String unit, String component, String indicator, String name,
        BigDecimal weight, Integer statedLevel, BigDecimal resultValue, BigDecimal statedScore,
        BigDecimal statedWeighted, Integer level, BigDecimal score, BigDecimal weighted, String status,
        CellRef cell, Cells cells) {

    /**
     * The source cells of the stated values; a value the form has no place for has {@code null}.
     * A blank value keeps the cell where it should have been written.
     */
    public record Cells(CellRef weight, CellRef result, CellRef score, CellRef weighted) {
    }
}
