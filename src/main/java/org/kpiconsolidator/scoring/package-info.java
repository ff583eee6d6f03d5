/**
 * Pure recomputation of scores, weighted scores, subtotals and totals with {@code BigDecimal}, under
 * a fiscal year's {@link org.kpiconsolidator.scoring.ScoringPolicy}.
 */
package org.kpiconsolidator.scoring;
