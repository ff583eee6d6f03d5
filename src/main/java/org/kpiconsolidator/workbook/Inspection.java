package org.kpiconsolidator.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.kpiconsolidator.workbook.UnreadableWorkbookException.Reason;

/**
 * What a file is, decided from its content before POI parses it, and the checks that must pass
 * before it may: size on disk, container, format, encryption, and (by streaming) XML size, XML
 * entities and cell count. Throws with a precise reason for every file POI should not open.
 *
 * @param format the container to open
 * @param encryption the encryption found, for messages ({@code ""} when none)
 * @param defaultPassword the file is encrypted with Excel's built-in default password, which opens
 *     it without asking
 */
record Inspection(SpreadsheetFormat format, String encryption, boolean defaultPassword) {

    static final Inspection PLAIN_OOXML = new Inspection(SpreadsheetFormat.OOXML, "", false);

    /**
     * The size of a file that {@link #of} would hand to the OOXML inspection (not empty, not too
     * large, a zip by its first bytes); -1 for any other file, or one that cannot be read.
     */
    static long ooxmlSize(Path file, ReadLimits limits) {
        try {
            long size = Files.size(file);
            if (size == 0 || size > limits.maxFileBytes()) {
                return -1;
            }
            return FileMagic.valueOf(head(file, 4096)) == FileMagic.OOXML ? size : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Inspects a file; returns what to open it as, or throws why it must not be opened. */
    static Inspection of(Path file, ReadLimits limits) throws UnreadableWorkbookException {
        long size;
        byte[] head;
        try {
            size = Files.size(file);
            head = head(file, 4096);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(Reason.IO_ERROR, ioProblem(e), "", e);
        }
        if (size == 0) {
            throw new UnreadableWorkbookException(Reason.EMPTY_FILE, "");
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableWorkbookException(Reason.TOO_LARGE_FILE, megabytes(size),
                    megabytes(limits.maxFileBytes()), null);
        }
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OOXML:
                return OoxmlInspector.inspect(file, size, limits);
            case OLE2:
                return Ole2Inspector.inspect(file, size, limits);
            case BIFF2:
                throw new UnreadableWorkbookException(Reason.OLD_EXCEL, "Excel 2.x (BIFF2)");
            case BIFF3:
                throw new UnreadableWorkbookException(Reason.OLD_EXCEL, "Excel 3.0 (BIFF3)");
            case BIFF4:
                throw new UnreadableWorkbookException(Reason.OLD_EXCEL, "Excel 4.0 (BIFF4)");
            case XML:
                throw xml(head);
            case HTML:
                throw new UnreadableWorkbookException(Reason.WEB_PAGE, "HTML");
            case PDF:
                throw new UnreadableWorkbookException(Reason.OTHER_DOCUMENT, "PDF");
            case RTF:
            case WORD2:
            case MSWRITE:
                throw new UnreadableWorkbookException(Reason.OTHER_DOCUMENT, "Word/RTF");
            case JPEG: case GIF: case PNG: case TIFF: case WMF: case EMF: case BMP:
                throw new UnreadableWorkbookException(Reason.OTHER_DOCUMENT, magic.name());
            default:
                throw unknown(head);
        }
    }

    private static UnreadableWorkbookException xml(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.contains("urn:schemas-microsoft-com:office:spreadsheet") || text.contains("Excel.Sheet")) {
            return new UnreadableWorkbookException(Reason.EXCEL_2003_XML, "XML Spreadsheet 2003");
        }
        return new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, "XML");
    }

    private static UnreadableWorkbookException unknown(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 5 && head[3] == 6) {
            return new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, "empty zip archive");
        }
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.UTF_8)
                .trim().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<table")) {
            return new UnreadableWorkbookException(Reason.WEB_PAGE, "HTML");
        }
        return new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, looksLikeText(head) ? "text" : "unknown");
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The first bytes of a file (fewer when it is shorter). */
    static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    /** A size for a message: {@code 61.2 MB}. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A file-system error for a message, without the path (the finding has it). */
    static String ioProblem(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no longer there";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
