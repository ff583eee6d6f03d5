package org.kpiconsolidator.output.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFVMLDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose sheets' rows are written as bytes and deflated on the threads that
 * write them ({@link ByteSheetData}), and whose zip takes those deflated rows as they are, between
 * the XML before and after them, deflated on their own: POI's workbook inflates every sheet's rows
 * again at the end and deflates them anew, one sheet after another, which for a national batch is
 * half a gigabyte of XML on one core. The parts that are not rows are deflated at the quickest
 * level. Cell comments are written from their texts ({@link SheetComments}), not built as XML Beans
 * objects. The XML is the same as POI's (a test compares every part).
 *
 * <p>Sheets are created on one thread; rows may then be written on several, a sheet per thread.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    private static final byte[] EMPTY_SHEET_DATA = ascii("<sheetData/>");
    private static final byte[] SHEET_DATA = ascii("<sheetData>");
    private static final byte[] SHEET_DATA_END = ascii("</sheetData>");

    /** The row writers of the sheets made by {@link #createSheet}, by sheet name. */
    private final Map<String, ByteSheetData> rows = new HashMap<>();
    /** The comments of the sheets that have any, by sheet name. */
    private final Map<String, SheetComments> comments = new HashMap<>();
    /** The parts {@link SheetComments} writes, by zip entry name. */
    private final Map<String, SheetComments> commentParts = new HashMap<>();
    /**
     * The writer made last. Set while POI's constructor runs too (for the template's sheets), so
     * it has no initializer, which would run after that and forget it.
     */
    private ByteSheetData made;

    StreamedWorkbook(XSSFWorkbook template, int window) {
        super(template, window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        made = new ByteSheetData();
        return made;
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        rows.put(sheet.getSheetName(), made);
        return sheet;
    }

    /**
     * Adds a comment to a sheet of this workbook. The sheet's first is also made through POI's
     * drawing API, so that POI gives the sheet its comments part and VML drawing, with their
     * relationships, content types and the sheet's {@code legacyDrawing}; what those parts hold is
     * then written by {@link SheetComments}. One comment to a cell.
     */
    synchronized void comment(Sheet sheet, SheetComments.Comment comment) {
        SheetComments of = comments.get(sheet.getSheetName());
        if (of == null) {
            ClientAnchor anchor = getCreationHelper().createClientAnchor();
            anchor.setCol1(comment.firstColumn());
            anchor.setRow1(comment.firstRow());
            anchor.setCol2(comment.lastColumn());
            anchor.setRow2(comment.lastRow());
            sheet.createDrawingPatriarch().createCellComment(anchor).setAuthor(SheetComments.AUTHOR);
            of = new SheetComments(partOf(sheet, CommentsTable.class), partOf(sheet, XSSFVMLDrawing.class));
            comments.put(sheet.getSheetName(), of);
            commentParts.put(of.commentsPart(), of);
            commentParts.put(of.vmlPart(), of);
        }
        of.add(comment);
    }

    /** The zip entry of the sheet's related part of a kind. */
    private String partOf(Sheet sheet, Class<? extends POIXMLDocumentPart> kind) {
        for (POIXMLDocumentPart.RelationPart related : getXSSFWorkbook().getSheet(sheet.getSheetName()).getRelationParts()) {
            if (kind.isInstance(related.getDocumentPart())) {
                return related.getDocumentPart().getPackagePart().getPartName().getName().substring(1);
            }
        }
        throw new IllegalStateException("no " + kind.getSimpleName() + " made for " + sheet.getSheetName());
    }

    /** The content of a part {@link SheetComments} writes, or {@code null}. */
    private synchronized byte[] commentContent(String entry) {
        SheetComments of = commentParts.get(entry);
        if (of == null) {
            return null;
        }
        return entry.equals(of.commentsPart()) ? of.commentsXml() : of.vmlXml();
    }

    /**
     * Commons Compress's zip writer, which takes entries deflated elsewhere, rather than POI's own
     * (which writes every entry for Zip64, and cannot); Zip64 records only where an entry needs
     * them, as POI wrote before it had its own.
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /** Writes the template's parts, each sheet with its rows in its {@code sheetData}. */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try {
            Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
                if (sheet == null || sheet instanceof XSSFChartSheet) {
                    byte[] content = commentContent(entry.getName());
                    if (content != null) {
                        zip.putArchiveEntry(entryLike(entry));
                        zip.write(content);
                        zip.closeArchiveEntry();
                    } else {
                        copy(source, entry, zip);
                    }
                    continue;
                }
                Splice splice = Splice.of(read(source, entry), entry.getName());
                ByteSheetData data = rows.get(sheet.getSheetName());
                if (data != null) {
                    joined(entry, splice, data, zip);
                } else {
                    // A sheet of the template: its writer is POI's to find, its rows few.
                    zip.putArchiveEntry(entryLike(entry));
                    zip.write(splice.head);
                    try (InputStream xml = getSheet(sheet.getSheetName()).getWorksheetXMLInputStream()) {
                        xml.transferTo(zip);
                    }
                    zip.write(splice.tail);
                    zip.closeArchiveEntry();
                }
            }
        } finally {
            zip.finish();
            source.close();
        }
    }

    /** The sheet as one deflate stream: the XML before the rows, the rows as deflated, the XML after. */
    private static void joined(ZipArchiveEntry entry, Splice splice, ByteSheetData data, ZipArchiveOutputStream zip)
            throws IOException {
        data.close();
        RawDeflate rows = data.deflated();
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        RawDeflate head = deflate(splice.head, headBytes);
        ByteArrayOutputStream tailBytes = new ByteArrayOutputStream();
        RawDeflate tail = deflate(splice.tail, tailBytes);
        ZipArchiveEntry out = entryLike(entry);
        out.setMethod(ZipEntry.DEFLATED);
        out.setSize(head.plainLength() + rows.plainLength() + tail.plainLength());
        // The head and the rows without their final blocks; the tail, whole, ends the stream.
        out.setCompressedSize(head.joinableLength() + rows.joinableLength() + tailBytes.size());
        long crc = JoinedCrc.of(head.crc(), rows.crc(), rows.plainLength());
        out.setCrc(JoinedCrc.of(crc, tail.crc(), tail.plainLength()));
        InputStream headRaw = new ByteArrayInputStream(headBytes.toByteArray(), 0, (int) head.joinableLength());
        try (InputStream raw = new SequenceInputStream(Collections.enumeration(
                List.of(headRaw, data.joinable(), new ByteArrayInputStream(tailBytes.toByteArray()))))) {
            zip.addRawArchiveEntry(out, raw);
        }
    }

    private static RawDeflate deflate(byte[] xml, ByteArrayOutputStream into) throws IOException {
        RawDeflate deflate = new RawDeflate(into);
        deflate.write(xml, 0, xml.length);
        deflate.close();
        return deflate;
    }

    private static void copy(ZipEntrySource source, ZipArchiveEntry entry, ZipArchiveOutputStream zip)
            throws IOException {
        ZipArchiveEntry out = entryLike(entry);
        if (entry.getSize() >= 0) {
            out.setSize(entry.getSize());
        }
        zip.putArchiveEntry(out);
        try (InputStream in = unguarded(source.getInputStream(entry))) {
            in.transferTo(zip);
        }
        zip.closeArchiveEntry();
    }

    private static byte[] read(ZipEntrySource source, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = unguarded(source.getInputStream(entry))) {
            return in.readAllBytes();
        }
    }

    /** As POI does: its zip-bomb guard is for what is read, not for the template it wrote itself. */
    private static InputStream unguarded(InputStream in) {
        if (in instanceof ZipArchiveThresholdInputStream guarded) {
            guarded.setGuardState(false);
        }
        return in;
    }

    private static ZipArchiveEntry entryLike(ZipArchiveEntry entry) {
        ZipArchiveEntry out = new ZipArchiveEntry(entry.getName());
        if (entry.getTime() >= 0) {
            out.setTime(entry.getTime());
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A template sheet's XML cut where the rows go, as POI cuts it: an empty {@code <sheetData/>}
     * opened (with a line break after it), or before the end of a {@code <sheetData>} that holds
     * the template's own rows.
     */
    private record Splice(byte[] head, byte[] tail) {

        static Splice of(byte[] xml, String part) throws IOException {
            int empty = indexOf(xml, EMPTY_SHEET_DATA, 0);
            if (empty >= 0) {
                byte[] opened = ascii("<sheetData>\n");
                return new Splice(concat(xml, 0, empty, opened),
                        concat(SHEET_DATA_END, xml, empty + EMPTY_SHEET_DATA.length));
            }
            int start = indexOf(xml, SHEET_DATA, 0);
            int end = start < 0 ? -1 : indexOf(xml, SHEET_DATA_END, start);
            if (end < 0) {
                throw new IOException(part + ": the sheet has no sheetData for its rows");
            }
            return new Splice(java.util.Arrays.copyOfRange(xml, 0, end),
                    java.util.Arrays.copyOfRange(xml, end, xml.length));
        }

        private static byte[] concat(byte[] a, int from, int to, byte[] b) {
            byte[] out = java.util.Arrays.copyOf(java.util.Arrays.copyOfRange(a, from, to), to - from + b.length);
            System.arraycopy(b, 0, out, to - from, b.length);
            return out;
        }

        private static byte[] concat(byte[] a, byte[] b, int from) {
            byte[] out = java.util.Arrays.copyOf(a, a.length + b.length - from);
            System.arraycopy(b, from, out, a.length, b.length - from);
            return out;
        }

        private static int indexOf(byte[] data, byte[] pattern, int from) {
            outer:
            for (int i = from; i <= data.length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
