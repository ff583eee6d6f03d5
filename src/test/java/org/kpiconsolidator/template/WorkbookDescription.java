package org.kpiconsolidator.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;

/**
 * A template workbook as lines of text that a person can diff: sheets in order with their
 * protection, every cell (type, value or formula with its cached result, lock, fill, number format),
 * merged regions, column widths, data validations and the custom document properties. Two files with
 * the same description are the same template whatever their bytes (zip timestamps, part order).
 */
final class WorkbookDescription {

    private WorkbookDescription() {
    }

    static List<String> of(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (CTProperty p : wb.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
                lines.add("property " + p.getName() + "=" + p.getLpwstr());
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                String name = sheet.getSheetName();
                lines.add("sheet " + i + " " + name + " " + protection(sheet));
                for (int c = 0; c < 8; c++) {
                    lines.add(name + " column " + c + " width " + sheet.getColumnWidth(c));
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(name + "!" + cell.getAddress() + " " + cell(cell));
                    }
                }
                List<String> merged = new ArrayList<>();
                for (CellRangeAddress r : sheet.getMergedRegions()) {
                    merged.add(name + " merged " + r.formatAsString());
                }
                merged.sort(null);
                lines.addAll(merged);
                List<String> validations = new ArrayList<>();
                for (XSSFDataValidation v : sheet.getDataValidations()) {
                    validations.add(name + " " + validation(v));
                }
                if (sheet.getCTWorksheet().isSetDataValidations()) {
                    for (CTDataValidation v : sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
                        // OOXML's showDropDown="1" hides the in-cell arrow.
                        validations.add(name + " arrow " + v.getSqref() + " hidden=" + v.getShowDropDown());
                    }
                }
                validations.sort(null);
                lines.addAll(validations);
            }
        }
        return lines;
    }

    private static String protection(XSSFSheet sheet) {
        CTSheetProtection p = sheet.getCTWorksheet().getSheetProtection();
        if (p == null) {
            return "unprotected";
        }
        return "protected=" + p.getSheet() + " password=" + (p.isSetPassword() || p.isSetHashValue())
                + " formatRows=" + !sheet.isFormatRowsLocked() + " formatColumns=" + !sheet.isFormatColumnsLocked();
    }

    private static String cell(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        XSSFColor fill = style.getFillForegroundColorColor();
        String look = " locked=" + style.getLocked() + " fill=" + (fill == null ? "none" : fill.getARGBHex())
                + " format=" + style.getDataFormatString();
        return value(cell, cell.getCellType()) + look;
    }

    private static String value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> "text '" + cell.getStringCellValue() + "'";
            case NUMERIC -> "number " + cell.getNumericCellValue();
            case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
            case ERROR -> "error " + cell.getErrorCellValue();
            case FORMULA -> "formula =" + cell.getCellFormula() + " -> " + value(cell, cell.getCachedFormulaResultType());
            case BLANK, _NONE -> "blank";
        };
    }

    private static String validation(XSSFDataValidation v) {
        DataValidationConstraint c = v.getValidationConstraint();
        return "validation " + Arrays.toString(v.getRegions().getCellRangeAddresses()) + " type="
                + c.getValidationType() + " operator=" + c.getOperator() + " formula1=" + c.getFormula1()
                + " formula2=" + c.getFormula2() + " list=" + Arrays.toString(c.getExplicitListValues())
                + " error=" + v.getErrorStyle()
                + " blankAllowed=" + v.getEmptyCellAllowed() + " prompt=" + v.getPromptBoxText()
                + " errorText=" + v.getErrorBoxText() + " stop=" + (v.getErrorStyle() == DataValidation.ErrorStyle.STOP);
    }
}
