package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The byte writer writes POI's sheet XML, byte for byte, for every kind of cell and row. */
class ByteSheetDataTest {

    /** Characters the escaping treats apart, Thai text, and a character outside the BMP. */
    private static final String[] PIECES = {"a", "Z", " ", "<", ">", "&", "\"", "'", "\n", "\r", "\t", "\u00A0",
            "\u0000", "\u0001", "\u001F", "\u007F", "\u0080", "é", "ตัวชี้วัด", "๑๒", "\uFFFD", "\uFFFE", "\uFFFF",
            "\uD83D\uDE00", "\uD83D", "\uDE00", "€", "=SUM(A1)", "0.5"};
    private static final FormulaError[] ERRORS = {FormulaError.NULL, FormulaError.DIV0, FormulaError.VALUE,
            FormulaError.REF, FormulaError.NAME, FormulaError.NUM, FormulaError.NA};

    @Test
    void randomRowsComeOutAsPoiWritesThem() throws IOException {
        Random random = new Random(20261126);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(-1)) {
            SXSSFSheet sheet = wb.createSheet("s");
            List<CellStyle> styles = new ArrayList<>();
            styles.add(wb.getCellStyleAt(0));
            for (int i = 0; i < 5; i++) {
                styles.add(wb.createCellStyle());
            }
            List<SXSSFRow> rows = new ArrayList<>();
            int rownum = 0;
            for (int r = 0; r < 400; r++) {
                rownum += 1 + (random.nextInt(10) == 0 ? random.nextInt(20_000) : 0);
                SXSSFRow row = sheet.createRow(Math.min(rownum, 1_048_575));
                rowProperties(random, row, styles);
                int column = 0;
                for (int c = random.nextInt(12); c > 0; c--) {
                    column += 1 + (random.nextInt(8) == 0 ? random.nextInt(2_000) : 0);
                    SXSSFCell cell = row.createCell(Math.min(column, 16_383));
                    cell.setCellStyle(styles.get(random.nextInt(styles.size())));
                    value(random, cell);
                }
                rows.add(row);
            }
            assertSameXml(bytesOf(rows), poiXmlOf(rows));
        }
    }

    @Test
    void columnLettersAreCellReferences() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        try (ByteSheetData.Utf8Out out = new ByteSheetData.Utf8Out(bytes)) {
            for (int column = 0; column < 16_384; column++) {
                out.column(column);
                out.ascii(",");
                expected.append(CellReference.convertNumToColString(column)).append(',');
            }
        }
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo(expected.toString());
    }

    @Test
    void charactersWrittenAsAWriterAreUtf8AsOutputStreamWriterMakesThem() throws IOException {
        String text = "ก\uD83D\uDE00x\uD83Dy\uDE00é";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ByteSheetData.Utf8Out out = new ByteSheetData.Utf8Out(bytes)) {
            out.write(text.substring(0, 2)); // a pair split over two writes
            out.write(text.substring(2));
            out.write("\uD83D"); // unpaired at the end
        }
        assertThat(bytes.toByteArray()).isEqualTo((text + "\uD83D").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFormulaWithACachedBooleanOrErrorIsWellFormed() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(-1)) {
            SXSSFRow row = wb.createSheet("s").createRow(0);
            SXSSFCell cell = row.createCell(0);
            cell.setCellFormula("TRUE()");
            cell.setCellValue(true);
            SXSSFCell error = row.createCell(1);
            error.setCellFormula("1/0");
            error.setCellErrorValue(FormulaError.DIV0.getCode());
            byte[] xml = bytesOf(List.of(row));
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(("<sheetData>" + new String(xml, StandardCharsets.UTF_8)
                            + "</sheetData>").getBytes(StandardCharsets.UTF_8)));
            NodeList values = doc.getElementsByTagName("v");
            assertThat(values.getLength()).isEqualTo(2);
            assertThat(values.item(0).getTextContent()).isEqualTo("1");
            assertThat(values.item(1).getTextContent()).isEqualTo("#DIV/0!");
            assertThat(doc.getElementsByTagName("f").item(0).getTextContent()).isEqualTo("TRUE()");
            assertThat(doc.getElementsByTagName("f").item(1).getTextContent()).isEqualTo("1/0");
        }
    }

    /** Equal bytes, or the place they part shown as text. */
    private static void assertSameXml(byte[] actual, byte[] expected) {
        int at = Arrays.mismatch(actual, expected);
        if (at >= 0) {
            int from = Math.max(0, at - 200);
            assertThat(new String(actual, from, Math.min(actual.length - from, 300), StandardCharsets.UTF_8))
                    .as("the XML from byte %d", from)
                    .isEqualTo(new String(expected, from, Math.min(expected.length - from, 300), StandardCharsets.UTF_8));
        }
        assertThat(actual).hasSameSizeAs(expected);
    }

    private static void rowProperties(Random random, SXSSFRow row, List<CellStyle> styles) {
        if (random.nextBoolean()) {
            row.setHeightInPoints(1 + random.nextInt(400) / 4f);
        }
        switch (random.nextInt(12)) {
            case 0 -> row.setZeroHeight(true);
            case 1 -> row.setRowStyle(styles.get(1 + random.nextInt(styles.size() - 1)));
            case 2 -> row.setHidden(random.nextBoolean());
            case 3 -> row.setCollapsed(random.nextBoolean());
            default -> {
            }
        }
    }

    private static void value(Random random, SXSSFCell cell) {
        switch (random.nextInt(9)) {
            case 0 -> {
                // blank
            }
            case 1 -> cell.setCellValue(random.nextDouble() * Math.pow(10, random.nextInt(30) - 15));
            case 2 -> cell.setCellValue(random.nextInt(2_000_001) - 1_000_000);
            case 3 -> cell.setCellValue(random.nextBoolean());
            case 4 -> cell.setCellErrorValue(ERRORS[random.nextInt(ERRORS.length)].getCode());
            case 5 -> {
                cell.setCellFormula("HYPERLINK(\"#'s'!A1\",\"" + text(random).replace("\"", "\"\"") + "\")");
                cell.setCellValue(text(random));
            }
            case 6 -> {
                cell.setCellFormula("1+2");
                cell.setCellValue(random.nextInt(100) / 8.0);
            }
            default -> cell.setCellValue(text(random));
        }
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private static byte[] bytesOf(List<SXSSFRow> rows) throws IOException {
        ByteSheetData writer = new ByteSheetData();
        try {
            for (SXSSFRow row : rows) {
                writer.writeRow(row.getRowNum(), row);
            }
            writer.close();
            assertThat(writer.getNumberOfFlushedRows()).isEqualTo(rows.size());
            assertThat(writer.getLastFlushedRow()).isEqualTo(rows.get(rows.size() - 1).getRowNum());
            assertThat(writer.getLowestIndexOfFlushedRows()).isEqualTo(rows.get(0).getRowNum());
            try (InputStream in = writer.getWorksheetXMLInputStream()) {
                return in.readAllBytes();
            }
        } finally {
            writer.temporaryFile().delete();
        }
    }

    private static byte[] poiXmlOf(List<SXSSFRow> rows) throws IOException {
        StringWriter xml = new StringWriter();
        try (SheetDataWriter writer = new SheetDataWriter(xml)) {
            for (SXSSFRow row : rows) {
                writer.writeRow(row.getRowNum(), row);
            }
        }
        // POI's writer leaves an unpaired surrogate to the UTF-8 encoder, which makes it '?'.
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
