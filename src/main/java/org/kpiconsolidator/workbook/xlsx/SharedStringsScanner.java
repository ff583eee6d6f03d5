package org.kpiconsolidator.workbook.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared strings' quick path, as {@link SheetScanner} is the sheets': reads the items of a
 * plain shared strings part straight from its bytes (a form's labels and its activity log's texts
 * are most of that part, Thai text that the StAX parser decoded event by event). At anything that
 * is not plain XML, or that {@code SharedStrings}' StAX parser would refuse, it answers
 * {@code null} and the StAX parser reads the part; so the items are the StAX parser's or nothing.
 */
final class SharedStringsScanner extends PlainXml {

    private static final byte[] SST = ascii("sst");
    private static final byte[] SI = ascii("si");

    private SharedStringsScanner(byte[] bytes) {
        super(bytes);
    }

    /** Each item's text ({@code null} for an item without text), or {@code null} when the part is not plain. */
    static List<String> items(byte[] bytes) {
        try {
            return new SharedStringsScanner(bytes).sst();
        } catch (NotPlain | NotStreamable | ArrayIndexOutOfBoundsException notPlain) {
            // Out of bounds means XML cut short; StAX names it.
            return null;
        }
    }

    private List<String> sst() {
        prolog();
        startTag();
        if (!isName(SST) || !declaresMainAsDefault()) {
            throw notPlain();
        }
        List<String> items = new ArrayList<>();
        if (!selfClosing) {
            while (nextChild()) {
                checkChildTag();
                if (isName(SI)) {
                    items.add(richText());
                } else {
                    skip();
                }
            }
        }
        requireEnd();
        return items;
    }
}
