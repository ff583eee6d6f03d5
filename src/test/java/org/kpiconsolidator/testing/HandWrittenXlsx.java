package org.kpiconsolidator.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx package written part by part from XML text, for what POI's writer never produces but
 * other writers do: shared formulas, inline and rich strings, formulas without cached values,
 * cached errors, hidden rows, custom number formats, a DTD. Each sheet's {@code sheetData} content
 * is given as XML; the package around it (content types, relationships, workbook, styles, shared
 * strings, document properties) is written here.
 */
public final class HandWrittenXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private record Sheet(String name, String state, String data, String after) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final Map<String, String> definedNames = new LinkedHashMap<>();
    private final Map<String, String> customProperties = new LinkedHashMap<>();
    private final Map<String, String> extraParts = new LinkedHashMap<>();
    private String styles = "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs>";
    private String application = "Hand-written";
    private String prolog = "";

    /** A visible sheet with the given {@code sheetData} content. */
    public HandWrittenXlsx sheet(String name, String sheetData) {
        return sheet(name, null, sheetData, "");
    }

    /**
     * @param state {@code hidden}, {@code veryHidden} or {@code null}
     * @param after XML after {@code sheetData}, e.g. {@code <mergeCells>}
     */
    public HandWrittenXlsx sheet(String name, String state, String sheetData, String after) {
        sheets.add(new Sheet(name, state, sheetData, after));
        return this;
    }

    /** Shared string items, each the content of one {@code <si>}. */
    public HandWrittenXlsx sharedStrings(String... items) {
        sharedStrings.addAll(List.of(items));
        return this;
    }

    /** The content of {@code <styleSheet>}: {@code numFmts} and {@code cellXfs}. */
    public HandWrittenXlsx styles(String styleSheetContent) {
        this.styles = styleSheetContent;
        return this;
    }

    public HandWrittenXlsx definedName(String name, String formula) {
        definedNames.put(name, formula);
        return this;
    }

    public HandWrittenXlsx customProperty(String name, String text) {
        customProperties.put(name, text);
        return this;
    }

    public HandWrittenXlsx application(String name) {
        this.application = name;
        return this;
    }

    /** Written between the XML declaration and the root element of every sheet (a DOCTYPE, say). */
    public HandWrittenXlsx sheetProlog(String xml) {
        this.prolog = xml;
        return this;
    }

    /** Adds or replaces a part's bytes, after the rest is laid out. */
    public HandWrittenXlsx part(String name, String content) {
        extraParts.put(name, content);
        return this;
    }

    public Path write(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>");
        StringBuilder workbook = new StringBuilder(xml() + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheets>");
        StringBuilder workbookRels = new StringBuilder(xml() + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rIdStrings\" Type=\"" + R + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            String part = "xl/worksheets/sheet" + (i + 1) + ".xml";
            types.append("<Override PartName=\"/").append(part).append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(escape(s.name())).append("\" sheetId=\"").append(i + 1).append('"')
                    .append(s.state() == null ? "" : " state=\"" + s.state() + "\"").append(" r:id=\"rId").append(i + 1)
                    .append("\"/>");
            workbookRels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(R)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
            parts.put(part, xml() + prolog + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheetData>" + s.data()
                    + "</sheetData>" + s.after() + "</worksheet>");
        }
        workbook.append("</sheets>");
        if (!definedNames.isEmpty()) {
            workbook.append("<definedNames>");
            definedNames.forEach((name, formula) -> workbook.append("<definedName name=\"").append(escape(name))
                    .append("\">").append(escape(formula)).append("</definedName>"));
            workbook.append("</definedNames>");
        }
        workbook.append("</workbook>");
        types.append("</Types>");
        workbookRels.append("</Relationships>");
        StringBuilder sst = new StringBuilder(xml() + "<sst xmlns=\"" + MAIN + "\">");
        sharedStrings.forEach(si -> sst.append("<si>").append(si).append("</si>"));
        sst.append("</sst>");
        StringBuilder custom = new StringBuilder(xml() + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        int pid = 2;
        for (Map.Entry<String, String> p : customProperties.entrySet()) {
            custom.append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").append(pid++)
                    .append("\" name=\"").append(escape(p.getKey())).append("\">")
                    .append(p.getValue() == null ? "<vt:i4>7</vt:i4>" : "<vt:lpwstr>" + escape(p.getValue()) + "</vt:lpwstr>")
                    .append("</property>");
        }
        custom.append("</Properties>");

        parts.put("[Content_Types].xml", types.toString());
        parts.put("_rels/.rels", xml() + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + R + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/custom-properties\" Target=\"docProps/custom.xml\"/>"
                + "</Relationships>");
        parts.put("docProps/app.xml", xml() + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>" + escape(application) + "</Application></Properties>");
        parts.put("docProps/custom.xml", custom.toString());
        parts.put("xl/workbook.xml", workbook.toString());
        parts.put("xl/_rels/workbook.xml.rels", workbookRels.toString());
        parts.put("xl/styles.xml", xml() + "<styleSheet xmlns=\"" + MAIN + "\">" + styles + "</styleSheet>");
        parts.put("xl/sharedStrings.xml", sst.toString());
        parts.putAll(extraParts);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String xml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    }

    /** Text escaped for XML content and attributes. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
