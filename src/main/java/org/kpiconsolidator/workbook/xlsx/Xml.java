package org.kpiconsolidator.workbook.xlsx;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over the parts of a package, with Aalto (the fastest well-kept Java parser) set up safely:
 * no DTD, no external entities. A part that declares a DTD or uses an entity reference is
 * {@link NotStreamable}: no OOXML writer produces one, so it is left to POI's own hardening.
 */
final class Xml {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIP_ATTRIBUTE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final XMLInputFactory FACTORY = factory();

    private Xml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return f;
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Reads a whole part with StAX. */
    @FunctionalInterface
    interface Streamed<T> {
        T read(InputStream in) throws XMLStreamException;
    }

    /** Parts up to this size are held and scanned ({@link #read}); bigger ones are streamed through StAX. */
    static final int MAX_SCANNED_BYTES = 8 << 20;

    /**
     * Reads a part with {@code scan} ({@link SheetScanner}, {@link SharedStringsScanner}) when it is
     * small enough to hold, and with {@code streamed} when the scanner leaves it ({@code null}) or it
     * is bigger.
     */
    static <T> T read(InputStream in, Function<byte[], T> scan, Streamed<T> streamed)
            throws IOException, XMLStreamException {
        byte[] bytes = in.readNBytes(MAX_SCANNED_BYTES + 1);
        InputStream again = new ByteArrayInputStream(bytes);
        if (bytes.length <= MAX_SCANNED_BYTES) {
            T scanned = scan.apply(bytes);
            if (scanned != null) {
                return scanned;
            }
        } else {
            again = new SequenceInputStream(again, in);
        }
        return streamed.read(again);
    }

    /** The next event; a DTD or an entity reference ends streaming. */
    static int next(XMLStreamReader r) throws XMLStreamException {
        int event = r.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new NotStreamable("a DTD or entity reference in the XML");
        }
        return event;
    }

    /** Moves to the document's root element. */
    static void toRoot(XMLStreamReader r) throws XMLStreamException {
        while (next(r) != XMLStreamConstants.START_ELEMENT) {
            // comments, processing instructions, white space
        }
    }

    /**
     * Moves to the next child of the current element: {@code true} on the child's start element (to
     * be read or skipped to its end), {@code false} on the current element's end.
     */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** The current start element is {@code local} in namespace {@code ns}. */
    static boolean is(XMLStreamReader r, String ns, String local) {
        return local.equals(r.getLocalName()) && ns.equals(r.getNamespaceURI());
    }

    /** The current start element is {@code local} in the SpreadsheetML namespace. */
    static boolean isMain(XMLStreamReader r, String local) {
        return is(r, MAIN_NS, local);
    }

    /**
     * The text of the current start element up to its end element, child elements skipped, as XML
     * Beans' {@code getStringValue()} gives it; leaves the reader on the end element.
     */
    static String text(XMLStreamReader r) throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        int depth = 1;
        while (depth > 0) {
            int event = next(r);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    String t = characters(r);
                    if (first == null) {
                        first = t;
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        more.append(t);
                    }
                }
                default -> { }
            }
        }
        return more != null ? more.toString() : first == null ? "" : first;
    }

    /**
     * The current text event's characters. Aalto decodes text when it is asked for, and reports
     * malformed text then (a character XML does not allow, say) unchecked; such a part is POI's.
     */
    private static String characters(XMLStreamReader r) {
        try {
            return r.getText();
        } catch (UncheckedStreamException e) {
            throw new NotStreamable("malformed text in the XML: " + e.getMessage(), e);
        }
    }

    /** Skips the current start element and its content; leaves the reader on its end element. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** An unsigned int attribute as XML Beans reads it (whitespace collapsed); a malformed one ends streaming. */
    static long unsignedInt(String value, String what) {
        if (value == null) {
            return -1;
        }
        String v = value.trim();
        if (v.isEmpty() || v.length() > 10) {
            throw new NotStreamable("malformed " + what + ": " + value);
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw new NotStreamable("malformed " + what + ": " + value);
            }
            n = n * 10 + (c - '0');
        }
        if (n > 0xFFFF_FFFFL) {
            throw new NotStreamable("malformed " + what + ": " + value);
        }
        return n;
    }

    /** An xsd:boolean attribute; absent is {@code false}, a malformed one ends streaming. */
    static boolean bool(String value, String what) {
        if (value == null) {
            return false;
        }
        return switch (value.trim()) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new NotStreamable("malformed " + what + ": " + value);
        };
    }
}
