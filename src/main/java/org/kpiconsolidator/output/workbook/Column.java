package org.kpiconsolidator.output.workbook;

/**
 * One column of a table sheet.
 *
 * @param header the header text; {@code \n} breaks it
 * @param kind what the column holds
 * @param maxWidth the widest the column grows, in characters; longer text wraps
 */
record Column(String header, Kind kind, int maxWidth) {
}
