package org.kpiconsolidator.workbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The document properties the grid reports: {@code producer} (the extended properties'
 * {@code Application}) and each custom property with a text value as {@code custom.<name>}, values
 * trimmed, blank ones left out, as {@code PoiWorkbookReader} gives them.
 */
final class DocumentProperties {

    private static final String EXTENDED_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
    private static final String CUSTOM_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
    private static final String EXTENDED_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private static final String CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private static final String VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    private DocumentProperties() {
    }

    static Map<String, String> read(XlsxPackage pkg, List<XlsxPackage.Relationship> packageRelationships) {
        Map<String, String> props = new LinkedHashMap<>();
        // POI reads a property part only when exactly one relationship names it.
        XlsxPackage.Relationship extended = XlsxPackage.single(packageRelationships, EXTENDED_TYPE);
        if (extended != null && extended.target() != null && pkg.has(extended.target())) {
            put(props, "producer", application(pkg, extended.target()));
        }
        XlsxPackage.Relationship custom = XlsxPackage.single(packageRelationships, CUSTOM_TYPE);
        if (custom != null && custom.target() != null && pkg.has(custom.target())) {
            custom(pkg, custom.target(), props);
        }
        return props;
    }

    private static String application(XlsxPackage pkg, String part) {
        try (InputStream in = pkg.open(part)) {
            XMLStreamReader r = Xml.reader(in);
            try {
                root(r, EXTENDED_NS, part);
                while (Xml.nextChild(r)) {
                    if (Xml.is(r, EXTENDED_NS, "Application")) {
                        return Xml.text(r);
                    }
                    Xml.skip(r);
                }
                return null;
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new NotStreamable("cannot read " + part, e);
        }
    }

    private static void custom(XlsxPackage pkg, String part, Map<String, String> props) {
        try (InputStream in = pkg.open(part)) {
            XMLStreamReader r = Xml.reader(in);
            try {
                root(r, CUSTOM_NS, part);
                while (Xml.nextChild(r)) {
                    if (Xml.is(r, CUSTOM_NS, "property")) {
                        String name = r.getAttributeValue(null, "name");
                        put(props, "custom." + name, textValue(r));
                    } else {
                        Xml.skip(r);
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new NotStreamable("cannot read " + part, e);
        }
    }

    /** The property's {@code vt:lpwstr}, or {@code null} when its value is of another type. */
    private static String textValue(XMLStreamReader r) throws XMLStreamException {
        String value = null;
        boolean seen = false;
        while (Xml.nextChild(r)) {
            if (!seen && Xml.is(r, VT_NS, "lpwstr")) {
                seen = true;
                value = Xml.text(r);
            } else {
                Xml.skip(r);
            }
        }
        return value;
    }

    private static void root(XMLStreamReader r, String ns, String part) throws XMLStreamException {
        Xml.toRoot(r);
        if (!Xml.is(r, ns, "Properties")) {
            throw new NotStreamable(part + " is not a properties part");
        }
    }

    private static void put(Map<String, String> props, String key, String value) {
        if (value != null && !value.isBlank()) {
            props.put(key, value.trim());
        }
    }
}
