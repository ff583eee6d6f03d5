package org.kpiconsolidator.workbook.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaRenderingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SharedFormula;
import org.apache.poi.ss.formula.SheetIdentifier;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.udf.AggregatingUDFFinder;
import org.apache.poi.ss.formula.udf.IndexedUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Table;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The streamed workbook as POI's formula engine sees it: the same parsing, rendering and
 * evaluation contract as POI's {@code XSSFEvaluationWorkbook}, over {@link SheetPart}s instead of
 * XML Beans. Where that class consults something the stream does not keep (defined names used in a
 * formula, tables, other workbooks), this one throws {@link NotStreamable}, so the file is read by
 * POI and the two readers never disagree.
 */
final class FormulaBook implements EvaluationWorkbook, FormulaParsingWorkbook, FormulaRenderingWorkbook {

    private final List<Sheet> sheets;
    private final List<String> definedNames;
    private final CellValues values;
    private final EvalSheet[] evalSheets;
    private final IndexedUDFFinder udfFinder = new IndexedUDFFinder(AggregatingUDFFinder.DEFAULT);

    /** One sheet of the book: its name and streamed content. */
    record Sheet(String name, SheetPart part) {
    }

    FormulaBook(List<Sheet> sheets, List<String> definedNames, CellValues values) {
        this.sheets = List.copyOf(sheets);
        this.definedNames = List.copyOf(definedNames);
        this.values = values;
        this.evalSheets = new EvalSheet[sheets.size()];
    }

    /** The cell as the formula engine sees it. */
    EvaluationCell cell(int sheetIndex, RawCell cell) {
        return evalSheet(sheetIndex).wrap(cell);
    }

    /**
     * A formula cell's formula text as POI's {@code XSSFCell.getCellFormula()} gives it: a shared
     * formula is its group's master text, parsed and shifted to this cell, then rendered.
     *
     * @throws IllegalStateException when the group's master is missing, as POI does
     */
    String formula(int sheetIndex, RawCell cell) {
        RawCell.Formula f = cell.formula;
        if (!f.shared()) {
            return f.text();
        }
        SheetPart.SharedMaster master = sheets.get(sheetIndex).part().sharedFormulas.get(f.sharedIndex());
        if (master == null) {
            throw new IllegalStateException("Master cell of a shared formula with sid=" + f.sharedIndex()
                    + " was not found");
        }
        CellRangeAddress range = master.range();
        Ptg[] ptgs = FormulaParser.parse(master.text(), this, FormulaType.CELL, sheetIndex, cell.row);
        Ptg[] shifted = new SharedFormula(SpreadsheetVersion.EXCEL2007).convertSharedFormulas(ptgs,
                cell.row - range.getFirstRow(), cell.column - range.getFirstColumn());
        return FormulaRenderer.toFormulaString(this, shifted);
    }

    private EvalSheet evalSheet(int index) {
        if (index < 0 || index >= sheets.size()) {
            // POI's XSSFWorkbook.getSheetAt message and type.
            throw new IllegalArgumentException("Sheet index (" + index + ") is out of range (0.." + (sheets.size() - 1)
                    + ")");
        }
        EvalSheet s = evalSheets[index];
        if (s == null) {
            s = new EvalSheet(index, sheets.get(index).part());
            evalSheets[index] = s;
        }
        return s;
    }

    private boolean isDefinedName(String name) {
        for (String n : definedNames) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static NotStreamable namesUsed() {
        return new NotStreamable("a formula uses a defined name");
    }

    // ---- EvaluationWorkbook ---------------------------------------------------------------------

    @Override
    public String getSheetName(int sheetIndex) {
        return sheets.get(sheetIndex).name();
    }

    @Override
    public int getSheetIndex(EvaluationSheet sheet) {
        return ((EvalSheet) sheet).index;
    }

    @Override
    public int getSheetIndex(String sheetName) {
        for (int i = 0; i < sheets.size(); i++) {
            if (sheetName.equalsIgnoreCase(sheets.get(i).name())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public EvaluationSheet getSheet(int sheetIndex) {
        return evalSheet(sheetIndex);
    }

    @Override
    public ExternalSheet getExternalSheet(int externSheetIndex) {
        throw new IllegalStateException("HSSF-style external references are not supported for XSSF");
    }

    @Override
    public ExternalSheet getExternalSheet(String firstSheetName, String lastSheetName, int externalWorkbookNumber) {
        if (externalWorkbookNumber > 0) {
            throw new NotStreamable("a formula refers to another workbook");
        }
        if (lastSheetName == null || firstSheetName.equals(lastSheetName)) {
            return new ExternalSheet(null, firstSheetName);
        }
        return new ExternalSheetRange(null, firstSheetName, lastSheetName);
    }

    @Override
    public int convertFromExternSheetIndex(int externSheetIndex) {
        return externSheetIndex;
    }

    @Override
    public ExternalName getExternalName(int externSheetIndex, int externNameIndex) {
        throw new IllegalStateException("HSSF-style external references are not supported for XSSF");
    }

    @Override
    public ExternalName getExternalName(String nameName, String sheetName, int externalWorkbookNumber) {
        if (externalWorkbookNumber > 0) {
            throw new NotStreamable("a formula refers to another workbook");
        }
        if (isDefinedName(nameName)) {
            throw namesUsed();
        }
        return new ExternalName(nameName, -1, 0);
    }

    @Override
    public EvaluationName getName(NamePtg namePtg) {
        throw namesUsed();
    }

    @Override
    public EvaluationName getName(String name, int sheetIndex) {
        if (isDefinedName(name)) {
            throw namesUsed();
        }
        return null;
    }

    @Override
    public String resolveNameXText(NameXPtg ptg) {
        String function = udfFinder.getFunctionName(ptg.getNameIndex());
        if (function == null) {
            throw namesUsed();
        }
        return function;
    }

    /**
     * Parsed formulas by their text. Forms made from one template repeat the same formulas in every
     * file, and parsing took half the time evaluating them took. Shared between books without defined
     * names only (with none, a formula's tokens depend on its text alone); the engine only reads them.
     */
    private static final Map<String, Ptg[]> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_PARSED = 20_000;
    private static final int MAX_PARSED_LENGTH = 1_000;

    @Override
    public Ptg[] getFormulaTokens(EvaluationCell evalCell) {
        EvalCell c = (EvalCell) evalCell;
        int sheet = c.sheet.index;
        String text = formula(sheet, c.raw);
        boolean shareable = definedNames.isEmpty() && text.length() <= MAX_PARSED_LENGTH;
        Ptg[] parsed = shareable ? PARSED.get(text) : null;
        if (parsed == null) {
            parsed = FormulaParser.parse(text, this, FormulaType.CELL, sheet, c.raw.row);
            if (shareable && PARSED.size() < MAX_PARSED) {
                PARSED.putIfAbsent(text, parsed);
            }
        }
        return parsed;
    }

    @Override
    public UDFFinder getUDFFinder() {
        return udfFinder;
    }

    @Override
    public SpreadsheetVersion getSpreadsheetVersion() {
        return SpreadsheetVersion.EXCEL2007;
    }

    @Override
    public void clearAllCachedResultValues() {
        // Nothing cached beyond the immutable stream.
    }

    // ---- FormulaParsingWorkbook -----------------------------------------------------------------

    @Override
    public Name createName() {
        throw namesUsed();
    }

    @Override
    public Table getTable(String name) {
        throw new NotStreamable("a formula refers to a table");
    }

    @Override
    public Ptg getNameXPtg(String name, SheetIdentifier sheet) {
        if (udfFinder.findFunction(name) != null) {
            return new NameXPxg(null, name);
        }
        if (sheet == null) {
            if (isDefinedName(name)) {
                throw namesUsed();
            }
            return null;
        }
        throw new NotStreamable("a formula uses a sheet-scoped or external name");
    }

    @Override
    public Ptg get3DReferencePtg(CellReference cell, SheetIdentifier sheet) {
        if (sheet.getBookName() != null) {
            throw new NotStreamable("a formula refers to another workbook");
        }
        return new Ref3DPxg(sheet, cell);
    }

    @Override
    public Ptg get3DReferencePtg(AreaReference area, SheetIdentifier sheet) {
        if (sheet.getBookName() != null) {
            throw new NotStreamable("a formula refers to another workbook");
        }
        return new Area3DPxg(sheet, area);
    }

    @Override
    public int getExternalSheetIndex(String sheetName) {
        return getSheetIndex(sheetName);
    }

    @Override
    public int getExternalSheetIndex(String workbookName, String sheetName) {
        throw new NotStreamable("a formula refers to another workbook");
    }

    // ---- FormulaRenderingWorkbook ---------------------------------------------------------------

    @Override
    public String getSheetFirstNameByExternSheet(int externSheetIndex) {
        return getSheetName(externSheetIndex);
    }

    @Override
    public String getSheetLastNameByExternSheet(int externSheetIndex) {
        return getSheetName(externSheetIndex);
    }

    @Override
    public String getNameText(NamePtg namePtg) {
        throw namesUsed();
    }

    // ---- sheets and cells -----------------------------------------------------------------------

    /** A sheet as the engine sees it: cells by position, built on first use. */
    private final class EvalSheet implements EvaluationSheet {
        final int index;
        private final SheetPart part;
        private Map<Long, EvalCell> byPosition;

        EvalSheet(int index, SheetPart part) {
            this.index = index;
            this.part = part;
        }

        EvalCell wrap(RawCell raw) {
            EvalCell c = cells().get(key(raw.row, raw.column));
            return c != null ? c : new EvalCell(this, raw);
        }

        private Map<Long, EvalCell> cells() {
            if (byPosition == null) {
                byPosition = new HashMap<>(part.cells.size() * 2);
                for (RawCell raw : part.cells) {
                    byPosition.put(key(raw.row, raw.column), new EvalCell(this, raw));
                }
            }
            return byPosition;
        }

        private static long key(int row, int column) {
            return ((long) row << 20) | column;
        }

        @Override
        public EvaluationCell getCell(int rowIndex, int columnIndex) {
            if (rowIndex > part.lastRow) {
                return null;
            }
            return cells().get(key(rowIndex, columnIndex));
        }

        @Override
        public void clearAllCachedResultValues() {
            // Nothing to clear.
        }

        @Override
        public int getLastRowNum() {
            return part.lastRow;
        }

        @Override
        public boolean isRowHidden(int rowIndex) {
            return rowIndex >= 0 && part.hiddenRows.get(rowIndex);
        }
    }

    /** A cell as the engine sees it, with the value rules of POI's {@code XSSFCell}. */
    private final class EvalCell implements EvaluationCell {
        final EvalSheet sheet;
        final RawCell raw;

        EvalCell(EvalSheet sheet, RawCell raw) {
            this.sheet = sheet;
            this.raw = raw;
        }

        @Override
        public Object getIdentityKey() {
            return raw;
        }

        @Override
        public EvaluationSheet getSheet() {
            return sheet;
        }

        @Override
        public int getRowIndex() {
            return raw.row;
        }

        @Override
        public int getColumnIndex() {
            return raw.column;
        }

        @Override
        public CellType getCellType() {
            return raw.isFormula() ? CellType.FORMULA : CellValues.baseType(raw, true);
        }

        @Override
        public CellType getCachedFormulaResultType() {
            if (!raw.isFormula()) {
                throw new IllegalStateException("Only formula cells have cached results");
            }
            return CellValues.baseType(raw, false);
        }

        @Override
        public double getNumericCellValue() {
            CellType type = raw.isFormula() ? CellValues.baseType(raw, false) : CellValues.baseType(raw, true);
            return switch (type) {
                case BLANK -> 0.0;
                case NUMERIC -> CellValues.number(raw);
                default -> throw new IllegalStateException("Cannot get a NUMERIC value from a " + type + " cell");
            };
        }

        @Override
        public String getStringCellValue() {
            CellType type = raw.isFormula() ? CellValues.baseType(raw, false) : CellValues.baseType(raw, true);
            return switch (type) {
                case BLANK -> "";
                case STRING -> cellText();
                default -> throw new IllegalStateException("Cannot get a STRING value from a " + type + " cell");
            };
        }

        private String cellText() {
            return values.text(raw);
        }

        @Override
        public boolean getBooleanCellValue() {
            CellType type = getCellType();
            return switch (type) {
                case BLANK -> false;
                case BOOLEAN, FORMULA -> "1".equals(raw.value);
                default -> throw new IllegalStateException("Cannot get a BOOLEAN value from a " + type + " cell");
            };
        }

        @Override
        public int getErrorCellValue() {
            if (CellValues.baseType(raw, true) != CellType.ERROR) {
                throw new IllegalStateException("Cannot get an ERROR value from a non-error cell");
            }
            return raw.value == null ? 0 : FormulaError.forString(raw.value).getCode();
        }

        @Override
        public CellRangeAddress getArrayFormulaRange() {
            throw new IllegalStateException("Cell " + new CellReference(raw.row, raw.column).formatAsString()
                    + " is not part of an array formula.");
        }

        @Override
        public boolean isPartOfArrayFormulaGroup() {
            return false;
        }
    }
}
