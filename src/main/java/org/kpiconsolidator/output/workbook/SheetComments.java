package org.kpiconsolidator.output.workbook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * The cell comments of one streamed sheet, written as its comments part and the VML drawing that
 * shows them, in the very XML POI writes for comments made through its drawing API (a test compares
 * the two). POI builds each comment as XML Beans objects, two trees of them, held until the
 * workbook is written; for the two thousand comments of a batch that was a third of writing the
 * indicators sheet. Here a comment is its cell, its box and its text until the parts are written.
 *
 * <p>The sheet still gets one comment through POI ({@link StreamedWorkbook#comment}), so that
 * its parts, their relationships and content types, and the sheet's {@code legacyDrawing} are
 * POI's own; the parts' content is then replaced by this.
 */
final class SheetComments {

    /** The author of every comment. */
    static final String AUTHOR = "kpi-consolidator";
    /** The author POI's comments table starts with (none), then ours: comments name the second. */
    private static final String AUTHORS = "<authors><author/><author>" + AUTHOR + "</author></authors>";
    private static final String COMMENTS_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    private static final String VML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\">"
            + "<o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\""
            + " coordsize=\"21600,21600\" o:spt=\"202.0\" path=\"m,l,21600r21600,l21600,xe\">"
            + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>";
    /** POI numbers a drawing's shapes from here. */
    private static final int FIRST_SHAPE_ID = 1025;
    private static final String SHAPE = "\" type=\"#_x0000_t202\""
            + " style=\"position:absolute; visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">"
            + "<v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>"
            + "<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>"
            + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>";

    /** A comment on the cell {@code row, column}, its box over the cells from the first corner to the second. */
    record Comment(int row, int column, String text, int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    private final String commentsPart;
    private final String vmlPart;
    private final List<Comment> comments = new ArrayList<>();

    /** The comments of a sheet whose comments and VML drawing are the zip entries named. */
    SheetComments(String commentsPart, String vmlPart) {
        this.commentsPart = commentsPart;
        this.vmlPart = vmlPart;
    }

    String commentsPart() {
        return commentsPart;
    }

    String vmlPart() {
        return vmlPart;
    }

    void add(Comment comment) {
        comments.add(comment);
    }

    /** The comments part: the authors, then each comment by its cell, in the order they were added. */
    byte[] commentsXml() {
        StringBuilder xml = new StringBuilder(COMMENTS_HEAD);
        xml.append(AUTHORS).append("<commentList>");
        for (Comment c : comments) {
            xml.append("<comment ref=\"").append(new CellReference(c.row(), c.column()).formatAsString(false))
                    .append("\" authorId=\"1\"><text><t");
            if (ByteSheetData.hasEdgeSpace(c.text())) {
                xml.append(" xml:space=\"preserve\"");
            }
            xml.append('>').append(escaped(c.text())).append("</t></text></comment>");
        }
        xml.append("</commentList></comments>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The VML drawing: a hidden note box for each comment, numbered as POI numbers them. */
    byte[] vmlXml() {
        StringBuilder xml = new StringBuilder(VML_HEAD.length() + comments.size() * (SHAPE.length() + 150));
        xml.append(VML_HEAD);
        int id = FIRST_SHAPE_ID;
        for (Comment c : comments) {
            xml.append("<v:shape id=\"_x0000_s").append(id++).append(SHAPE)
                    .append(c.firstColumn()).append(", 0, ").append(c.firstRow()).append(", 0, ")
                    .append(c.lastColumn()).append(", 0, ").append(c.lastRow()).append(", 0")
                    .append("</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(c.row())
                    .append("</x:Row><x:Column>").append(c.column()).append("</x:Column></x:ClientData></v:shape>");
        }
        xml.append("</xml>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Text as XML Beans writes an element's text: {@code &} and {@code <} escaped, {@code >} only
     * after {@code ]]}, a carriage return as a reference (so it is read back, not made a line feed).
     * Characters XML cannot hold are shown as {@code ?}, as the sheets' cells show them.
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append(i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']' ? "&gt;" : ">");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(c);
                default -> out.append(c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? '?' : c);
            }
        }
        return out.toString();
    }
}
