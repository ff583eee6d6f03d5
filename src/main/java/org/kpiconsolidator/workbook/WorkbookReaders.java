package org.kpiconsolidator.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.kpiconsolidator.workbook.xlsx.StreamingXlsxReader;

/**
 * The reader a run uses, chosen per file by its content: an OOXML package (.xlsx, .xlsm, whatever
 * its extension) is streamed; everything else (BIFF8 .xls, and files that are not workbooks, which
 * POI's reader names) goes to {@link PoiWorkbookReader}. The streaming reader itself hands to POI
 * the OOXML files it does not cover, so every file gets the same grid, or the same finding, as POI
 * alone would give.
 */
public final class WorkbookReaders {

    private WorkbookReaders() {
    }

    /** The standard reader: streaming for OOXML, POI's usermodel for the rest. */
    public static WorkbookReader standard() {
        WorkbookReader poi = new PoiWorkbookReader();
        return byContent(new StreamingXlsxReader(poi), poi);
    }

    /** A reader that sends OOXML packages to {@code ooxml} and every other file to {@code other}. */
    public static WorkbookReader byContent(WorkbookReader ooxml, WorkbookReader other) {
        return file -> isOoxml(file) ? ooxml.read(file) : other.read(file);
    }

    private static boolean isOoxml(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 16)) {
            return FileMagic.valueOf(in) == FileMagic.OOXML;
        } catch (IOException | RuntimeException e) {
            return false; // empty or unreadable: POI's reader says why
        }
    }
}
