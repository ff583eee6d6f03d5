package org.kpiconsolidator.workbook.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a rich text element ({@code <si>} of the shared strings, {@code <is>} of an inline
 * string) exactly as POI's {@code XSSFRichTextString.getString()} gives it: the runs' texts joined,
 * else the plain text; phonetic runs left out; {@code _xHHHH_} escapes decoded.
 */
final class RichText {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private RichText() {
    }

    /**
     * Reads from the element's start to its end; {@code null} when it holds neither a text nor a
     * run (POI then reads the cell as having no text).
     */
    static String read(XMLStreamReader r) throws XMLStreamException {
        String plain = null;
        boolean plainSeen = false;
        StringBuilder runs = null;
        while (Xml.nextChild(r)) {
            if (Xml.isMain(r, "t") && !plainSeen) {
                plain = Xml.text(r);
                plainSeen = true;
            } else if (Xml.isMain(r, "r")) {
                if (runs == null) {
                    runs = new StringBuilder();
                }
                // POI appends a run without text as "null"; so do we, to read the same.
                runs.append(run(r));
            } else {
                Xml.skip(r);
            }
        }
        return decode(runs != null ? runs.toString() : plain);
    }

    private static String run(XMLStreamReader r) throws XMLStreamException {
        String text = null;
        while (Xml.nextChild(r)) {
            if (text == null && Xml.isMain(r, "t")) {
                text = Xml.text(r);
            } else {
                Xml.skip(r);
            }
        }
        return text;
    }

    /** Decodes the {@code _xHHHH_} escapes OOXML uses for characters XML cannot hold. */
    static String decode(String value) {
        if (value == null || !value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start());
            out.append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        if (at == 0) {
            return value;
        }
        out.append(value, at, value.length());
        return out.toString();
    }
}
