package org.kpiconsolidator.workbook;

import java.nio.file.Path;

/**
 * Opens a spreadsheet file read-only and returns its cells as a {@link WorkbookGrid}.
 *
 * <p>The stages above this one see only grids, so a faster streaming implementation can replace
 * the POI usermodel one without touching them. Edge cases: a workbook with zero sheets returns an
 * empty sheet list; an empty sheet returns a grid without rows; a file that cannot be read at all
 * throws {@link UnreadableWorkbookException} with a reason a person can act on. The file is never
 * modified.
 */
public interface WorkbookReader {

    WorkbookGrid read(Path file) throws UnreadableWorkbookException;
}
