package org.kpiconsolidator.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.commons.io.input.XmlStreamReader;
import org.apache.commons.io.output.NullOutputStream;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.kpiconsolidator.workbook.UnreadableWorkbookException.Reason;

/**
 * Checks a zip package before POI opens it: that it is whole, what kind of document it is, and,
 * by streaming every XML part once through POI's zip-bomb guard, that no part declares a DOCTYPE,
 * that the zip directory tells the truth about sizes, and that the XML and the cells stay within
 * the limits. Costs one pass over the XML; holds no more than one parser's buffer.
 */
final class OoxmlInspector {

    private static final String STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    /** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB. */
    private static final int EOCD_SEARCH = 22 + 65_535;
    /**
     * POI's hardened factory, made once per reading thread: making one looks the implementation up
     * on the class path, which cost more than scanning a form's parts; a factory is not promised to
     * be safe to share between threads.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XMLHelper::newXMLInputFactory);

    private OoxmlInspector() {
    }

    static Inspection inspect(Path file, long size, ReadLimits limits) throws UnreadableWorkbookException {
        inspect(file, size, limits, Map.of());
        return Inspection.PLAIN_OOXML;
    }

    /**
     * Whether {@link #inspect} would pass the file, given the parts a streaming read has already
     * parsed and measured ({@code readWhole}: lower-case name with forward slashes, inflated bytes),
     * which are then not read again. {@code false} when it would not, or when the parts read cannot
     * vouch for it (too large for the zip-bomb guard to skip, larger than the zip says, too many
     * possible cells): the caller then runs {@link #inspect} for the verdict.
     */
    static boolean passes(Path file, long size, ReadLimits limits, Map<String, Long> readWhole) {
        try {
            return inspect(file, size, limits, readWhole);
        } catch (UnreadableWorkbookException e) {
            return false;
        }
    }

    /** The inspection; {@code false} when {@code readWhole} cannot vouch for a part it was to spare. */
    private static boolean inspect(Path file, long size, ReadLimits limits, Map<String, Long> readWhole)
            throws UnreadableWorkbookException {
        if (!hasEndOfCentralDirectory(file, size)) {
            throw new UnreadableWorkbookException(Reason.TRUNCATED, "");
        }
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > ZipSecureFile.getMaxFileCount()) {
                throw new UnreadableWorkbookException(Reason.ZIP_BOMB_PARTS, Integer.toString(entries.size()),
                        Long.toString(ZipSecureFile.getMaxFileCount()), null);
            }
            kind(zip, entries);
            return scanXml(zip, entries, limits, readWhole);
        } catch (InvalidZipException e) {
            throw new UnreadableWorkbookException(Reason.CORRUPT, "zip directory: " + e.getMessage(), "", e);
        } catch (IOException e) {
            throw zipProblem(e);
        }
    }

    /** Refuses packages that are valid but not a workbook POI reads: ODS, xlsb, Word, PowerPoint. */
    private static void kind(ZipSecureFile zip, List<ZipArchiveEntry> entries) throws IOException,
            UnreadableWorkbookException {
        List<String> names = new ArrayList<>();
        for (ZipArchiveEntry e : entries) {
            names.add(e.getName().replace('\\', '/').toLowerCase(Locale.ROOT));
        }
        int mimetype = names.indexOf("mimetype");
        if (mimetype >= 0) {
            String type;
            try (InputStream in = zip.getInputStream(entries.get(mimetype))) {
                type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
            }
            if (type.startsWith(ODS_MIMETYPE)) {
                throw new UnreadableWorkbookException(Reason.ODS, "OpenDocument");
            }
            if (type.startsWith("application/vnd.oasis.opendocument")) {
                throw new UnreadableWorkbookException(Reason.OTHER_DOCUMENT, "OpenDocument (" + type + ")");
            }
        }
        if (names.contains("xl/workbook.bin")) {
            throw new UnreadableWorkbookException(Reason.XLSB, "XLSB");
        }
        if (names.contains("word/document.xml")) {
            throw new UnreadableWorkbookException(Reason.OTHER_DOCUMENT, "Word (.docx)");
        }
        if (names.contains("ppt/presentation.xml")) {
            throw new UnreadableWorkbookException(Reason.OTHER_DOCUMENT, "PowerPoint (.pptx)");
        }
        if (!names.contains("[content_types].xml")) {
            throw new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, "zip archive");
        }
    }

    /**
     * Streams the XML parts, but for those in {@code readWhole}; {@code false} as soon as one of
     * those cannot stand for its scan (see {@link #vouches}).
     */
    private static boolean scanXml(ZipSecureFile zip, List<ZipArchiveEntry> entries, ReadLimits limits,
            Map<String, Long> readWhole) throws IOException, UnreadableWorkbookException {
        long declared = 0;
        for (ZipArchiveEntry e : entries) {
            if (isXml(e) && e.getSize() > 0) {
                declared += e.getSize();
            }
        }
        if (declared > limits.maxXmlBytes()) {
            throw tooMuchXml(declared, limits);
        }
        XMLInputFactory factory = FACTORY.get();
        long xmlBytes = 0;
        long cells = 0;
        for (ZipArchiveEntry e : entries) {
            if (!isXml(e)) {
                continue;
            }
            Long bytesRead = readWhole.isEmpty() ? null : readWhole.get(partKey(e.getName()));
            if (bytesRead != null) {
                if (!vouches(e, bytesRead) || bytesRead > ZipSecureFile.getGraceEntrySize() && !inflatesSafely(zip, e)) {
                    return false;
                }
                // A worksheet holds at most one cell per 4 bytes ("<c/>"): a bound, never a count.
                cells += bytesRead / 4;
                xmlBytes += bytesRead;
                if (xmlBytes > limits.maxXmlBytes() || cells > limits.maxCells()) {
                    return false;
                }
                continue;
            }
            try (BoundedInputStream in = BoundedInputStream.builder().setInputStream(zip.getInputStream(e)).get()) {
                // The parser closes its stream at the end of the document; the rest is drained below.
                cells += scanPart(factory, CloseShieldInputStream.wrap(in), e.getName(), limits.maxCells() - cells);
                in.transferTo(NullOutputStream.INSTANCE); // the rest of a part the parser gave up on
                long actual = in.getCount();
                if (e.getSize() >= 0 && actual > e.getSize()) {
                    throw new UnreadableWorkbookException(Reason.ZIP_FALSE_SIZES, e.getName());
                }
                xmlBytes += actual;
            } catch (IOException damaged) {
                if (String.valueOf(damaged.getMessage()).startsWith("Zip bomb detected!")) {
                    throw damaged;
                }
                // A damaged part: POI reads only the parts it needs, so POI decides.
            }
            if (xmlBytes > limits.maxXmlBytes()) {
                throw tooMuchXml(xmlBytes, limits);
            }
            if (cells > limits.maxCells()) {
                if (!readWhole.isEmpty()) {
                    return false; // the count holds bounds: the exact one decides
                }
                throw new UnreadableWorkbookException(Reason.TOO_MANY_CELLS, "> " + limits.maxCells(),
                        Integer.toString(limits.maxCells()), null);
            }
        }
        return true;
    }

    /**
     * Whether a part the streaming read parsed and measured passes as its own scan would, but for
     * the zip-bomb guard's inflate ratio on a part larger than its grace size ({@link #inflatesSafely}):
     * no DTD (the streaming parser stops at one), no more bytes than the zip declares.
     */
    private static boolean vouches(ZipArchiveEntry e, long bytesRead) {
        return (e.getSize() < 0 || bytesRead <= e.getSize()) && bytesRead <= ZipSecureFile.getMaxEntrySize();
    }

    /**
     * Whether a part inflates through POI's zip-bomb guard, which checks the ratio as it goes: the
     * guard's own verdict for a part already parsed, at the cost of inflating it, not parsing it.
     */
    private static boolean inflatesSafely(ZipSecureFile zip, ZipArchiveEntry e) {
        try (InputStream in = zip.getInputStream(e)) {
            in.transferTo(NullOutputStream.INSTANCE);
            return true;
        } catch (IOException bombOrDamage) {
            return false; // the full inspection gives the verdict
        }
    }

    /** A part name as the streaming reader keys it: lower case, forward slashes, no leading slash. */
    private static String partKey(String name) {
        String n = name.replace('\\', '/');
        int from = 0;
        while (from < n.length() && n.charAt(from) == '/') {
            from++;
        }
        return n.substring(from).toLowerCase(Locale.ROOT);
    }

    /**
     * Streams one part: a DOCTYPE anywhere is an entity attack; a Strict workbook is refused; the
     * cells of a worksheet are counted (stopping once past {@code cellsLeft}). XML that does not
     * parse is left for POI to judge, as POI skips some damaged parts.
     */
    private static long scanPart(XMLInputFactory factory, InputStream in, String name, long cellsLeft)
            throws UnreadableWorkbookException {
        long cells = 0;
        XMLStreamReader xml = null;
        try {
            // Decoded here (encoding from the BOM and prolog, bad bytes replaced) rather than by the
            // JDK parser, which prints "[Fatal Error]" to the console on a bad byte.
            xml = factory.createXMLStreamReader(XmlStreamReader.builder().setInputStream(in).get());
            boolean worksheet = false;
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new UnreadableWorkbookException(Reason.XML_ENTITIES, name);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root) {
                    root = false;
                    String local = xml.getLocalName();
                    if ("workbook".equals(local) && STRICT_NAMESPACE.equals(xml.getNamespaceURI())) {
                        throw new UnreadableWorkbookException(Reason.STRICT_OOXML, "Strict Open XML");
                    }
                    worksheet = "worksheet".equals(local);
                    if (!worksheet) {
                        return 0; // only worksheets hold cells; other parts are checked for a DOCTYPE only
                    }
                } else if ("c".equals(xml.getLocalName()) && ++cells > cellsLeft) {
                    return cells;
                }
            }
        } catch (XMLStreamException | IOException e) {
            // Damaged or undeclared-entity XML: POI decides; a DOCTYPE was refused above already.
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new UnreadableWorkbookException(Reason.XML_ENTITIES, name);
            }
        } finally {
            close(xml);
        }
        return cells;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held
            }
        }
    }

    private static boolean isXml(ZipArchiveEntry e) {
        String n = e.getName().toLowerCase(Locale.ROOT);
        return !e.isDirectory() && (n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml"));
    }

    private static UnreadableWorkbookException tooMuchXml(long bytes, ReadLimits limits) {
        return new UnreadableWorkbookException(Reason.TOO_MUCH_XML, Inspection.megabytes(bytes),
                Inspection.megabytes(limits.maxXmlBytes()), null);
    }

    /** POI's zip guard reports its limits in the message only; name the limit that was hit. */
    static UnreadableWorkbookException zipProblem(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("Zip bomb detected!") && m.contains("max. ratio")) {
            return new UnreadableWorkbookException(Reason.ZIP_BOMB_RATIO, entryOf(m),
                    "1:" + Math.round(1 / ZipSecureFile.getMinInflateRatio()), e);
        }
        if (m.startsWith("Zip bomb detected!")) {
            return new UnreadableWorkbookException(Reason.ZIP_BOMB_SIZE, entryOf(m),
                    Inspection.megabytes(ZipSecureFile.getMaxEntrySize()), e);
        }
        if (m.contains("more internal file entries than expected")) {
            return new UnreadableWorkbookException(Reason.ZIP_BOMB_PARTS, "",
                    Long.toString(ZipSecureFile.getMaxFileCount()), e);
        }
        return new UnreadableWorkbookException(Reason.CORRUPT, "zip: " + describe(e), "", e);
    }

    /**
     * A parser's error for a finding: the innermost cause's type and first line, without anything
     * that looks like a path on this machine.
     */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String type = root.getClass().getSimpleName();
        String m = root.getMessage();
        if (m == null || m.isBlank()) {
            return type;
        }
        String line = m.lines().findFirst().orElse("").trim();
        if (line.contains("/") || line.contains("\\") || line.length() > 120) {
            return type;
        }
        return type + ": " + line;
    }

    private static String entryOf(String message) {
        int at = message.lastIndexOf("Entry: ");
        return at < 0 ? "" : message.substring(at + "Entry: ".length()).trim();
    }

    private static boolean hasEndOfCentralDirectory(Path file, long size) throws UnreadableWorkbookException {
        int n = (int) Math.min(size, EOCD_SEARCH);
        byte[] tail = new byte[n];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(size - n);
            raf.readFully(tail);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(Reason.IO_ERROR, Inspection.ioProblem(e), "", e);
        }
        for (int i = n - 22; i >= 0; i--) {
            if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }
}
