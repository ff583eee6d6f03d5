package org.kpiconsolidator.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Reads .xlsx/.xlsm and .xls files with POI's usermodel, opened read-only. Decides the format by
 * the file's first bytes, never by its extension.
 */
public final class PoiWorkbookReader implements WorkbookReader {

    @Override
    public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
        SpreadsheetFormat format = sniff(file);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<SheetGrid> sheets = new ArrayList<>();
            Formulas formulas = new Formulas(workbook);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(readSheet(workbook, i, formulas));
            }
            return new WorkbookGrid(format, sheets, properties(workbook));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.ENCRYPTED,
                    "the workbook is protected with a password", e);
        } catch (OldFileFormatException e) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.UNSUPPORTED_FORMAT,
                    "an Excel 5/95 or older workbook", e);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.CORRUPT,
                    "the file is damaged or truncated (" + e.getClass().getSimpleName() + ")", e);
        } catch (RuntimeException e) {
            // POI reports damaged content with many unchecked exception types.
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.CORRUPT,
                    "the workbook content is damaged (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static SpreadsheetFormat sniff(Path file) throws UnreadableWorkbookException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.EMPTY_FILE, "the file is empty", e);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.IO_ERROR,
                    "the file cannot be read: " + e.getMessage(), e);
        }
        switch (magic) {
            case OOXML:
                return SpreadsheetFormat.OOXML;
            case OLE2:
                return SpreadsheetFormat.BIFF8;
            case BIFF2: case BIFF3: case BIFF4:
                throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.UNSUPPORTED_FORMAT,
                        "an Excel 4.0 or older workbook");
            default:
                throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.NOT_A_SPREADSHEET,
                        "not a spreadsheet (content looks like " + magic.name() + ")");
        }
    }

    private static SheetGrid readSheet(Workbook workbook, int index, Formulas formulas) {
        Sheet sheet = workbook.getSheetAt(index);
        boolean hidden = workbook.getSheetVisibility(index) != SheetVisibility.VISIBLE;
        List<GridCell> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                GridCell g = hidden ? toGridCell(cell, null) : toGridCell(cell, formulas);
                if (g != null) {
                    cells.add(g);
                }
            }
        }
        List<MergedRegion> merged = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            merged.add(new MergedRegion(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()));
        }
        return new SheetGrid(sheet.getSheetName(), index, hidden, cells, merged);
    }

    private static GridCell toGridCell(Cell cell, Formulas formulas) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return formulaCell(cell, formulas);
        }
        return valueCell(cell, type, null);
    }

    /**
     * A formula cell: its cached value (what the unit saw), with the formula's own evaluation beside
     * it; a formula saved without a cached value takes its evaluation as its value.
     */
    private static GridCell formulaCell(Cell cell, Formulas formulas) {
        String formula = formulaText(cell);
        GridCell.Evaluation evaluation = formulas == null ? null : formulas.evaluate(cell);
        boolean cached = !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
        if (!cached) {
            if (evaluation == null) {
                return null;
            }
            return new GridCell(cell.getRowIndex(), cell.getColumnIndex(), evaluation.kind(), evaluation.text(),
                    evaluation.number(), isPercent(cell), formula, evaluation);
        }
        GridCell value = valueCell(cell, cell.getCachedFormulaResultType(), formula);
        if (value == null) {
            return null;
        }
        return new GridCell(value.row(), value.column(), value.kind(), value.text(), value.number(),
                value.percentFormat(), formula, evaluation);
    }

    private static GridCell valueCell(Cell cell, CellType type, String formula) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        switch (type) {
            case STRING: {
                String text = cell.getStringCellValue();
                if (text == null || (text.isBlank() && formula == null)) {
                    return null;
                }
                return new GridCell(r, c, CellKind.TEXT, text, null, false, formula);
            }
            case NUMERIC: {
                BigDecimal value = decimal(cell.getNumericCellValue());
                return new GridCell(r, c, CellKind.NUMBER, value.toPlainString(), value, isPercent(cell), formula);
            }
            case BOOLEAN:
                return new GridCell(r, c, CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, false,
                        formula);
            case ERROR:
                return new GridCell(r, c, CellKind.ERROR, errorText(cell.getErrorCellValue()), null, false, formula);
            default:
                return null;
        }
    }

    /**
     * Evaluates formulas of one workbook, up to a budget: a form has a few dozen formulas, and a
     * workbook with thousands is not worth the time of checking each.
     */
    private static final class Formulas {
        private static final int BUDGET = 2_000;
        private final FormulaEvaluator evaluator;
        private int left = BUDGET;

        Formulas(Workbook workbook) {
            FormulaEvaluator e;
            try {
                e = workbook.getCreationHelper().createFormulaEvaluator();
                e.setIgnoreMissingWorkbooks(true);
            } catch (RuntimeException ex) {
                e = null;
            }
            this.evaluator = e;
        }

        GridCell.Evaluation evaluate(Cell cell) {
            if (evaluator == null || left <= 0) {
                return null;
            }
            left--;
            try {
                CellValue v = evaluator.evaluate(cell);
                if (v == null) {
                    return null;
                }
                return switch (v.getCellType()) {
                    case NUMERIC -> {
                        BigDecimal n = decimal(v.getNumberValue());
                        yield new GridCell.Evaluation(CellKind.NUMBER, n.toPlainString(), n);
                    }
                    case STRING -> new GridCell.Evaluation(CellKind.TEXT, v.getStringValue(), null);
                    case BOOLEAN -> new GridCell.Evaluation(CellKind.BOOLEAN, v.getBooleanValue() ? "TRUE" : "FALSE", null);
                    case ERROR -> new GridCell.Evaluation(CellKind.ERROR, errorText(v.getErrorValue()), null);
                    default -> null;
                };
            } catch (RuntimeException | StackOverflowError e) {
                // Unsupported functions, external links, broken references: the cached value stands.
                return null;
            }
        }
    }

    /** The value Excel shows (15 significant digits), so 0.1+0.2 reads as 0.3, as the unit saw it. */
    static BigDecimal decimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(NumberToTextConverter.toText(d));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(d);
        }
    }

    private static String formulaText(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            // HSSF array formulas without their ArrayRecord throw here; the cached value still reads.
            return "";
        }
    }

    private static boolean isPercent(Cell cell) {
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '\\') {
                i++;
            } else if (ch == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static Map<String, String> properties(Workbook workbook) {
        Map<String, String> props = new LinkedHashMap<>();
        try {
            if (workbook instanceof XSSFWorkbook) {
                POIXMLProperties p = ((XSSFWorkbook) workbook).getProperties();
                putIfText(props, "producer", p.getExtendedProperties().getApplication());
                for (CTProperty property : p.getCustomProperties().getUnderlyingProperties().getPropertyList()) {
                    putIfText(props, "custom." + property.getName(),
                            property.isSetLpwstr() ? property.getLpwstr() : null);
                }
            } else if (workbook instanceof HSSFWorkbook) {
                HSSFWorkbook hssf = (HSSFWorkbook) workbook;
                SummaryInformation si = hssf.getSummaryInformation();
                if (si != null) {
                    putIfText(props, "producer", si.getApplicationName());
                }
                DocumentSummaryInformation dsi = hssf.getDocumentSummaryInformation();
                CustomProperties custom = dsi == null ? null : dsi.getCustomProperties();
                if (custom != null) {
                    custom.forEach((k, v) -> putIfText(props, "custom." + k, v == null ? null : String.valueOf(v)));
                }
            }
        } catch (RuntimeException e) {
            // Damaged property parts do not make the form unreadable.
        }
        return props;
    }

    private static void putIfText(Map<String, String> props, String key, String value) {
        if (key != null && value != null && !value.isBlank()) {
            props.put(key, value.trim());
        }
    }
}
