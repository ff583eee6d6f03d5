package org.kpiconsolidator.workbook;

import java.nio.file.Path;

/**
 * Opens a spreadsheet file read-only and returns its cells as a {@link WorkbookGrid}.
 *
 * <p>The stages above this one see only grids, so a faster streaming implementation can replace
 * the POI usermodel one without touching them. Edge cases: an empty sheet returns a grid without
 * rows; a file that cannot be read at all (including a workbook with zero sheets, which Excel
 * refuses too) throws {@link UnreadableWorkbookException} with a reason a person can act on. The
 * file is never modified. Implementations are safe to call from several threads at once.
 */
public interface WorkbookReader {

    WorkbookGrid read(Path file) throws UnreadableWorkbookException;

    /**
     * About how much heap {@link #read} needs for this file, in bytes, from facts that cost little
     * to get (its size, a zip's directory). Used to schedule reads so a batch fits a fixed heap;
     * never throws, and errs on the high side when unsure.
     */
    default long heapEstimate(Path file) {
        return 0;
    }
}
