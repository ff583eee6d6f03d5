package org.kpiconsolidator.output.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** Reading the written workbook back in tests: cells as text or numbers, rows by key, fills. */
final class Cells {

    static final String ERROR_FILL = "FFC7CE";
    static final String WARNING_FILL = "FFEB9C";

    private Cells() {
    }

    /** A cell's content as a reviewer reads it in the cell (a formula's cached text); empty when blank. */
    static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }

    /** A numeric cell's value, or empty when the cell is blank. */
    static Optional<BigDecimal> number(Sheet sheet, int row, int column) {
        Cell c = sheet.getRow(row).getCell(column);
        if (c == null || c.getCellType() == CellType.BLANK) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros());
    }

    /** The data rows (after the two header rows), each as the text of its first {@code width} cells. */
    static List<List<String>> rows(Sheet sheet, int width) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = Table.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add(text(sheet, r, c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The header row's texts. */
    static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        Row r = sheet.getRow(Table.HEADER_ROWS - 1);
        for (int c = 0; c < r.getLastCellNum(); c++) {
            header.add(text(sheet, Table.HEADER_ROWS - 1, c));
        }
        return header;
    }

    /** The first data row whose cells in the given columns hold the given texts. */
    static int rowOf(Sheet sheet, int[] columns, String... values) {
        for (int r = Table.HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
            boolean all = true;
            for (int i = 0; i < columns.length && all; i++) {
                all = text(sheet, r, columns[i]).equals(values[i]);
            }
            if (all) {
                return r;
            }
        }
        throw new AssertionError("no row with " + List.of(values) + " in " + sheet.getSheetName());
    }

    /** The RGB of a cell's solid fill, upper case, or empty when it has none. */
    static String fill(Sheet sheet, int row, int column) {
        Cell c = sheet.getRow(row).getCell(column);
        if (c == null) {
            return "";
        }
        XSSFColor colour = ((XSSFCell) c).getCellStyle().getFillForegroundXSSFColor();
        return colour == null || colour.getRGB() == null ? "" : colour.getARGBHex().substring(2).toUpperCase();
    }
}
