package org.kpiconsolidator.output.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The look of the workbook, made once per workbook: the font of Thai government documents, the
 * header and band styles, and one style per column kind and tone (a fixed, small set, so the
 * number of rows never grows the style table), all made up front and only read after.
 */
final class Styles {

    /**
     * TH Sarabun New is the font of Thai government documents. Where it is missing, the Thai
     * character set tells Excel to substitute a Thai font, and fontconfig maps the name to
     * Laksaman (fonts-thai-tlwg), its metric-compatible free version.
     */
    static final String FONT = "TH Sarabun New";
    /** Sarabun is small for its point size: 14 pt reads like 10-11 pt of a Latin font. */
    static final short FONT_POINTS = 14;
    /**
     * The height of one line of text at {@link #FONT_POINTS}, with room for Thai marks stacked above
     * and below: about 1.35 times the point size in LibreOffice, 1.5 in Excel.
     */
    static final float LINE_POINTS = 22f;

    private static final byte[] ERROR_FILL = rgb(0xFFC7CE);
    private static final byte[] ERROR_TEXT = rgb(0x9C0006);
    private static final byte[] WARNING_FILL = rgb(0xFFEB9C);
    private static final byte[] WARNING_TEXT = rgb(0x9C5700);
    private static final byte[] HEADER_FILL = rgb(0xD9E1F2);
    private static final byte[] BAND_FILL = rgb(0xB4C6E7);
    private static final byte[] BORDER = rgb(0xA6A6A6);
    private static final byte[] LINK_TEXT = rgb(0x0563C1);

    private final XSSFWorkbook wb;
    private final XSSFFont plainFont;
    private final XSSFFont boldFont;
    private final Map<Tone, XSSFFont> toneFonts = new EnumMap<>(Tone.class);
    private final Map<Kind, Map<Tone, CellStyle>> cells = new EnumMap<>(Kind.class);
    private final CellStyle header;
    private final CellStyle band;

    Styles(XSSFWorkbook wb) {
        this.wb = wb;
        // Font 0 is the workbook's default: empty cells and column widths use it too.
        plainFont = wb.getFontAt(0);
        thai(plainFont, false);
        boldFont = thai(wb.createFont(), true);
        toneFonts.put(Tone.PLAIN, plainFont);
        toneFonts.put(Tone.WARNING, coloured(WARNING_TEXT));
        toneFonts.put(Tone.ERROR, coloured(ERROR_TEXT));
        XSSFCellStyle defaults = wb.getCellStyleAt(0);
        defaults.setFont(plainFont);
        defaults.setVerticalAlignment(VerticalAlignment.TOP);
        header = boxed(wb.createCellStyle());
        header.setFont(boldFont);
        fill((XSSFCellStyle) header, HEADER_FILL);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        band = boxed(wb.createCellStyle());
        band.setFont(boldFont);
        fill((XSSFCellStyle) band, BAND_FILL);
        band.setAlignment(HorizontalAlignment.CENTER);
        band.setVerticalAlignment(VerticalAlignment.CENTER);
        // Every data style now, in a fixed order: sheets written at the same time only read them.
        for (Kind kind : Kind.values()) {
            for (Tone tone : Tone.values()) {
                cells.computeIfAbsent(kind, k -> new EnumMap<>(Tone.class)).put(tone, create(kind, tone));
            }
        }
    }

    /** Column headers (the second header row). */
    CellStyle header() {
        return header;
    }

    /** Group bands and sheet titles (the first header row). */
    CellStyle band() {
        return band;
    }

    /** The style of a data cell. */
    CellStyle cell(Kind kind, Tone tone) {
        return cells.get(kind).get(tone);
    }

    private CellStyle create(Kind kind, Tone tone) {
        XSSFCellStyle s = (XSSFCellStyle) boxed(wb.createCellStyle());
        s.setDataFormat(wb.createDataFormat().getFormat(kind.format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(kind.wrap);
        if (kind == Kind.CODE || kind == Kind.GENERAL) {
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        if (kind == Kind.LINK) {
            XSSFFont link = thai(wb.createFont(), false);
            link.setColor(new XSSFColor(LINK_TEXT, new DefaultIndexedColorMap()));
            link.setUnderline(Font.U_SINGLE);
            s.setFont(link);
        } else {
            s.setFont(toneFonts.get(tone));
        }
        if (tone == Tone.ERROR) {
            fill(s, ERROR_FILL);
        } else if (tone == Tone.WARNING) {
            fill(s, WARNING_FILL);
        }
        return s;
    }

    private XSSFFont coloured(byte[] colour) {
        XSSFFont f = thai(wb.createFont(), false);
        f.setColor(new XSSFColor(colour, new DefaultIndexedColorMap()));
        return f;
    }

    private static XSSFFont thai(XSSFFont f, boolean bold) {
        f.setFontName(FONT);
        f.setFontHeightInPoints(FONT_POINTS);
        f.setCharSet(FontCharset.THAI);
        // Without this, Excel shows the theme's font (Calibri) instead of the one named here.
        f.setScheme(FontScheme.NONE);
        f.setBold(bold);
        return f;
    }

    private static CellStyle boxed(CellStyle s) {
        XSSFCellStyle x = (XSSFCellStyle) s;
        XSSFColor grey = new XSSFColor(BORDER, new DefaultIndexedColorMap());
        x.setBorderTop(BorderStyle.THIN);
        x.setBorderBottom(BorderStyle.THIN);
        x.setBorderLeft(BorderStyle.THIN);
        x.setBorderRight(BorderStyle.THIN);
        x.setTopBorderColor(grey);
        x.setBottomBorderColor(grey);
        x.setLeftBorderColor(grey);
        x.setRightBorderColor(grey);
        return s;
    }

    private static void fill(XSSFCellStyle s, byte[] colour) {
        s.setFillForegroundColor(new XSSFColor(colour, new DefaultIndexedColorMap()));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }
}
