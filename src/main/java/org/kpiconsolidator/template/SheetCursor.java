package org.kpiconsolidator.template;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes one sheet top to bottom: the only place that creates rows, cells, merges and
 * validations. Text always goes in as a string cell, never as a formula.
 */
final class SheetCursor {

    /** Label lines span the width of the rubric and detail tables (A-F). */
    static final int LINE_COLUMNS = 6;
    private static final int[] COLUMN_CHARS = {46, 14, 16, 16, 30, 30, 14};
    private static final float LINE_POINTS = 18f;
    /** Room to type a few lines of narrative before the unit resizes the row. */
    private static final float NARRATIVE_POINTS = 75f;

    private final XSSFSheet sheet;
    private final TemplateStyles styles;
    private final DataValidationHelper validations;
    private int next;

    SheetCursor(XSSFSheet sheet, TemplateStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.validations = sheet.getDataValidationHelper();
        for (int c = 0; c < COLUMN_CHARS.length; c++) {
            sheet.setColumnWidth(c, COLUMN_CHARS[c] * 256);
        }
        sheet.setDefaultRowHeightInPoints(LINE_POINTS);
        // Prints like the paper form: A4 landscape, every column on one page width.
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    XSSFSheet sheet() {
        return sheet;
    }

    TemplateStyles styles() {
        return styles;
    }

    /** 0-based index of the row the next write goes to. */
    int row() {
        return next;
    }

    void blank() {
        next++;
    }

    /** A label line across A-F. */
    void line(String text, XSSFCellStyle style) {
        int r = next++;
        text(r, 0, text, style);
        merge(r, 0, LINE_COLUMNS - 1, style);
    }

    /** A formula line across A-F (a heading whose number is computed). */
    void formulaLine(String formula, XSSFCellStyle style) {
        int r = next++;
        formula(r, 0, formula, style);
        merge(r, 0, LINE_COLUMNS - 1, style);
    }

    /** A row of header texts from column A. */
    void header(List<String> labels) {
        int r = next++;
        for (int c = 0; c < labels.size(); c++) {
            text(r, c, labels.get(c), styles.header);
        }
        sheet.getRow(r).setHeightInPoints(LINE_POINTS * 2);
    }

    /** An empty input across A-F for a narrative. */
    String narrativeInput() {
        int r = next++;
        input(r, 0, null, styles.inputText);
        merge(r, 0, LINE_COLUMNS - 1, styles.inputText);
        sheet.getRow(r).setHeightInPoints(NARRATIVE_POINTS);
        return ref(r, 0);
    }

    /** Starts a new row and returns its index. */
    int newRow() {
        int r = next++;
        rowAt(r);
        return r;
    }

    void text(int r, int c, String text, XSSFCellStyle style) {
        XSSFCell cell = cell(r, c, style);
        cell.setCellValue(text);
    }

    void number(int r, int c, BigDecimal value, XSSFCellStyle style) {
        XSSFCell cell = cell(r, c, style);
        cell.setCellValue(value.doubleValue());
    }

    void formula(int r, int c, String formula, XSSFCellStyle style) {
        XSSFCell cell = cell(r, c, style);
        cell.setCellFormula(formula);
    }

    /** An unlocked cell with a default value (a text, a number, or nothing). */
    void input(int r, int c, Object value, XSSFCellStyle style) {
        XSSFCell cell = cell(r, c, style);
        if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof String s && !s.isEmpty()) {
            cell.setCellValue(s);
        }
    }

    /** Merges columns {@code from..to} of a row, styling every cell so borders and locks are whole. */
    void merge(int r, int from, int to, XSSFCellStyle style) {
        for (int c = from + 1; c <= to; c++) {
            cell(r, c, style);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    void height(int r, float points) {
        rowAt(r).setHeightInPoints(points);
    }

    /** A dropdown of fixed choices; nothing else may be typed. */
    void list(int r, int c, List<String> choices, String prompt) {
        DataValidationConstraint constraint = validations.createExplicitListConstraint(choices.toArray(String[]::new));
        DataValidation v = validations.createValidation(constraint, new CellRangeAddressList(r, r, c, c));
        // XSSF inverts this flag: true shows the in-cell dropdown arrow.
        v.setSuppressDropDownArrow(true);
        add(v, "เลือกจากรายการ", prompt);
    }

    /** A decimal between two bounds. */
    void decimal(int r, int c, String min, String max, String prompt) {
        DataValidationConstraint constraint = validations.createDecimalConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, min, max);
        add(validations.createValidation(constraint, new CellRangeAddressList(r, r, c, c)), "ต้องเป็นตัวเลข", prompt);
    }

    /** A custom rule (a formula that is true for valid input). */
    void rule(int r, int c, String formula, String prompt) {
        DataValidationConstraint constraint = validations.createCustomConstraint(formula);
        add(validations.createValidation(constraint, new CellRangeAddressList(r, r, c, c)), "รูปแบบไม่ถูกต้อง", prompt);
    }

    private void add(DataValidation v, String errorTitle, String prompt) {
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox(errorTitle, prompt);
        v.setShowPromptBox(true);
        v.createPromptBox("วิธีกรอก", prompt);
        sheet.addValidationData(v);
    }

    /** The A1 reference of a cell of this sheet, relative. */
    static String ref(int r, int c) {
        return new CellReference(r, c).formatAsString();
    }

    /** The reference of a cell on this sheet from another sheet: {@code 'องค์ประกอบที่ 1'!B5}. */
    String external(int r, int c) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!" + new CellReference(r, c, true, true)
                .formatAsString();
    }

    /** Protects the sheet without a password: locked cells cannot be typed over, rows can be resized. */
    void protect() {
        sheet.enableLocking();
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private XSSFCell cell(int r, int c, XSSFCellStyle style) {
        XSSFRow row = rowAt(r);
        XSSFCell cell = row.getCell(c);
        if (cell == null) {
            cell = row.createCell(c);
        }
        cell.setCellStyle(style);
        return cell;
    }

    private XSSFRow rowAt(int r) {
        XSSFRow row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }
}
