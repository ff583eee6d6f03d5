package org.kpiconsolidator.workbook;

/** What a non-empty cell holds (for a formula cell: what its cached value is). */
public enum CellKind {
    TEXT, NUMBER, BOOLEAN, ERROR
}
