package org.kpiconsolidator.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The row cursor of one sheet: the only place that creates rows and cells. The renderer emits tagged
 * rows ({@link RowKind}); the layout's variations see each one and may add rows of their own.
 */
public final class FormWriter {

    /** Label lines span the width of the widest common table (rubric and detail: A-F). */
    static final int LINE_COLUMNS = 6;
    /** Column widths in characters for the form's columns A-G, chosen for the tables that use them. */
    private static final int[] COLUMN_CHARS = {46, 14, 16, 16, 30, 30, 12};
    private static final int SPACER_COLUMN_CHARS = 3;
    private static final float LINE_HEIGHT_POINTS = 15f;
    private static final float ROW_PADDING_POINTS = 3f;

    private final Sheet sheet;
    private final Layout layout;
    private final Styles styles;
    private final CellValues cellValues;
    private int nextRow;
    private int blockIndex = -1;

    FormWriter(Sheet sheet, Layout layout, Styles styles, CellValues cellValues) {
        this.sheet = sheet;
        this.layout = layout;
        this.styles = styles;
        this.cellValues = cellValues;
        int offset = layout.columnOffset();
        for (int column = 0; column < offset; column++) {
            sheet.setColumnWidth(column, SPACER_COLUMN_CHARS * 256);
        }
        for (int column = 0; column < COLUMN_CHARS.length; column++) {
            sheet.setColumnWidth(offset + column, COLUMN_CHARS[column] * 256);
        }
        sheet.setDefaultRowHeightInPoints(LINE_HEIGHT_POINTS + ROW_PADDING_POINTS);
        // Prints like the paper form: A4 landscape, all columns on one page width.
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    public Sheet sheet() {
        return sheet;
    }

    public int columnOffset() {
        return layout.columnOffset();
    }

    /** Index of the block being written, in the form's block list; -1 for the cover lines. */
    public int blockIndex() {
        return blockIndex;
    }

    /** 0-based index of the row the next write goes to. */
    public int nextRowIndex() {
        return nextRow;
    }

    /**
     * Writes an extra row of plain bordered cells starting at the layout's first column; for variations.
     * Does not call the variations.
     */
    public Row writeRow(List<?> cells) {
        Row row = sheet.createRow(nextRow++);
        writeCells(row, cells, styles.cell, false);
        return row;
    }

    /** Leaves {@code count} empty rows. */
    public void skipRows(int count) {
        nextRow += count;
    }

    void startBlock(int index) {
        blockIndex = index;
    }

    void blank() {
        emit(RowKind.BLANK, List.of());
    }

    void line(RowKind kind, String text) {
        emit(kind, Collections.singletonList(text));
    }

    void emit(RowKind kind, List<?> cells) {
        for (LayoutVariation variation : layout.variations()) {
            if (!variation.keep(kind, this)) {
                return;
            }
        }
        for (LayoutVariation variation : layout.variations()) {
            variation.beforeRow(kind, this);
        }
        if (kind.shape() == RowKind.Shape.BLANK) {
            nextRow++;
            return;
        }
        List<Object> changed = new ArrayList<>(cells);
        for (LayoutVariation variation : layout.variations()) {
            changed = variation.cells(kind, changed, this);
        }
        Row row = sheet.createRow(nextRow++);
        writeCells(row, changed, styles.forShape(kind.shape()), kind.shape().spansWidth());
        for (LayoutVariation variation : layout.variations()) {
            variation.afterRow(kind, row, this);
        }
    }

    private void writeCells(Row row, List<?> cells, CellStyle style, boolean spanWidth) {
        int offset = layout.columnOffset();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (spanWidth && value == null) {
                continue;
            }
            Cell cell = row.createCell(offset + i);
            cell.setCellStyle(style);
            cellValues.write(cell, value);
            int lastColumn = spanWidth && layout.mergeLineCells() ? spanEnd(cells, i) : i;
            if (lastColumn > i) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), offset + i,
                        offset + lastColumn));
            }
            lines = Math.max(lines, linesNeeded(value, charsBetween(i, lastColumn)));
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_HEIGHT_POINTS + ROW_PADDING_POINTS);
        }
    }

    /** A label cell spans up to the next filled cell, or to the form's last line column. */
    private static int spanEnd(List<?> cells, int start) {
        for (int i = start + 1; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                return i - 1;
            }
        }
        return Math.max(start, LINE_COLUMNS - 1);
    }

    private static int charsBetween(int firstColumn, int lastColumn) {
        int chars = 0;
        for (int column = firstColumn; column <= lastColumn; column++) {
            chars += column < COLUMN_CHARS.length ? COLUMN_CHARS[column] : COLUMN_CHARS[COLUMN_CHARS.length - 1];
        }
        return chars;
    }

    /** Rough line count of wrapped text, so rows open tall enough; Thai marks above and below take no width. */
    private static int linesNeeded(Object value, int widthChars) {
        String text = value instanceof String s ? s : value instanceof Number n ? FormLabels.plain(n) : "";
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            long width = paragraph.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                    .count();
            lines += (int) Math.max(1, (width + widthChars - 1) / widthChars);
        }
        return Math.max(1, lines);
    }

    /** The workbook's few cell styles, created once: Excel files have a limit on distinct styles. */
    static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle line;
        final CellStyle header;
        final CellStyle cell;

        Styles(Workbook workbook) {
            Font plainFont = workbook.getFontAt(0);
            plainFont.setFontName("Tahoma");
            plainFont.setFontHeightInPoints((short) 10);
            Font boldFont = workbook.createFont();
            boldFont.setFontName("Tahoma");
            boldFont.setFontHeightInPoints((short) 10);
            boldFont.setBold(true);

            title = workbook.createCellStyle();
            title.setFont(boldFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setWrapText(true);

            heading = workbook.createCellStyle();
            heading.setFont(boldFont);
            heading.setVerticalAlignment(VerticalAlignment.TOP);
            heading.setWrapText(true);

            line = workbook.createCellStyle();
            line.setVerticalAlignment(VerticalAlignment.TOP);
            line.setWrapText(true);

            header = bordered(workbook);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);

            cell = bordered(workbook);
            cell.setVerticalAlignment(VerticalAlignment.TOP);
        }

        CellStyle forShape(RowKind.Shape shape) {
            return switch (shape) {
                case TITLE -> title;
                case HEADING -> heading;
                case LINE, TEXT, BLANK -> line;
                case HEADER -> header;
                case CELLS -> cell;
            };
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    /** Writes spec values into cells and remembers formulas, which get their cached values at the end. */
    static final class CellValues {
        private final List<Cell> formulaCells = new ArrayList<>();
        private final List<Formula> formulas = new ArrayList<>();

        void write(Cell cell, Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof Number number) {
                cell.setCellValue(toDouble(number));
            } else if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Percent percent) {
                cell.setCellValue(percent.fraction().doubleValue());
                cell.setCellStyle(percentStyle(cell));
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.expression());
                formulaCells.add(cell);
                formulas.add(formula);
            } else {
                throw new IllegalArgumentException("a cell value is a Number, a String, a Percent, a Formula or null, not "
                        + value.getClass().getName() + ": " + value);
            }
        }

        private final java.util.Map<CellStyle, CellStyle> percentStyles = new java.util.HashMap<>();

        /** The cell's style with a percentage number format, one per base style. */
        private CellStyle percentStyle(Cell cell) {
            return percentStyles.computeIfAbsent(cell.getCellStyle(), base -> {
                Workbook workbook = cell.getSheet().getWorkbook();
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(base);
                style.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
                return style;
            });
        }

        /** Evaluates every formula once the whole workbook is written, so references to later cells resolve. */
        void storeCachedValues(Workbook workbook) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < formulaCells.size(); i++) {
                if (formulas.get(i).staleCachedValue() == null) {
                    evaluator.evaluateFormulaCell(formulaCells.get(i));
                }
            }
            // Setting a value on a formula cell replaces only its cached result.
            for (int i = 0; i < formulaCells.size(); i++) {
                Object stale = formulas.get(i).staleCachedValue();
                if (stale instanceof Number number) {
                    formulaCells.get(i).setCellValue(toDouble(number));
                } else if (stale instanceof String text) {
                    formulaCells.get(i).setCellValue(text);
                }
            }
        }

        private static double toDouble(Number number) {
            return number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue();
        }
    }
}
