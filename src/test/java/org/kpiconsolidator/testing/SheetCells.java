package org.kpiconsolidator.testing;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Test look-ups in a rendered sheet. */
final class SheetCells {

    private SheetCells() {
    }

    /** The first text cell (top to bottom, left to right) whose value is exactly {@code text}. */
    static Optional<Cell> find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return Optional.of(cell);
                }
            }
        }
        return Optional.empty();
    }

    /** The first text cell starting with {@code prefix}. */
    static Optional<Cell> findStartingWith(Sheet sheet, String prefix) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(prefix)) {
                    return Optional.of(cell);
                }
            }
        }
        return Optional.empty();
    }

    /** The cell {@code rowsDown} rows below and {@code columnsRight} columns right of {@code origin}, or null. */
    static Cell offset(Cell origin, int rowsDown, int columnsRight) {
        Row row = origin.getSheet().getRow(origin.getRowIndex() + rowsDown);
        return row == null ? null : row.getCell(origin.getColumnIndex() + columnsRight);
    }
}
