package org.kpiconsolidator.workbook.xlsx;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.BoolEval;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.kpiconsolidator.workbook.CellKind;
import org.kpiconsolidator.workbook.ExcelDisplay;
import org.kpiconsolidator.workbook.GridCell;
import org.kpiconsolidator.workbook.ReadLimits;
import org.kpiconsolidator.workbook.SheetGrid;
import org.kpiconsolidator.workbook.SpreadsheetFormat;
import org.kpiconsolidator.workbook.UnreadableWorkbookException;
import org.kpiconsolidator.workbook.WorkbookGrid;
import org.kpiconsolidator.workbook.WorkbookReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an .xlsx/.xlsm file by streaming its XML (about ten times faster than POI's usermodel) and
 * gives the same grid as {@code PoiWorkbookReader}, cell for cell: the same texts, numbers as Excel
 * shows them, percent formats, formula texts, cached values and formula evaluations (by POI's own
 * formula engine, over the streamed cells), merged regions, hidden sheets and document properties.
 *
 * <p>A file it does not cover goes to the {@code fallback} reader, whole: array and data-table
 * formulas, formulas that use defined names, tables or other workbooks, chart and macro sheets,
 * rows or cells without references, a damaged zip or XML, anything past the package limits (see
 * {@code XlsxPackage}), and anything that is not an OOXML package at all. So odd and hostile
 * files keep POI's verdict, and ordinary forms never pay for POI.
 *
 * <p>Formulas are evaluated as POI's reader does: up to 2,000 per workbook, on visible sheets only.
 */
public final class StreamingXlsxReader implements WorkbookReader {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingXlsxReader.class);

    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WORKSHEET = REL + "worksheet";
    private static final String SHARED_STRINGS = REL + "sharedStrings";
    private static final String STYLES = REL + "styles";
    /** Sheets POI reads that are not worksheets: left to it. */
    private static final Set<String> OTHER_SHEETS = Set.of(REL + "chartsheet", REL + "dialogsheet",
            "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
            "http://schemas.microsoft.com/office/2006/relationships/xlIntlMacrosheet");

    /** Formulas evaluated per workbook, as in {@code PoiWorkbookReader}. */
    private static final int EVALUATION_BUDGET = 2_000;

    private final WorkbookReader fallback;
    private final ReadLimits limits;

    /** @param fallback reads the files this reader does not cover (normally {@code PoiWorkbookReader}) */
    public StreamingXlsxReader(WorkbookReader fallback) {
        this(fallback, ReadLimits.DEFAULT);
    }

    /**
     * @param limits the fallback's limits: a workbook over the cell or text limit, or with a text
     *     longer than Excel allows (which POI's reader cuts), is the fallback's to refuse or read
     */
    public StreamingXlsxReader(WorkbookReader fallback, ReadLimits limits) {
        this.fallback = fallback;
        this.limits = limits;
    }

    @Override
    public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
        try {
            return stream(file, limits);
        } catch (NotStreamable e) {
            LOG.debug("{}: read with POI: {}", file.getFileName(), e.getMessage());
            return fallback.read(file);
        }
    }

    /** As much heap as the fallback may need: a file can end there. */
    @Override
    public long heapEstimate(Path file) {
        return fallback.heapEstimate(file);
    }

    /** Streams the file within the default limits; {@link NotStreamable} when it is one to leave to the fallback. */
    static WorkbookGrid stream(Path file) {
        return stream(file, ReadLimits.DEFAULT);
    }

    /**
     * A streamed workbook for a caller that inspects the file afterwards.
     *
     * @param grid the workbook's grid, as {@link #read} gives it
     * @param partsReadWhole the parts read to their end, by lower-case name with forward slashes, with
     *     the bytes each inflated to: each was parsed at least to its root element without a DTD
     *     (worksheets to their last cell), so an inspection need not inflate and parse them again
     */
    public record Streamed(WorkbookGrid grid, Map<String, Long> partsReadWhole) {
    }

    /**
     * Streams a file whose inspection is still to come: never hands it to the fallback, and inflates
     * no more XML than {@code limits} allow a workbook (past that, the inspection refuses it).
     *
     * @return empty when the file is not one this reader covers (the caller then inspects it and
     *     reads it the usual way)
     */
    public static Optional<Streamed> streamBeforeInspection(Path file, ReadLimits limits) {
        try (XlsxPackage pkg = XlsxPackage.open(file, limits.maxXmlBytes())) {
            WorkbookGrid grid = stream(pkg, limits);
            pkg.readOtherXmlParts();
            return Optional.of(new Streamed(grid, pkg.partsReadWhole()));
        } catch (NotStreamable e) {
            LOG.debug("{}: not streamed before inspection: {}", file.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    private static WorkbookGrid stream(Path file, ReadLimits limits) {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            return stream(pkg, limits);
        }
    }

    private static WorkbookGrid stream(XlsxPackage pkg, ReadLimits limits) {
        List<XlsxPackage.Relationship> packageRels = pkg.relationships("");
        String workbookPart = null;
        for (XlsxPackage.Relationship r : packageRels) {
            if (r.type().equals(OFFICE_DOCUMENT)) {
                workbookPart = r.target();
                break;
            }
        }
        if (workbookPart == null || !pkg.has(workbookPart)) {
            throw new NotStreamable("no workbook part (Strict OOXML or not a spreadsheet)");
        }
        WorkbookPart workbook = WorkbookPart.read(pkg, workbookPart);
        Map<String, XlsxPackage.Relationship> byId = new HashMap<>();
        SharedStrings strings = SharedStrings.NONE;
        CellStyles styles = CellStyles.NONE;
        for (XlsxPackage.Relationship r : pkg.relationships(workbookPart)) {
            byId.put(r.id(), r);
            if (r.type().equals(SHARED_STRINGS)) {
                strings = SharedStrings.read(pkg, existing(pkg, r));
            } else if (r.type().equals(STYLES)) {
                styles = CellStyles.read(pkg, existing(pkg, r));
            }
        }
        List<FormulaBook.Sheet> sheets = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        long cellElements = 0;
        for (WorkbookPart.SheetEntry entry : workbook.sheets) {
            XlsxPackage.Relationship r = entry.relationshipId() == null ? null : byId.get(entry.relationshipId());
            if (r == null || !(r.type().equals(WORKSHEET) || OTHER_SHEETS.contains(r.type()))) {
                continue; // POI skips a sheet entry whose part is missing
            }
            if (!r.type().equals(WORKSHEET)) {
                throw new NotStreamable("a chart, dialog or macro sheet");
            }
            SheetPart part = SheetPart.read(pkg, existing(pkg, r), limits.maxCells() - cellElements);
            cellElements += part.cellElements;
            sheets.add(new FormulaBook.Sheet(entry.name(), part));
            hidden.add(entry.hidden());
        }
        if (sheets.isEmpty()) {
            throw new NotStreamable("a workbook without sheets (POI's reader names it)");
        }
        CellValues values = new CellValues(strings, styles);
        FormulaBook book = new FormulaBook(sheets, workbook.definedNames, values);
        Grids grids = new Grids(book, values, limits);
        grids.countCells(sheets);
        List<SheetGrid> grid = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            grid.add(grids.sheet(i, sheets.get(i), hidden.get(i)));
        }
        return new WorkbookGrid(SpreadsheetFormat.OOXML, grid, DocumentProperties.read(pkg, packageRels));
    }

    private static String existing(XlsxPackage pkg, XlsxPackage.Relationship r) {
        if (r.target() == null || !pkg.has(r.target())) {
            throw new NotStreamable("a relationship to a missing part: " + r.target());
        }
        return r.target();
    }

    /** Builds grid cells from raw cells, as {@code PoiWorkbookReader} builds them from POI's cells. */
    private static final class Grids {
        /** Merged regions count the cells they cover, up to this many each, as in POI's reader. */
        private static final int MERGED_CELLS_COUNTED = 400;

        private final FormulaBook book;
        private final CellValues values;
        private final ReadLimits limits;
        private WorkbookEvaluator evaluator;
        private int budget = EVALUATION_BUDGET;
        private long textChars;

        Grids(FormulaBook book, CellValues values, ReadLimits limits) {
            this.book = book;
            this.values = values;
            this.limits = limits;
        }

        /** Cells as POI's reader counts them (blank formatted ones too, and merged areas): over its limit is its to refuse. */
        void countCells(List<FormulaBook.Sheet> sheets) {
            long cells = 0;
            for (FormulaBook.Sheet s : sheets) {
                cells += s.part().cellElements;
                for (org.kpiconsolidator.workbook.MergedRegion m : s.part().merged) {
                    long covered = (long) (m.lastRow() - m.firstRow() + 1) * (m.lastColumn() - m.firstColumn() + 1);
                    cells += Math.min(MERGED_CELLS_COUNTED, covered);
                }
            }
            if (cells > limits.maxCells()) {
                throw new NotStreamable("more cells than the limit");
            }
        }

        /** Counts a text as POI's reader does; too long a text or too much text is the fallback's. */
        private String counted(String text) {
            if (text != null) {
                if (text.length() > ReadLimits.MAX_CELL_TEXT) {
                    throw new NotStreamable("a text longer than Excel allows");
                }
                textChars += text.length();
                if (textChars > limits.maxTextChars()) {
                    throw new NotStreamable("more text than the limit");
                }
            }
            return text;
        }

        SheetGrid sheet(int index, FormulaBook.Sheet sheet, boolean hidden) {
            SheetPart part = sheet.part();
            if (!part.hasFormulas) {
                // A sheet of other content (an activity log, data) is looked at for the form's
                // anchor among its texts, and built into cells only if asked. What could fail in
                // building it is done now: the texts are counted against the limits (numbers and
                // error codes were checked as the sheet was parsed).
                List<String> texts = new ArrayList<>();
                for (RawCell raw : part.cells) {
                    if (CellValues.baseType(raw, true) == CellType.STRING) {
                        String text = counted(values.text(raw));
                        if (text != null && !text.isBlank()) {
                            texts.add(text);
                        }
                    }
                }
                return SheetGrid.deferred(sheet.name(), index, hidden, () -> valueCells(part), texts, part.merged);
            }
            List<GridCell> cells = new ArrayList<>(part.cells.size());
            for (RawCell raw : part.cells) {
                GridCell g = raw.isFormula() ? formulaCell(index, raw, !hidden)
                        : valueCell(raw, CellValues.baseType(raw, true), null);
                if (g != null) {
                    cells.add(g);
                }
            }
            return new SheetGrid(sheet.name(), index, hidden, cells, part.merged);
        }

        /** The cells of a sheet without formulas, its texts counted already. */
        private List<GridCell> valueCells(SheetPart part) {
            List<GridCell> cells = new ArrayList<>(part.cells.size());
            for (RawCell raw : part.cells) {
                GridCell g = valueCell(raw, CellValues.baseType(raw, true), null, false);
                if (g != null) {
                    cells.add(g);
                }
            }
            return cells;
        }

        private GridCell formulaCell(int sheet, RawCell raw, boolean evaluate) {
            String formula = formulaText(sheet, raw);
            GridCell.Evaluation evaluation = evaluate ? evaluate(sheet, raw) : null;
            if (raw.value == null) {
                // No cached value: the evaluation is the value, or there is no cell.
                if (evaluation == null) {
                    return null;
                }
                return new GridCell(raw.row, raw.column, evaluation.kind(), evaluation.text(), evaluation.number(),
                        values.isPercent(raw), formula, evaluation);
            }
            GridCell value = valueCell(raw, CellValues.baseType(raw, false), formula);
            if (value == null) {
                return null;
            }
            return new GridCell(value.row(), value.column(), value.kind(), value.text(), value.number(),
                    value.percentFormat(), formula, evaluation);
        }

        private String formulaText(int sheet, RawCell raw) {
            try {
                return book.formula(sheet, raw);
            } catch (NotStreamable e) {
                throw e;
            } catch (RuntimeException e) {
                NotStreamable n = NotStreamable.in(e);
                if (n != null) {
                    throw n;
                }
                return ""; // as PoiWorkbookReader: the cached value still reads
            }
        }

        private GridCell valueCell(RawCell raw, CellType type, String formula) {
            return valueCell(raw, type, formula, true);
        }

        /** @param count whether to count the text against the limits (not when counted already) */
        private GridCell valueCell(RawCell raw, CellType type, String formula, boolean count) {
            int r = raw.row;
            int c = raw.column;
            switch (type) {
                case STRING: {
                    String text = count ? counted(values.text(raw)) : values.text(raw);
                    if (text == null || (text.isBlank() && formula == null)) {
                        return null;
                    }
                    return new GridCell(r, c, CellKind.TEXT, text, null, false, formula);
                }
                case NUMERIC: {
                    if (raw.plainDecimal) {
                        // a plain decimal is its own display (ExcelDisplayTest): no digits written out again
                        return new GridCell(r, c, CellKind.NUMBER, raw.value, ExcelDisplay.exactDecimal(raw.value),
                                values.isPercent(raw), formula);
                    }
                    BigDecimal value = CellValues.decimal(raw);
                    return new GridCell(r, c, CellKind.NUMBER, value.toPlainString(), value, values.isPercent(raw),
                            formula);
                }
                case BOOLEAN:
                    return new GridCell(r, c, CellKind.BOOLEAN, "1".equals(raw.value) ? "TRUE" : "FALSE", null, false,
                            formula);
                case ERROR: {
                    byte code = raw.value == null ? 0 : FormulaError.forString(raw.value).getCode();
                    return new GridCell(r, c, CellKind.ERROR, ExcelDisplay.errorText(code), null, false, formula);
                }
                default:
                    return null;
            }
        }

        /** What the formula calculates, by POI's engine; {@code null} past the budget or when it cannot say. */
        private GridCell.Evaluation evaluate(int sheet, RawCell raw) {
            if (budget <= 0) {
                return null;
            }
            budget--;
            try {
                if (evaluator == null) {
                    evaluator = new WorkbookEvaluator(book, null, null);
                    evaluator.setIgnoreMissingWorkbooks(true);
                }
                ValueEval v = evaluator.evaluate(book.cell(sheet, raw));
                if (v instanceof NumberEval n) {
                    BigDecimal d = ExcelDisplay.decimal(n.getNumberValue());
                    return new GridCell.Evaluation(CellKind.NUMBER, d.toPlainString(), d);
                }
                if (v instanceof StringEval s) {
                    return new GridCell.Evaluation(CellKind.TEXT, s.getStringValue(), null);
                }
                if (v instanceof BoolEval b) {
                    return new GridCell.Evaluation(CellKind.BOOLEAN, b.getBooleanValue() ? "TRUE" : "FALSE", null);
                }
                if (v instanceof ErrorEval e) {
                    return new GridCell.Evaluation(CellKind.ERROR, ExcelDisplay.errorText((byte) e.getErrorCode()),
                            null);
                }
                return null;
            } catch (RuntimeException | StackOverflowError e) {
                NotStreamable n = NotStreamable.in(e);
                if (n != null) {
                    throw n;
                }
                // Unsupported functions, broken references: the cached value stands, as in POI's reader.
                return null;
            }
        }
    }
}
