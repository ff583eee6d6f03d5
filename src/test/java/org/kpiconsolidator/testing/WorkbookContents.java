package org.kpiconsolidator.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook's content as plain values, to compare two files cell by cell regardless of their bytes
 * (zip timestamps, style ids): sheet name to A1 reference to raw value, plus each sheet's merged regions.
 */
public final class WorkbookContents {

    private WorkbookContents() {
    }

    /**
     * Sheet names in order, each mapped to its non-blank cells: text as {@link String}, numbers as
     * {@link Double}, formulas as {@code =FORMULA -> cached}; the key {@code merged} lists merged regions.
     */
    public static Map<String, Map<String, Object>> read(Path file) throws IOException {
        Map<String, Map<String, Object>> contents = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                Map<String, Object> cells = new LinkedHashMap<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Object value = raw(cell, cell.getCellType());
                        if (value != null) {
                            cells.put(cell.getAddress().formatAsString(), value);
                        }
                    }
                }
                List<String> merged = new ArrayList<>();
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    merged.add(region.formatAsString());
                }
                merged.sort(null);
                cells.put("merged", merged);
                contents.put(sheet.getSheetName(), cells);
            }
        }
        return contents;
    }

    private static Object raw(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> "#ERROR " + cell.getErrorCellValue();
            case FORMULA -> "=" + cell.getCellFormula() + " -> " + raw(cell, cell.getCachedFormulaResultType());
            case BLANK, _NONE -> null;
        };
    }
}
