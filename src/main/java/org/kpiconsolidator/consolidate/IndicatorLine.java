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
 */
public record IndicatorLine(String file, String unit, String component, String indicator, String name,
        BigDecimal weight, Integer statedLevel, BigDecimal resultValue, BigDecimal statedScore,
        BigDecimal statedWeighted, Integer level, BigDecimal score, BigDecimal weighted, String status,
        CellRef cell) {
}
