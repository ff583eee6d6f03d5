package org.kpiconsolidator.workbook.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kpiconsolidator.workbook.ReadLimits;

/**
 * The zip container of an OOXML file: its parts by name and their relationships, read with explicit
 * safety limits. Anything past a limit, or a zip that does not open, is {@link NotStreamable}: the
 * caller then hands the file to POI, whose own limits decide (so there is one verdict on a hostile
 * file, not two).
 *
 * <p>The limits: at most {@value #MAX_ENTRIES} zip entries; one part inflates to at most
 * {@value #MAX_INFLATE_RATIO} times its compressed size (POI's default minimum inflate ratio is
 * 0.01, the same bound) once past {@link #RATIO_GRACE_BYTES}, and to at most
 * {@link #MAX_PART_BYTES}; all parts read from one file inflate to at most {@link #MAX_TOTAL_BYTES}.
 * Sizes are counted on the bytes actually inflated, never taken from the zip headers.
 *
 * <p>A part closed after it was read is read to its end (up to {@link #WHOLE_PART_BYTES}), so
 * {@link #partsReadWhole} can tell an inspection which parts it need not inflate and parse again.
 */
final class XlsxPackage implements Closeable {

    static final int MAX_ENTRIES = 10_000;
    static final int MAX_INFLATE_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1L << 20;
    static final long MAX_PART_BYTES = 256L << 20;
    static final long MAX_TOTAL_BYTES = 1L << 30;
    /**
     * Parts up to this size are read to their end on closing, so the inspection need not parse them
     * again (past POI's grace size it only inflates them, through POI's zip-bomb guard).
     */
    static final long WHOLE_PART_BYTES = MAX_PART_BYTES;

    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /** A relationship of a part; {@code target} is the resolved part name, {@code null} when external. */
    record Relationship(String id, String type, String target) {
    }

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final long maxTotalBytes;
    private final Map<String, Long> readWhole = new HashMap<>();
    private long inflated;

    private XlsxPackage(ZipFile zip, Map<String, ZipEntry> entries, long maxTotalBytes) {
        this.zip = zip;
        this.entries = entries;
        this.maxTotalBytes = maxTotalBytes;
    }

    static XlsxPackage open(Path file) {
        return open(file, MAX_TOTAL_BYTES);
    }

    /** @param maxTotalBytes the most all parts read may inflate to, at most {@link #MAX_TOTAL_BYTES} */
    static XlsxPackage open(Path file, long maxTotalBytes) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new NotStreamable("the zip does not open", e);
        }
        try {
            Map<String, ZipEntry> entries = new HashMap<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            int count = 0;
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new NotStreamable("more than " + MAX_ENTRIES + " zip entries");
                }
                if (e.isDirectory()) {
                    continue;
                }
                // Part names are case-insensitive (OPC); some writers use backslashes.
                if (entries.put(key(e.getName()), e) != null) {
                    throw new NotStreamable("two zip entries named " + e.getName());
                }
            }
            if (!entries.containsKey("[content_types].xml")) {
                throw new NotStreamable("no [Content_Types].xml: not an OOXML package");
            }
            return new XlsxPackage(zip, entries, Math.min(maxTotalBytes, MAX_TOTAL_BYTES));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e instanceof NotStreamable n ? n : new NotStreamable("the zip directory is damaged", e);
        }
    }

    /**
     * The parts opened and read to their end, by name as {@link #key} spells it (lower case,
     * forward slashes), with the bytes they inflated to: only parts of at most
     * {@link #WHOLE_PART_BYTES}, every one of them parsed at least to its root element.
     */
    Map<String, Long> partsReadWhole() {
        return Map.copyOf(readWhole);
    }

    /**
     * Reads each XML part not read yet (of at most {@link #WHOLE_PART_BYTES}) as an inspection
     * does, to its root element, and then to its end, so that {@link #partsReadWhole} holds it too.
     * A part that does not parse that far, declares a DTD, or is a Strict OOXML workbook is left
     * out: the inspection reads it itself and names what is wrong.
     */
    void readOtherXmlParts() {
        for (Map.Entry<String, ZipEntry> e : entries.entrySet()) {
            String part = e.getKey();
            if (readWhole.containsKey(part) || !isXmlPart(part) || e.getValue().getSize() > WHOLE_PART_BYTES) {
                continue;
            }
            boolean clean = false;
            try (InputStream in = open(part)) {
                XMLStreamReader r = Xml.reader(in);
                try {
                    Xml.toRoot(r);
                    clean = !("workbook".equals(r.getLocalName()) && STRICT_NS.equals(r.getNamespaceURI()));
                } finally {
                    r.close();
                }
            } catch (IOException | XMLStreamException | RuntimeException notClean) {
                // left to the inspection
            }
            if (!clean) {
                readWhole.remove(part);
            }
        }
    }

    /** The parts an inspection parses: XML, relationships and VML drawings. */
    private static boolean isXmlPart(String part) {
        return part.endsWith(".xml") || part.endsWith(".rels") || part.endsWith(".vml");
    }

    /** A part name as this package looks it up: lower case, forward slashes, no leading slash. */
    static String key(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    boolean has(String part) {
        return entries.containsKey(key(part));
    }

    /** The inflated content of a part, within the limits; the caller closes it. */
    InputStream open(String part) {
        ZipEntry entry = entries.get(key(part));
        if (entry == null) {
            throw new NotStreamable("no part " + part);
        }
        long compressed = Math.max(entry.getCompressedSize(), 0);
        long limit = Math.min(MAX_PART_BYTES, Math.max(RATIO_GRACE_BYTES, compressed * MAX_INFLATE_RATIO));
        try {
            return new Limited(zip.getInputStream(entry), key(part), limit);
        } catch (IOException | RuntimeException e) {
            throw new NotStreamable("part " + part + " does not inflate", e);
        }
    }

    /** The relationships of a part ({@code ""} for the package's own), empty when it has none. */
    List<Relationship> relationships(String part) {
        int slash = part.lastIndexOf('/');
        String rels = part.isEmpty() ? "_rels/.rels"
                : part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
        List<Relationship> result = new ArrayList<>();
        if (!has(rels)) {
            return result;
        }
        try (InputStream in = open(rels)) {
            XMLStreamReader r = Xml.reader(in);
            try {
                int depth = 0;
                while (r.hasNext()) {
                    int event = Xml.next(r);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 1 && !Xml.is(r, RELATIONSHIPS_NS, "Relationships")) {
                            throw new NotStreamable(rels + " is not a relationships part");
                        }
                        if (depth == 2 && Xml.is(r, RELATIONSHIPS_NS, "Relationship")) {
                            String id = r.getAttributeValue(null, "Id");
                            String type = r.getAttributeValue(null, "Type");
                            String target = r.getAttributeValue(null, "Target");
                            boolean external = "External".equals(r.getAttributeValue(null, "TargetMode"));
                            if (id == null || type == null || target == null) {
                                throw new NotStreamable(rels + " has a relationship without Id, Type or Target");
                            }
                            result.add(new Relationship(id, type.trim(), external ? null : resolve(part, target)));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new NotStreamable("cannot read " + rels, e);
        }
        return result;
    }

    /** The one relationship of a type, or {@code null} when there is none or more than one (as POI reads them). */
    static Relationship single(List<Relationship> relationships, String type) {
        Relationship found = null;
        for (Relationship r : relationships) {
            if (r.type().equals(type)) {
                if (found != null) {
                    return null;
                }
                found = r;
            }
        }
        return found;
    }

    /** The part a relative or absolute target names, from the folder of {@code source}. */
    static String resolve(String source, String target) {
        String t = decode(target.replace('\\', '/'));
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        String path = t.startsWith("/") ? t : source.substring(0, source.lastIndexOf('/') + 1) + t;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new NotStreamable("a relationship target leaves the package: " + target);
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Percent-decoding as in a URI path (a {@code +} stays a plus). */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Read-only: nothing to lose.
        }
    }

    /** Counts the inflated bytes of one part against its limit and the file's. */
    private final class Limited extends FilterInputStream {
        private final String part;
        private final long limit;
        private long count;

        Limited(InputStream in, String part, long limit) {
            super(in);
            this.part = part;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) {
            count += n;
            inflated += n;
            if (count > limit) {
                throw new NotStreamable("part " + part + " inflates past " + limit + " bytes");
            }
            if (inflated > maxTotalBytes) {
                throw new NotStreamable("the parts inflate past " + maxTotalBytes + " bytes");
            }
        }

        @Override
        public void close() throws IOException {
            try {
                readRest();
            } finally {
                super.close();
            }
        }

        /** Reads what the parser left after the root element (normally a line end) to learn the part's size. */
        private void readRest() {
            byte[] buffer = new byte[256];
            long size = count;
            try {
                while (size <= WHOLE_PART_BYTES) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        readWhole.put(part, size);
                        return;
                    }
                    size += n;
                }
            } catch (IOException | RuntimeException e) {
                // Not read whole: an inspection reads the part itself.
            }
        }
    }
}
