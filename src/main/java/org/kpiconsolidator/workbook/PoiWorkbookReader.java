package org.kpiconsolidator.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.XLSBUnsupportedException;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpiconsolidator.workbook.UnreadableWorkbookException.Reason;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Reads .xlsx/.xlsm and .xls files with POI's usermodel, opened read-only. Decides the format by
 * the file's content, never by its extension, and refuses, with a precise reason, every file that
 * is not a readable workbook or is over a {@link ReadLimits limit} before POI parses it. Whatever
 * POI still throws on a damaged file ends as an {@link UnreadableWorkbookException}.
 */
public final class PoiWorkbookReader implements WorkbookReader {

    static {
        ReadLimits.installPoiLimits();
    }

    /** Heap per byte of XML that POI's usermodel and the grid hold (measured: about 16). */
    private static final long HEAP_PER_XML_BYTE = 20;
    /** Heap per byte of an .xls file (measured: 5 to 25, most for files full of cells). */
    private static final long HEAP_PER_OLE2_BYTE = 25;

    private final ReadLimits limits;

    public PoiWorkbookReader() {
        this(ReadLimits.DEFAULT);
    }

    public PoiWorkbookReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
        if (file.toFile().toPath().equals(file)) {
            return readFile(file);
        }
        // A name that is not valid in the platform's encoding (bytes that are not UTF-8): POI opens
        // files by java.io.File, which cannot spell it, so read a private copy.
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new UnreadableWorkbookException(Reason.TOO_LARGE_FILE, Inspection.megabytes(size),
                        Inspection.megabytes(limits.maxFileBytes()), null);
            }
            Path copy = Files.createTempFile("kpi-read-", ".bin");
            try {
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                return readFile(copy);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UnreadableWorkbookException(Reason.IO_ERROR, Inspection.ioProblem(e), "", e);
        }
    }

    private WorkbookGrid readFile(Path file) throws UnreadableWorkbookException {
        Inspection inspection = Inspection.of(file, limits);
        Workbook workbook = open(file, inspection);
        try (workbook) {
            Cells cells = new Cells(limits);
            List<SheetGrid> sheets = new ArrayList<>();
            Formulas formulas = new Formulas(workbook);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(readSheet(workbook, i, cells, formulas));
            }
            if (sheets.isEmpty()) {
                throw new UnreadableWorkbookException(Reason.NO_SHEETS, "");
            }
            Set<WorkbookGrid.ReadNote> notes = inspection.defaultPassword()
                    ? Set.of(WorkbookGrid.ReadNote.DEFAULT_PASSWORD) : Set.of();
            return new WorkbookGrid(inspection.format(), sheets, properties(workbook), notes);
        } catch (OverLimit e) {
            throw e.problem;
        } catch (IOException e) {
            throw new UnreadableWorkbookException(Reason.CORRUPT, OoxmlInspector.describe(e), "", e);
        } catch (RuntimeException e) {
            // POI reports damaged cells and records with many unchecked exception types.
            throw classify(e, inspection, file);
        }
    }

    private static Workbook open(Path file, Inspection inspection) throws UnreadableWorkbookException {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            throw classify(e, inspection, file);
        }
    }

    /** Names what POI's exception means, for what the inspection could not tell in advance. */
    static UnreadableWorkbookException classify(Exception e, Inspection inspection, Path file) {
        if (e instanceof EncryptedDocumentException) {
            return new UnreadableWorkbookException(Reason.ENCRYPTED,
                    inspection.encryption().isEmpty() ? "password" : inspection.encryption(), "", e);
        }
        if (e instanceof OldFileFormatException) {
            return new UnreadableWorkbookException(Reason.OLD_EXCEL, "Excel 5.0/95 or older", "", e);
        }
        if (e instanceof XLSBUnsupportedException) {
            return new UnreadableWorkbookException(Reason.XLSB, "XLSB", "", e);
        }
        if (e instanceof ODFNotOfficeXmlFileException) {
            return new UnreadableWorkbookException(Reason.ODS, "OpenDocument", "", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof IOException && m.startsWith("Zip bomb detected!")) {
                return OoxmlInspector.zipProblem((IOException) t);
            }
            if (m.contains("DOCTYPE is disallowed")) {
                return new UnreadableWorkbookException(Reason.XML_ENTITIES, "", "", e);
            }
            if (m.contains("Strict OOXML isn't currently supported")) {
                return new UnreadableWorkbookException(Reason.STRICT_OOXML, "Strict Open XML", "", e);
            }
            if (t instanceof RecordFormatException && m.startsWith("Tried to allocate an array of length")) {
                return new UnreadableWorkbookException(Reason.ALLOCATION_LIMIT, allocation(m),
                        Inspection.megabytes(ReadLimits.MAX_PART_BYTES), e);
            }
        }
        if (inspection.format() == SpreadsheetFormat.BIFF8 && Ole2Inspector.looksTruncated(file)) {
            return new UnreadableWorkbookException(Reason.TRUNCATED, "", "", e);
        }
        return new UnreadableWorkbookException(Reason.CORRUPT, OoxmlInspector.describe(e), "", e);
    }

    /** The length in POI's "Tried to allocate an array of length 1,234,567, ..." message. */
    private static String allocation(String message) {
        String rest = message.substring("Tried to allocate an array of length".length()).trim();
        int comma = rest.indexOf(", ");
        String digits = (comma < 0 ? rest : rest.substring(0, comma)).replace(",", "");
        try {
            return Inspection.megabytes(Long.parseLong(digits));
        } catch (NumberFormatException ex) {
            return "";
        }
    }

    @Override
    public long heapEstimate(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return 0;
        }
        if (size > limits.maxFileBytes()) {
            return 0; // refused before anything is read
        }
        if (Inspection.ooxmlSize(file, limits) < 0) {
            // Not a zip by its first bytes (an .xls, or refused unread): asking java.util.zip would
            // cost an .xls a backwards search for a zip directory, 128 bytes a read.
            return size * HEAP_PER_OLE2_BYTE;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long xml = 0;
            for (ZipEntry e : Collections.list(zip.entries())) {
                String n = e.getName().toLowerCase(Locale.ROOT);
                if (n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml")) {
                    xml += e.getSize() < 0 ? e.getCompressedSize() * 20 : e.getSize();
                }
            }
            // A package whose directory understates its XML is refused before POI reads it.
            return Math.min(xml, limits.maxXmlBytes()) * HEAP_PER_XML_BYTE + size;
        } catch (IOException | RuntimeException notAZip) {
            return size * HEAP_PER_OLE2_BYTE;
        }
    }

    /** Counts cells and text against the limits, as the grid is built. */
    private static final class Cells {
        /** Merged regions count the cells they cover, up to this many each (see {@link ReadLimits}). */
        private static final int MERGED_CELLS_COUNTED = 400;

        private final ReadLimits limits;
        private long count;
        private long chars;
        /** Texts already read, by the object POI holds them in: a shared string is one String. */
        private final Map<Object, String> texts = new IdentityHashMap<>();

        Cells(ReadLimits limits) {
            this.limits = limits;
        }

        void add(long cells) {
            count += cells;
            if (count > limits.maxCells()) {
                throw new OverLimit(new UnreadableWorkbookException(Reason.TOO_MANY_CELLS, "> " + limits.maxCells(),
                        Integer.toString(limits.maxCells()), null));
            }
        }

        void merged(CellRangeAddress region) {
            add(Math.min(MERGED_CELLS_COUNTED, (long) region.getNumberOfCells()));
        }

        String text(String text) {
            chars += text == null ? 0 : text.length();
            if (chars > limits.maxTextChars()) {
                throw new OverLimit(new UnreadableWorkbookException(Reason.TOO_MUCH_TEXT, "> " + limits.maxTextChars(),
                        Long.toString(limits.maxTextChars()), null));
            }
            return text;
        }
    }

    /** Thrown inside the sheet walk, which POI's iterators drive; carries the finding's reason. */
    private static final class OverLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient UnreadableWorkbookException problem;

        OverLimit(UnreadableWorkbookException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private static SheetGrid readSheet(Workbook workbook, int index, Cells counted, Formulas formulas) {
        Sheet sheet = workbook.getSheetAt(index);
        boolean hidden = workbook.getSheetVisibility(index) != SheetVisibility.VISIBLE;
        List<GridCell> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                counted.add(1);
                // Formulas on hidden sheets are not evaluated: those sheets are not read.
                GridCell g = toGridCell(cell, counted, hidden ? null : formulas);
                if (g != null) {
                    cells.add(g);
                }
            }
        }
        List<MergedRegion> merged = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            counted.merged(r);
            merged.add(new MergedRegion(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()));
        }
        return new SheetGrid(sheet.getSheetName(), index, hidden, cells, merged);
    }

    private static GridCell toGridCell(Cell cell, Cells counted, Formulas formulas) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return formulaCell(cell, counted, formulas);
        }
        return valueCell(cell, type, null, counted);
    }

    /**
     * A formula cell: its cached value (what the unit saw), with the formula's own evaluation beside
     * it; a formula saved without a cached value takes its evaluation as its value.
     */
    private static GridCell formulaCell(Cell cell, Cells counted, Formulas formulas) {
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
        GridCell value = valueCell(cell, cell.getCachedFormulaResultType(), formula, counted);
        if (value == null) {
            return null;
        }
        return new GridCell(value.row(), value.column(), value.kind(), value.text(), value.number(),
                value.percentFormat(), formula, evaluation);
    }

    private static GridCell valueCell(Cell cell, CellType type, String formula, Cells counted) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        switch (type) {
            case STRING: {
                String text = text(cell, counted);
                if (text == null || (text.isBlank() && formula == null)) {
                    return null;
                }
                return new GridCell(r, c, CellKind.TEXT, text, null, false, formula);
            }
            case NUMERIC: {
                BigDecimal value = ExcelDisplay.decimal(cell.getNumericCellValue());
                return new GridCell(r, c, CellKind.NUMBER, value.toPlainString(), value, isPercent(cell), formula);
            }
            case BOOLEAN:
                return new GridCell(r, c, CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, false,
                        formula);
            case ERROR:
                return new GridCell(r, c, CellKind.ERROR, ExcelDisplay.errorText(cell.getErrorCellValue()), null, false,
                        formula);
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
                        BigDecimal n = ExcelDisplay.decimal(v.getNumberValue());
                        yield new GridCell.Evaluation(CellKind.NUMBER, n.toPlainString(), n);
                    }
                    case STRING -> new GridCell.Evaluation(CellKind.TEXT, v.getStringValue(), null);
                    case BOOLEAN -> new GridCell.Evaluation(CellKind.BOOLEAN, v.getBooleanValue() ? "TRUE" : "FALSE",
                            null);
                    case ERROR -> new GridCell.Evaluation(CellKind.ERROR, ExcelDisplay.errorText(v.getErrorValue()),
                            null);
                    default -> null;
                };
            } catch (RuntimeException | StackOverflowError e) {
                // Unsupported functions, external links, broken references: the cached value stands.
                return null;
            }
        }
    }

    /**
     * A text cell's text, at most {@link ReadLimits#MAX_CELL_TEXT} characters. A shared string is
     * read once and its one String shared by every cell that uses it: POI builds a new String per
     * call, so a crafted megabyte-long string used by thousands of cells would fill the heap.
     */
    private static String text(Cell cell, Cells counted) {
        Object key;
        if (cell instanceof XSSFCell) {
            XSSFRichTextString rich = ((XSSFCell) cell).getRichStringCellValue();
            key = rich.getCTRst();
            String known = counted.texts.get(key);
            if (known == null) {
                known = cut(rich.getString());
                counted.texts.put(key, known);
            }
            return counted.text(known);
        }
        String text = cell.getStringCellValue();
        if (text != null && text.length() > ReadLimits.MAX_CELL_TEXT) {
            text = counted.texts.computeIfAbsent(text, t -> cut((String) t));
        }
        return counted.text(text);
    }

    private static String cut(String text) {
        return text == null || text.length() <= ReadLimits.MAX_CELL_TEXT ? text
                : text.substring(0, ReadLimits.MAX_CELL_TEXT);
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
        return cell.getCellStyle() != null && ExcelDisplay.isPercentFormat(cell.getCellStyle().getDataFormatString());
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
