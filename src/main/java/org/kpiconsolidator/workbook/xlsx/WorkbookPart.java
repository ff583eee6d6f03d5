package org.kpiconsolidator.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** {@code workbook.xml}: the sheets in order with their visibility, and the defined names. */
final class WorkbookPart {

    /** A {@code <sheet>} entry; {@code relationshipId} is {@code null} when it has none. */
    record SheetEntry(String name, boolean hidden, String relationshipId) {
    }

    final List<SheetEntry> sheets;
    /** The defined names: formulas that use one are left to POI. */
    final List<String> definedNames;

    private WorkbookPart(List<SheetEntry> sheets, List<String> definedNames) {
        this.sheets = sheets;
        this.definedNames = definedNames;
    }

    static WorkbookPart read(XlsxPackage pkg, String part) {
        List<SheetEntry> sheets = null;
        List<String> names = new ArrayList<>();
        try (InputStream in = pkg.open(part)) {
            XMLStreamReader r = Xml.reader(in);
            try {
                Xml.toRoot(r);
                if (!Xml.isMain(r, "workbook")) {
                    throw new NotStreamable("the workbook part is not a workbook");
                }
                while (Xml.nextChild(r)) {
                    if (sheets == null && Xml.isMain(r, "sheets")) {
                        sheets = sheets(r);
                    } else if (Xml.isMain(r, "definedNames")) {
                        definedNames(r, names);
                    } else {
                        Xml.skip(r);
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new NotStreamable("cannot read the workbook part", e);
        }
        if (sheets == null) {
            throw new NotStreamable("a workbook without a sheet list");
        }
        return new WorkbookPart(sheets, names);
    }

    private static List<SheetEntry> sheets(XMLStreamReader r) throws XMLStreamException {
        List<SheetEntry> sheets = new ArrayList<>();
        while (Xml.nextChild(r)) {
            if (Xml.isMain(r, "sheet")) {
                String name = r.getAttributeValue(null, "name");
                if (name == null) {
                    throw new NotStreamable("a sheet without a name");
                }
                sheets.add(new SheetEntry(name, hidden(r.getAttributeValue(null, "state")),
                        r.getAttributeValue(Xml.RELATIONSHIP_ATTRIBUTE_NS, "id")));
            }
            Xml.skip(r);
        }
        return sheets;
    }

    private static boolean hidden(String state) {
        if (state == null) {
            return false;
        }
        return switch (state.trim()) {
            case "visible" -> false;
            case "hidden", "veryHidden" -> true;
            default -> throw new NotStreamable("unknown sheet state " + state);
        };
    }

    private static void definedNames(XMLStreamReader r, List<String> names) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            if (Xml.isMain(r, "definedName")) {
                String name = r.getAttributeValue(null, "name");
                names.add(name == null ? "" : name);
            }
            Xml.skip(r);
        }
    }
}
