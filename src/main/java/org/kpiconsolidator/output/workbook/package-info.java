/**
 * The consolidated workbook: one class per sheet, written row by row (SXSSF) so the batch size does
 * not decide the heap. {@link org.kpiconsolidator.output.workbook.ConsolidatedWorkbook} is the only
 * public entry; the table, style and label machinery stays package-private.
 */
package org.kpiconsolidator.output.workbook;
