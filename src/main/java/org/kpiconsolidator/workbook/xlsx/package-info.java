/**
 * A streaming reader for .xlsx workbooks: zip entries parsed into the POI-free grid (worksheets
 * straight from their bytes when they are plain XML, {@link SheetScanner}; everything else with
 * StAX), with formulas evaluated by POI's formula engine over the streamed cells. Whatever it does not cover
 * (array formulas, named ranges in formulas, odd packaging) it hands to the POI usermodel reader.
 */
package org.kpiconsolidator.workbook.xlsx;
