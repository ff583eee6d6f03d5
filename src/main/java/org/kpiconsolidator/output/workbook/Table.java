package org.kpiconsolidator.output.workbook;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.kpiconsolidator.text.Decimals;

/**
 * Writes one sheet as a table: a band row and a header row, then data rows one at a time (so it
 * works on a streaming sheet), then the presentation that depends on the content: column widths
 * from the widest value, the filter over the data, frozen header rows, A4 landscape print setup
 * with the header rows repeated on every page and the width fitted to the page.
 *
 * <p>Text is always written as a string cell, never as a formula, whatever it starts with.
 */
final class Table {

    /** The band row and the column header row. */
    static final int HEADER_ROWS = 2;

    private static final int MIN_WIDTH = 4;
    private static final int PADDING = 1;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final StreamedWorkbook workbook;
    private final Sheet sheet;
    private final Styles styles;
    private final Notes notes;
    private final SheetNames names;
    private final List<Column> columns;
    private final int[] widths;
    private int next = HEADER_ROWS;

    /**
     * @param bands headings over groups of columns; a sheet without groups has one band, its title
     */
    Table(Sheet sheet, Book book, List<Column> columns, List<Band> bands) {
        this.workbook = book.workbook();
        this.sheet = sheet;
        this.styles = book.styles();
        this.notes = book.notes();
        this.names = book.names();
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        Row bandRow = sheet.createRow(0);
        bandRow.setHeightInPoints(Styles.LINE_POINTS + 2);
        for (int c = 0; c < columns.size(); c++) {
            bandRow.createCell(c).setCellStyle(styles.band());
        }
        for (Band band : bands) {
            bandRow.getCell(band.firstColumn()).setCellValue(band.text());
            if (band.lastColumn() > band.firstColumn()) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, band.firstColumn(), band.lastColumn()));
            }
        }
        Row headerRow = sheet.createRow(1);
        int headerLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellStyle(styles.header());
            cell.setCellValue(columns.get(c).header());
            // Headers are bold, about a tenth wider than the text below them.
            widths[c] = (int) Math.ceil(TextWidth.of(columns.get(c).header()) * 1.1);
            headerLines = Math.max(headerLines, columns.get(c).header().split("\n", -1).length);
        }
        headerRow.setHeightInPoints(headerLines * Styles.LINE_POINTS + 2);
    }

    /** Headings of a side block right of the table, in the band and header rows. */
    void outsideHeader(int firstColumn, String band, List<String> headers) {
        Row bandRow = sheet.getRow(0);
        Row headerRow = sheet.getRow(1);
        for (int i = 0; i < headers.size(); i++) {
            bandRow.createCell(firstColumn + i).setCellStyle(styles.band());
            Cell h = headerRow.createCell(firstColumn + i);
            h.setCellStyle(styles.header());
            h.setCellValue(headers.get(i));
        }
        bandRow.getCell(firstColumn).setCellValue(band);
        if (headers.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, firstColumn, firstColumn + headers.size() - 1));
        }
    }

    /** Starts the next data row, every cell blank and styled for its column. */
    Line line() {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(Styles.LINE_POINTS);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellStyle(styles.cell(columns.get(c).kind(), Tone.PLAIN));
        }
        return new Line(row);
    }

    /** The 0-based index of the row {@link #line()} writes next. */
    int nextRow() {
        return next;
    }

    /**
     * Sets the column widths and the filter, freezes the header rows, and sets up printing.
     *
     * @param title printed at the top of every page
     */
    void finish(String title) {
        for (int c = 0; c < columns.size(); c++) {
            int width = Math.max(MIN_WIDTH, Math.min(columns.get(c).maxWidth(), widths[c]) + PADDING);
            sheet.setColumnWidth(c, width * 256);
        }
        int last = Math.max(HEADER_ROWS - 1, next - 1);
        sheet.createFreezePane(0, HEADER_ROWS);
        printSetup(sheet, title);
        // The filter and the printed titles are defined names of the workbook, shared by every sheet.
        int filtered = columns.size() - 1;
        names.later(sheet.getWorkbook().getSheetIndex(sheet), () -> {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROWS - 1, last, 0, filtered));
            sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROWS - 1, -1, -1));
        });
    }

    /** A4 landscape, fitted to the page width, header rows on every page, title and page numbers. */
    private static void printSetup(Sheet sheet, String title) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.25);
        sheet.setMargin(Sheet.FooterMargin, 0.25);
        sheet.getHeader().setCenter(title);
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("&P / &N");
    }

    /** One data row being written. */
    final class Line {
        private final Row row;
        private int lines = 1;

        private Line(Row row) {
            this.row = row;
        }

        /** A text cell (never a formula); blank for {@code null} or empty text. */
        Line text(int column, String text) {
            return text(column, text, Tone.PLAIN);
        }

        Line text(int column, String text, Tone tone) {
            Cell cell = styled(column, tone);
            if (text != null && !text.isEmpty()) {
                String kept = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
                cell.setCellValue(kept);
                measure(column, kept);
            }
            return this;
        }

        /** A number cell kept to the 4 decimals of the outputs; blank for {@code null}. */
        Line number(int column, BigDecimal value) {
            return number(column, value, Tone.PLAIN);
        }

        Line number(int column, BigDecimal value, Tone tone) {
            Cell cell = styled(column, tone);
            if (value != null) {
                BigDecimal kept = Decimals.rounded(value);
                cell.setCellValue(kept.doubleValue());
                measure(column, shown(columns.get(column).kind(), kept));
            }
            return this;
        }

        Line number(int column, Number value) {
            return number(column, value, Tone.PLAIN);
        }

        Line number(int column, Number value, Tone tone) {
            return number(column, value == null ? null : new BigDecimal(value.toString()), tone);
        }

        /**
         * A link to a cell of this workbook, as a HYPERLINK formula with its text cached, so it
         * reads the same whether or not the application recalculates.
         */
        Line link(int column, String sheetName, int targetRow, int targetColumn, String display) {
            Cell cell = styled(column, Tone.PLAIN);
            String target = "#'" + sheetName.replace("'", "''") + "'!"
                    + new CellReference(targetRow, targetColumn).formatAsString();
            cell.setCellFormula("HYPERLINK(\"" + target.replace("\"", "\"\"") + "\",\""
                    + display.replace("\"", "\"\"") + "\")");
            cell.setCellValue(display);
            measure(column, display);
            return this;
        }

        /** A comment on a cell, while the workbook's budget lasts: a box right of it, as tall as the text. */
        Line note(int column, String text) {
            if (text == null || text.isEmpty() || !notes.take()) {
                return this;
            }
            int r = row.getRowNum();
            workbook.comment(sheet, new SheetComments.Comment(r, column, text, column + 1, r, column + 5,
                    r + 1 + Math.min(8, TextWidth.lines(text, 36))));
            return this;
        }

        /**
         * A cell right of the table (outside its columns, filter and widths), for a side block such
         * as a chart's data; blank for {@code null}.
         */
        Line outside(int column, Kind kind, Object value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(styles.cell(kind, Tone.PLAIN));
            if (value instanceof BigDecimal n) {
                cell.setCellValue(Decimals.rounded(n).doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            return this;
        }

        private Cell styled(int column, Tone tone) {
            Cell cell = row.getCell(column);
            if (tone != Tone.PLAIN) {
                cell.setCellStyle(styles.cell(columns.get(column).kind(), tone));
            }
            return cell;
        }

        private void measure(int column, String shown) {
            Column c = columns.get(column);
            if (widths[column] < c.maxWidth()) {
                widths[column] = Math.max(widths[column], Math.min(c.maxWidth(), TextWidth.of(shown)));
            }
            if (c.kind().wrap) {
                lines = Math.max(lines, TextWidth.lines(shown, c.maxWidth()));
                row.setHeightInPoints(Math.min(409f, lines * Styles.LINE_POINTS));
            }
        }
    }

    private static String shown(Kind kind, BigDecimal n) {
        return switch (kind) {
            case DECIMAL -> n.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            case SIGNED -> "+" + n.abs().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            case SIZE -> String.format(java.util.Locale.ROOT, "%,d", n.longValue());
            default -> Decimals.format(n);
        };
    }
}
