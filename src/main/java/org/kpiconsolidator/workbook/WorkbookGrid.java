package org.kpiconsolidator.workbook;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole workbook as POI-free grids, in sheet order, hidden sheets included (flagged).
 *
 * @param format what the file turned out to be by its content
 * @param sheets every sheet, in workbook order; never empty when read from a file (a workbook
 *     without sheets is unreadable)
 * @param properties document properties worth reporting: {@code producer} (the application that
 *     wrote the file) and the custom properties, by name
 * @param notes facts about how the file was read that a reviewer should hear of
 */
public record WorkbookGrid(SpreadsheetFormat format, List<SheetGrid> sheets, Map<String, String> properties,
        Set<ReadNote> notes) {

    /** Something about how a workbook was read that is worth a finding, though it was read. */
    public enum ReadNote {
        /**
         * The file is encrypted with Excel's built-in default password ("VelvetSweatshop"), which
         * Excel and this reader open without asking.
         */
        DEFAULT_PASSWORD
    }

    public WorkbookGrid {
        sheets = List.copyOf(sheets);
        properties = Map.copyOf(properties);
        notes = Set.copyOf(notes);
    }

    /** A grid read without notes. */
    public WorkbookGrid(SpreadsheetFormat format, List<SheetGrid> sheets, Map<String, String> properties) {
        this(format, sheets, properties, Set.of());
    }
}
