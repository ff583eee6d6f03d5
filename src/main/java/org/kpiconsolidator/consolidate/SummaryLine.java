package org.kpiconsolidator.consolidate;

import java.math.BigDecimal;

/**
 * One row of {@code summary.csv}: a file's unit with its stated and recomputed totals.
 *
 * @param status {@code OK}, {@code DISCREPANCIES}, {@code DUPLICATE}, {@code UNREADABLE} or {@code NOT_A_FORM}
 */
public record SummaryLine(String file, String unit, String group, String status, BigDecimal statedTotal,
        BigDecimal total, long errors, long warnings) {
}
