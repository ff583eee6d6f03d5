package org.kpiconsolidator.output.workbook;

/** A heading over a group of columns in the first header row ({@code คำนวณใหม่} over the recomputed ones). */
record Band(String text, int firstColumn, int lastColumn) {
}
