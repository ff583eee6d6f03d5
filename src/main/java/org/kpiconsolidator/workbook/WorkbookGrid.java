package org.kpiconsolidator.workbook;

import java.util.List;
import java.util.Map;

/**
 * A whole workbook as POI-free grids, in sheet order, hidden sheets included (flagged).
 *
 * @param format what the file turned out to be by its content
 * @param sheets every sheet, in workbook order
 * @param properties document properties worth reporting: {@code producer} (the application that
 *     wrote the file) and the custom properties, by name
 */
public record WorkbookGrid(SpreadsheetFormat format, List<SheetGrid> sheets, Map<String, String> properties) {

    public WorkbookGrid {
        sheets = List.copyOf(sheets);
        properties = Map.copyOf(properties);
    }
}
