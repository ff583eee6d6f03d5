package org.kpiconsolidator.workbook;

/** The container a workbook was read from, decided by content, never by extension. */
public enum SpreadsheetFormat {
    /** Office Open XML: .xlsx, .xlsm, .xltx, .xltm. */
    OOXML,
    /** Excel 97-2003 BIFF8 in an OLE2 container: .xls. */
    BIFF8
}
