package org.kpiconsolidator.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Finds template cells by their labels, for tests that inspect a template with POI. */
final class TemplateSheets {

    private TemplateSheets() {
    }

    /** 0-based row of the first cell in {@code column} reading exactly {@code text}. */
    static int rowOf(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no '" + text + "' in column " + column + " of " + sheet.getSheetName());
    }

    /** {row, column} of the first cell reading exactly {@code text}. */
    static int[] find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return new int[] {row.getRowNum(), cell.getColumnIndex()};
                }
            }
        }
        throw new AssertionError("no '" + text + "' on " + sheet.getSheetName());
    }

    static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        if (c == null) {
            throw new AssertionError("no cell at row " + (row + 1) + " column " + (column + 1) + " of "
                    + sheet.getSheetName());
        }
        return c;
    }

    /** The validations that cover a cell. */
    static List<DataValidation> validationsAt(XSSFSheet sheet, int row, int column) {
        List<DataValidation> found = new ArrayList<>();
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(row, column)) {
                    found.add(v);
                }
            }
        }
        return found;
    }

    /** The one validation of a cell. */
    static DataValidation validationAt(XSSFSheet sheet, int row, int column) {
        List<DataValidation> all = validationsAt(sheet, row, column);
        if (all.size() != 1) {
            throw new AssertionError(all.size() + " validations at row " + (row + 1) + " column " + (column + 1)
                    + " of " + sheet.getSheetName());
        }
        return all.get(0);
    }
}
