package org.kpiconsolidator.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.kpiconsolidator.workbook.ExcelDisplay;

/**
 * The one thing the grid needs from the styles part: which cell formats ({@code cellXfs}, by the
 * cells' {@code s} index) show numbers as percentages. Custom number formats override built-in ones
 * of the same id, as in POI.
 */
final class CellStyles {

    /** No styles part: POI then makes a default table whose one format is General. */
    static final CellStyles NONE = new CellStyles(new boolean[0]);

    private final boolean[] percent;

    private CellStyles(boolean[] percent) {
        this.percent = percent;
    }

    /** The cell format at {@code index} shows a percentage; an index past the table is no format. */
    boolean isPercent(int index) {
        return index >= 0 && index < percent.length && percent[index];
    }

    static CellStyles read(XlsxPackage pkg, String part) {
        Map<Short, String> formats = new HashMap<>();
        List<Short> xfFormats = new ArrayList<>();
        try (InputStream in = pkg.open(part)) {
            XMLStreamReader r = Xml.reader(in);
            try {
                Xml.toRoot(r);
                if (!Xml.isMain(r, "styleSheet")) {
                    throw new NotStreamable("the styles part is not a styleSheet");
                }
                boolean numFmtsSeen = false;
                boolean cellXfsSeen = false;
                while (Xml.nextChild(r)) {
                    // XML Beans reads the first numFmts and cellXfs only.
                    if (!numFmtsSeen && Xml.isMain(r, "numFmts")) {
                        numFmtsSeen = true;
                        children(r, "numFmt", () -> formats.put(
                                (short) Math.max(0, Xml.unsignedInt(r.getAttributeValue(null, "numFmtId"), "numFmtId")),
                                r.getAttributeValue(null, "formatCode")));
                    } else if (!cellXfsSeen && Xml.isMain(r, "cellXfs")) {
                        cellXfsSeen = true;
                        children(r, "xf", () -> xfFormats.add(
                                (short) Math.max(0, Xml.unsignedInt(r.getAttributeValue(null, "numFmtId"), "numFmtId"))));
                    } else {
                        Xml.skip(r);
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new NotStreamable("cannot read the styles", e);
        }
        boolean[] percent = new boolean[xfFormats.size()];
        for (int i = 0; i < percent.length; i++) {
            short id = xfFormats.get(i);
            String format = formats.get(id);
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(id);
            }
            percent[i] = ExcelDisplay.isPercentFormat(format);
        }
        return new CellStyles(percent);
    }

    private interface Child {
        void read() throws XMLStreamException;
    }

    /** Calls {@code child} on each direct child element named {@code local}; skips the rest. */
    private static void children(XMLStreamReader r, String local, Child child) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            if (Xml.isMain(r, local)) {
                child.read();
            }
            Xml.skip(r);
        }
    }
}
