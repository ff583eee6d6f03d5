/**
 * Writers for the outputs of a run: the consolidated workbook and the CSV files, each written to a
 * temporary name and renamed into place.
 */
package org.kpiconsolidator.output;
