package org.kpiconsolidator.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a template in as a unit does in Excel: it finds the cells by the labels on the sheet and
 * types only into unlocked cells (typing into a locked cell fails the test, as Excel would refuse
 * it). {@link #saveEvaluated} then calculates the formulas as Excel does on save.
 */
final class FormFiller implements AutoCloseable {

    static final String EXPLANATION = "คำชี้แจงผลการปฏิบัติราชการ (กรณีการดำเนินการไม่เป็นไปตามเป้าหมาย)";

    private final XSSFWorkbook workbook;

    private FormFiller(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static FormFiller open(Path template) throws IOException {
        try (InputStream in = Files.newInputStream(template)) {
            return new FormFiller(new XSSFWorkbook(in));
        }
    }

    XSSFWorkbook workbook() {
        return workbook;
    }

    /** The result of the {@code index}-th indicator (0-based) of a block's results table. */
    FormFiller result(String sheet, int index, Object value) {
        int[] header = resultsHeader(sheet);
        type(sheet, header[0] + 1 + index, header[1], value);
        return this;
    }

    /** The weight of the {@code index}-th indicator. */
    FormFiller weight(String sheet, int index, Object value) {
        int[] header = resultsHeader(sheet);
        type(sheet, header[0] + 1 + index, weightColumn(sheet, header[0]), value);
        return this;
    }

    /** The rubric row of the {@code index}-th indicator: its label, then the five thresholds. */
    FormFiller rubric(String sheet, int index, String label, Object... thresholds) {
        int header = rowWhere(sheet, 0, "ตัวชี้วัด", 0);
        int row = header + 1 + index;
        if (label != null) {
            type(sheet, row, 0, label);
        }
        for (int k = 0; k < thresholds.length; k++) {
            type(sheet, row, 1 + k, thresholds[k]);
        }
        return this;
    }

    /** The summary table's target ({@code เป้าหมาย}) of the {@code index}-th indicator. */
    FormFiller target(String sheet, int index, String level) {
        int header = rowWhere(sheet, 0, "ลำดับที่", 0);
        type(sheet, header + 1 + index, 2, level);
        return this;
    }

    /** The unit group on the block that scores by group. */
    FormFiller group(String sheet, String group) {
        type(sheet, rowWhere(sheet, 0, "กลุ่มหน่วยงาน :", 0), 1, group);
        return this;
    }

    /** The unit name on the first block's sheet. */
    FormFiller unit(String sheet, String name) {
        type(sheet, rowWhere(sheet, 0, "หน่วยงาน :", 0), 1, name);
        return this;
    }

    /** The explanation of a result below target, of the {@code index}-th detail table of a block. */
    FormFiller explanation(String sheet, int index, String text) {
        int row = -1;
        for (int i = 0; i <= index; i++) {
            row = rowWhere(sheet, 0, EXPLANATION, row + 1);
        }
        type(sheet, row + 1, 0, text);
        return this;
    }

    /** Calculates every formula as Excel does on save, then writes the workbook. */
    Path saveEvaluated(Path file) throws IOException {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        return save(file);
    }

    /** Writes the workbook as it is, cached values included. */
    Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** {row, column} of the results table's result header: the first cell reading exactly ผลการดำเนินการ/งาน. */
    private int[] resultsHeader(String sheetName) {
        Sheet sheet = sheet(sheetName);
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && (cell.getStringCellValue().equals("ผลการดำเนินการ")
                        || cell.getStringCellValue().equals("ผลการดำเนินงาน"))) {
                    return new int[] {row.getRowNum(), cell.getColumnIndex()};
                }
            }
        }
        throw new AssertionError("no results table on " + sheetName);
    }

    private int weightColumn(String sheetName, int headerRow) {
        for (Cell cell : sheet(sheetName).getRow(headerRow)) {
            if (cell.getStringCellValue().startsWith("น้ำหนัก")) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no weight column on " + sheetName);
    }

    private int rowWhere(String sheetName, int column, String text, int from) {
        Sheet sheet = sheet(sheetName);
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row starting '" + text + "' on " + sheetName + " from row " + (from + 1));
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new AssertionError("no sheet " + name);
        }
        return sheet;
    }

    private void type(String sheetName, int r, int c, Object value) {
        Row row = sheet(sheetName).getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null || cell.getCellStyle().getLocked()) {
            throw new AssertionError(sheetName + " row " + (r + 1) + " column " + (c + 1)
                    + " is locked: a unit cannot type there");
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}
