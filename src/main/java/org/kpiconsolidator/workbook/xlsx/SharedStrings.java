package org.kpiconsolidator.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The shared strings part: each item's text, as POI reads it ({@code null} for an item without text). */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings(null);

    private final List<String> items;

    private SharedStrings(List<String> items) {
        this.items = items;
    }

    static SharedStrings read(XlsxPackage pkg, String part) {
        try (InputStream in = pkg.open(part)) {
            return new SharedStrings(Xml.read(in, SharedStringsScanner::items, SharedStrings::streamed));
        } catch (IOException | XMLStreamException e) {
            throw new NotStreamable("cannot read the shared strings", e);
        }
    }

    /** The items as the StAX parser reads them, whatever the part's XML. */
    static List<String> streamed(InputStream in) throws XMLStreamException {
        List<String> items = new ArrayList<>();
        XMLStreamReader r = Xml.reader(in);
        try {
            Xml.next(r);
            while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                Xml.next(r);
            }
            if (!Xml.isMain(r, "sst")) {
                throw new NotStreamable("the shared strings part is not an sst");
            }
            while (Xml.nextChild(r)) {
                if (Xml.isMain(r, "si")) {
                    items.add(RichText.read(r));
                } else {
                    Xml.skip(r);
                }
            }
        } finally {
            r.close();
        }
        return items;
    }

    /**
     * The text a cell of type {@code s} shows for its raw value: POI reads a missing table, an index
     * that is not a number or out of range as an empty text.
     */
    String lookup(String rawIndex) {
        if (items == null) {
            return "";
        }
        int index;
        try {
            index = Integer.parseInt(rawIndex.trim());
        } catch (NumberFormatException e) {
            return "";
        }
        return index >= 0 && index < items.size() ? items.get(index) : "";
    }
}
