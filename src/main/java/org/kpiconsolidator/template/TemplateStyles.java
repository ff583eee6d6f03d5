package org.kpiconsolidator.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template's few cell styles, created once per workbook. Inputs are yellow and unlocked;
 * computed cells are green and locked; labels are locked. Sheet protection makes the locks bite.
 */
final class TemplateStyles {

    /** Fill of the cells a unit fills in. */
    static final byte[] INPUT_RGB = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    /** Fill of the cells the template computes. */
    static final byte[] FORMULA_RGB = {(byte) 0xE2, (byte) 0xEF, (byte) 0xDA};
    private static final byte[] HEADER_RGB = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
    private static final String FONT = "Tahoma";
    private static final short FONT_POINTS = 10;
    /** Scores show two decimals; the cell keeps full precision. */
    private static final String SCORE_FORMAT = "0.00";

    final XSSFCellStyle title;
    final XSSFCellStyle heading;
    final XSSFCellStyle line;
    final XSSFCellStyle header;
    final XSSFCellStyle label;
    final XSSFCellStyle constant;
    final XSSFCellStyle input;
    final XSSFCellStyle inputText;
    final XSSFCellStyle formula;
    final XSSFCellStyle formulaScore;

    TemplateStyles(XSSFWorkbook workbook) {
        XSSFFont plain = workbook.getFontAt(0);
        plain.setFontName(FONT);
        plain.setFontHeightInPoints(FONT_POINTS);
        XSSFFont bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints(FONT_POINTS);
        bold.setBold(true);

        title = workbook.createCellStyle();
        title.setFont(bold);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setWrapText(true);

        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setVerticalAlignment(VerticalAlignment.TOP);
        heading.setWrapText(true);

        line = workbook.createCellStyle();
        line.setVerticalAlignment(VerticalAlignment.TOP);
        line.setWrapText(true);

        header = bordered(workbook);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(header, HEADER_RGB);

        label = bordered(workbook);
        constant = bordered(workbook);

        input = bordered(workbook);
        input.setLocked(false);
        fill(input, INPUT_RGB);

        // Typed text stays text: "1.5" in a name must not turn into a number.
        inputText = bordered(workbook);
        inputText.setLocked(false);
        inputText.setDataFormat(workbook.createDataFormat().getFormat("@"));
        fill(inputText, INPUT_RGB);

        formula = bordered(workbook);
        fill(formula, FORMULA_RGB);

        formulaScore = bordered(workbook);
        formulaScore.setDataFormat(workbook.createDataFormat().getFormat(SCORE_FORMAT));
        fill(formulaScore, FORMULA_RGB);
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void fill(XSSFCellStyle style, byte[] rgb) {
        style.setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
