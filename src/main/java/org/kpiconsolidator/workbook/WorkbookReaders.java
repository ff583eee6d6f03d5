package org.kpiconsolidator.workbook;

import java.nio.file.Path;
import java.util.Optional;
import org.kpiconsolidator.workbook.xlsx.StreamingXlsxReader;

/**
 * The reader a run uses, chosen per file by its content: an OOXML package (.xlsx, .xlsm, whatever
 * its extension) that passes the same inspection {@link PoiWorkbookReader} makes first (size and
 * XML limits, cell count, no DOCTYPE in any part, not Strict OOXML...) is streamed; everything else
 * (BIFF8 .xls, encrypted files, files that are not workbooks) goes to {@link PoiWorkbookReader}. The
 * streaming reader itself hands to POI the OOXML files it does not cover, so every file gets the
 * same grid, or the same finding, as POI alone would give.
 */
public final class WorkbookReaders {

    private WorkbookReaders() {
    }

    /** The standard reader: streaming for OOXML, POI's usermodel for the rest, within {@link ReadLimits#DEFAULT}. */
    public static WorkbookReader standard() {
        PoiWorkbookReader poi = new PoiWorkbookReader(ReadLimits.DEFAULT);
        ReadLimits limits = ReadLimits.DEFAULT;
        return streamedFirst(byContent(new StreamingXlsxReader(poi, limits), poi, limits), limits);
    }

    /**
     * Streams an OOXML file first and inspects it after, so the inspection need not inflate and
     * parse again the parts the stream has parsed and measured (most of its work on an ordinary
     * form). Only a file that streams and that the inspection then passes is read this way; every
     * other file, hostile ones included, is read by {@code reader} from the start, inspection first,
     * so it gets the same grid or the same finding either way.
     */
    static WorkbookReader streamedFirst(WorkbookReader reader, ReadLimits limits) {
        return new WorkbookReader() {
            @Override
            public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
                long size = file.toFile().toPath().equals(file) ? Inspection.ooxmlSize(file, limits) : -1;
                if (size > 0) {
                    Optional<StreamingXlsxReader.Streamed> streamed =
                            StreamingXlsxReader.streamBeforeInspection(file, limits);
                    if (streamed.isPresent()
                            && OoxmlInspector.passes(file, size, limits, streamed.get().partsReadWhole())) {
                        return streamed.get().grid();
                    }
                }
                return reader.read(file);
            }

            @Override
            public long heapEstimate(Path file) {
                return reader.heapEstimate(file);
            }
        };
    }

    /**
     * A reader that sends the OOXML packages that pass inspection to {@code ooxml} and every other
     * file to {@code other}; a file the inspection refuses is refused with its reason. Heap
     * estimates are {@code other}'s (the streaming reader may hand a file to POI).
     */
    public static WorkbookReader byContent(WorkbookReader ooxml, WorkbookReader other, ReadLimits limits) {
        return new WorkbookReader() {
            @Override
            public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
                if (!file.toFile().toPath().equals(file)) {
                    // A name the platform cannot spell (bytes that are not UTF-8): POI's reader reads a copy.
                    return other.read(file);
                }
                Inspection inspection = Inspection.of(file, limits);
                boolean plainOoxml = inspection.format() == SpreadsheetFormat.OOXML && !inspection.defaultPassword()
                        && inspection.encryption().isEmpty();
                return plainOoxml ? ooxml.read(file) : other.read(file);
            }

            @Override
            public long heapEstimate(Path file) {
                return other.heapEstimate(file);
            }
        };
    }
}
