package org.kpiconsolidator.output.workbook;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's writer of a streamed sheet's rows, writing the same XML straight as UTF-8 bytes. POI's
 * own writer goes through a {@code Writer} a code point at a time, with a char array per
 * character; for the tens of megabytes of a national batch's sheets that was the larger part of
 * writing the workbook. The XML is POI's, attribute for attribute (a test compares the two), except
 * that a formula with a cached boolean or error gets well-formed XML, which POI's writer does not
 * give it.
 *
 * <p>The temporary file holds the rows deflated at the quickest level ({@link RawDeflate}), on the
 * thread that writes the sheet, so that the workbook copies them into its zip as they are
 * ({@link StreamedWorkbook}) instead of deflating every sheet in turn at the end.
 */
final class ByteSheetData extends SheetDataWriter {

    private static final byte[] ROW = ascii("<row r=\"");
    private static final byte[] CUSTOM_HEIGHT = ascii("\" customHeight=\"1\" ht=\"");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] CELL = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] INLINE = ascii("\" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");
    private static final byte[] INLINE_END = ascii("</t></is></c>");
    private static final byte[] VALUE_END = ascii("</v></c>");

    private int flushedRows;
    private int lowestFlushedRow;
    private int lastFlushedRow = -1;
    private int cellsOfLastFlushedRow;

    ByteSheetData() throws IOException {
        super();
    }

    @Override
    @SuppressWarnings("deprecation") // overridden, not called: POI's constructor calls it
    public Writer createWriter(File file) throws IOException {
        return new Utf8Out(new RawDeflate(new FileOutputStream(file)));
    }

    /** The temporary file inflated: the rows' XML, for POI's way of putting a sheet together. */
    @Override
    protected InputStream decorateInputStream(FileInputStream file) {
        Inflater inflater = new Inflater(true);
        return new InflaterInputStream(file, inflater, 64 * 1024) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }

    /** The rows' deflated bytes, CRC and length; {@link #close()} first. */
    RawDeflate deflated() {
        return (RawDeflate) ((Utf8Out) _out).target();
    }

    /** The deflated rows without the final block, to go on into the rest of the sheet's XML. */
    InputStream joinable() throws IOException {
        return BoundedInputStream.builder().setInputStream(new FileInputStream(getTempFile()))
                .setMaxCount(deflated().joinableLength()).get();
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        if (flushedRows == 0) {
            lowestFlushedRow = rownum;
        }
        lastFlushedRow = Math.max(rownum, lastFlushedRow);
        cellsOfLastFlushedRow = row.getLastCellNum();
        flushedRows++;
        Utf8Out out = (Utf8Out) _out;
        beginRow(out, rownum, row);
        Iterator<Cell> cells = row.allCellsIterator();
        for (int column = 0; cells.hasNext(); column++) {
            Cell cell = cells.next();
            if (cell != null) {
                writeCell(out, rownum, column, cell);
            }
        }
        out.bytes(ROW_END);
    }

    private static void beginRow(Utf8Out out, int rownum, SXSSFRow row) throws IOException {
        out.bytes(ROW);
        out.integer(rownum + 1);
        if (row.hasCustomHeight()) {
            out.bytes(CUSTOM_HEIGHT);
            out.ascii(Float.toString(row.getHeightInPoints()));
        }
        out.ascii("\"");
        if (row.getZeroHeight()) {
            out.ascii(" hidden=\"1\"");
        }
        if (row.isFormatted()) {
            out.ascii(" s=\"" + (row.getRowStyle().getIndex() & 0xffff) + "\" customFormat=\"1\"");
        }
        if (row.getOutlineLevel() != 0) {
            out.ascii(" outlineLevel=\"" + row.getOutlineLevel() + "\"");
        }
        if (row.getHidden() != null) {
            out.ascii(row.getHidden() ? " hidden=\"1\"" : " hidden=\"0\"");
        }
        if (row.getCollapsed() != null) {
            out.ascii(row.getCollapsed() ? " collapsed=\"1\"" : " collapsed=\"0\"");
        }
        out.ascii(">\n");
    }

    private static void writeCell(Utf8Out out, int rownum, int column, Cell cell) throws IOException {
        out.bytes(CELL);
        out.column(column);
        out.integer(rownum + 1);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.bytes(STYLE);
            out.integer(style);
        }
        switch (cell.getCellType()) {
            case BLANK -> out.ascii("\"></c>");
            case STRING -> {
                String text = cell.getStringCellValue();
                out.bytes(INLINE);
                if (hasEdgeSpace(text)) {
                    out.bytes(PRESERVE);
                }
                out.ascii(">");
                out.escaped(text);
                out.bytes(INLINE_END);
            }
            case NUMERIC -> {
                out.ascii("\" t=\"n\"><v>");
                out.ascii(Double.toString(cell.getNumericCellValue()));
                out.bytes(VALUE_END);
            }
            case BOOLEAN -> {
                out.ascii("\" t=\"b\"><v>");
                out.ascii(cell.getBooleanCellValue() ? "1" : "0");
                out.bytes(VALUE_END);
            }
            case ERROR -> {
                out.ascii("\" t=\"e\"><v>");
                out.escaped(FormulaError.forInt(cell.getErrorCellValue()).getString());
                out.bytes(VALUE_END);
            }
            case FORMULA -> formula(out, cell);
            default -> throw new IllegalStateException("Invalid cell type: " + cell.getCellType());
        }
    }

    private static void formula(Utf8Out out, Cell cell) throws IOException {
        CellType cached = cell.getCachedFormulaResultType();
        out.ascii(switch (cached) {
            case NUMERIC -> "\" t=\"n\"><f>";
            case STRING -> "\" t=\"str\"><f>";
            case BOOLEAN -> "\" t=\"b\"><f>";
            case ERROR -> "\" t=\"e\"><f>";
            default -> "\"><f>";
        });
        out.escaped(cell.getCellFormula());
        out.ascii("</f>");
        switch (cached) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                if (!Double.isNaN(value)) {
                    out.ascii("<v>");
                    out.ascii(Double.toString(value));
                    out.ascii("</v>");
                }
            }
            case STRING -> {
                String value = cell.getStringCellValue();
                if (value != null && !value.isEmpty()) {
                    out.ascii("<v>");
                    out.escaped(value);
                    out.ascii("</v>");
                }
            }
            case BOOLEAN -> out.ascii(cell.getBooleanCellValue() ? "<v>1</v>" : "<v>0</v>");
            case ERROR -> {
                out.ascii("<v>");
                out.escaped(FormulaError.forInt(cell.getErrorCellValue()).getString());
                out.ascii("</v>");
            }
            default -> {
            }
        }
        out.ascii("</c>");
    }

    /** Whether a text starts or ends with white space: POI then marks it {@code xml:space="preserve"}. */
    static boolean hasEdgeSpace(String text) {
        return !text.isEmpty() && (isWhitespace(text.charAt(0)) || isWhitespace(text.charAt(text.length() - 1)));
    }

    /** {@link Character#isWhitespace}, answered at once for the letters most text starts and ends with. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
    }

    @Override
    public int getNumberOfFlushedRows() {
        return flushedRows;
    }

    @Override
    public int getNumberOfCellsOfLastFlushedRow() {
        return cellsOfLastFlushedRow;
    }

    @Override
    public int getLowestIndexOfFlushedRows() {
        return lowestFlushedRow;
    }

    @Override
    public int getLastFlushedRow() {
        return lastFlushedRow;
    }

    /** The temporary file, for tests that use the writer without a workbook to delete it. */
    File temporaryFile() {
        return getTempFile();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A buffered UTF-8 writer that also takes bytes, numbers, column letters and text to escape as
     * POI's writer escapes it. Characters written through the {@code Writer} methods are encoded as
     * {@code OutputStreamWriter} would: an unpaired surrogate becomes {@code ?}.
     */
    static final class Utf8Out extends Writer {
        private final OutputStream out;
        private final byte[] buffer = new byte[64 * 1024];
        private int used;
        private char pendingHigh;
        private boolean closed;

        Utf8Out(OutputStream out) {
            this.out = out;
        }

        OutputStream target() {
            return out;
        }

        void bytes(byte[] b) throws IOException {
            if (b.length > buffer.length - used) {
                drain();
            }
            System.arraycopy(b, 0, buffer, used, b.length);
            used += b.length;
        }

        /** Text known to be ASCII. */
        void ascii(String s) throws IOException {
            int n = s.length();
            if (n > buffer.length - used) {
                drain();
                if (n > buffer.length) {
                    out.write(s.getBytes(StandardCharsets.US_ASCII));
                    return;
                }
            }
            for (int i = 0; i < n; i++) {
                buffer[used++] = (byte) s.charAt(i);
            }
        }

        void integer(int value) throws IOException {
            if (value < 0) {
                ascii(Integer.toString(value));
                return;
            }
            if (buffer.length - used < 10) {
                drain();
            }
            int digits = 1;
            for (int v = value; v >= 10; v /= 10) {
                digits++;
            }
            for (int i = used + digits - 1, v = value; i >= used; i--, v /= 10) {
                buffer[i] = (byte) ('0' + v % 10);
            }
            used += digits;
        }

        /** A 0-based column as its letters: 0 is A, 26 is AA. */
        void column(int column) throws IOException {
            if (buffer.length - used < 3) {
                drain();
            }
            if (column >= 26 * 27) {
                buffer[used++] = (byte) ('A' + (column / 26 - 1) / 26 - 1);
            }
            if (column >= 26) {
                buffer[used++] = (byte) ('A' + (column / 26 - 1) % 26);
            }
            buffer[used++] = (byte) ('A' + column % 26);
        }

        /**
         * Text escaped as POI's writer escapes it: the five XML specials but the apostrophe, line
         * feed, carriage return, tab and no-break space as references, other control characters
         * and U+FFFE, U+FFFF as {@code ?}.
         */
        void escaped(String s) throws IOException {
            int n = s.length();
            for (int i = 0; i < n; i++) {
                if (buffer.length - used < 12) {
                    drain();
                }
                char c = s.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '<' -> put("&lt;");
                        case '>' -> put("&gt;");
                        case '&' -> put("&amp;");
                        case '"' -> put("&quot;");
                        case '\n' -> put("&#xa;");
                        case '\r' -> put("&#xd;");
                        case '\t' -> put("&#x9;");
                        default -> buffer[used++] = c < ' ' ? (byte) '?' : (byte) c;
                    }
                } else if (c == '\u00A0') {
                    put("&#xa0;");
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    encode(Character.toCodePoint(c, s.charAt(++i)));
                } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
                    buffer[used++] = '?';
                } else {
                    encode(c);
                }
            }
        }

        private void put(String ascii) {
            for (int i = 0; i < ascii.length(); i++) {
                buffer[used++] = (byte) ascii.charAt(i);
            }
        }

        /** A code point as UTF-8; room for four bytes is there. */
        private void encode(int cp) {
            if (cp < 0x80) {
                buffer[used++] = (byte) cp;
            } else if (cp < 0x800) {
                buffer[used++] = (byte) (0xC0 | cp >> 6);
                buffer[used++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                buffer[used++] = (byte) (0xE0 | cp >> 12);
                buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp & 0x3F);
            } else {
                buffer[used++] = (byte) (0xF0 | cp >> 18);
                buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp & 0x3F);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                if (buffer.length - used < 4) {
                    drain();
                }
                char c = chars[i];
                if (pendingHigh != 0) {
                    char high = pendingHigh;
                    pendingHigh = 0;
                    if (Character.isLowSurrogate(c)) {
                        encode(Character.toCodePoint(high, c));
                        continue;
                    }
                    buffer[used++] = '?';
                }
                if (Character.isHighSurrogate(c)) {
                    pendingHigh = c;
                } else if (Character.isLowSurrogate(c)) {
                    buffer[used++] = '?';
                } else {
                    encode(c);
                }
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (pendingHigh != 0) {
                pendingHigh = 0;
                if (buffer.length - used < 1) {
                    drain();
                }
                buffer[used++] = '?';
            }
            drain();
            out.close();
        }
    }
}
