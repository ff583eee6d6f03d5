package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook whose sheets go into the zip as their rows were deflated holds the same parts as
 * POI's streaming workbook, byte for byte once inflated, and every entry's CRC and size check out
 * (the JDK's zip reader verifies both).
 */
class StreamedWorkbookTest {

    private static final String[] WORDS = {"ตัวชี้วัด", "ร้อยละ", "ระดับ", "<", "&", "\"", " ", "0.5", "สำนักงานเขต",
            "\n", "A", "ผลการดำเนินงาน"};

    @Test
    void everyPartIsPoisOnceInflatedAndEveryEntryChecksOut() throws IOException {
        byte[] oursZip = build(template -> new StreamedWorkbook(template, 100));
        Map<String, byte[]> ours = entries(oursZip);
        assertThat(directory(oursZip)).as("the central directory").containsExactlyEntriesOf(ours);
        Map<String, byte[]> pois = directory(build(template -> new SXSSFWorkbook(template, 100)));
        assertThat(ours.keySet()).containsExactlyElementsOf(pois.keySet());
        for (String part : ours.keySet()) {
            if (!part.equals("docProps/core.xml")) { // its creation time
                assertThat(new String(ours.get(part), java.nio.charset.StandardCharsets.UTF_8)).as(part)
                        .isEqualTo(new String(pois.get(part), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(ours.get("xl/worksheets/sheet2.xml").length).as("rows over many buffers").isGreaterThan(2_000_000);
        // the comments written by our writer, not POI's: every one, the awkward texts among them
        String comments = ours.keySet().stream().filter(part -> part.matches("xl/comments\\d+\\.xml"))
                .map(part -> new String(ours.get(part), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining());
        assertThat(comments.split("<comment ref=", -1)).hasSize(400 + 3 + 1);
        assertThat(comments).contains("<t xml:space=\"preserve\"> lead</t>", "cr&#13;\nlf", "]]&gt;", "😀 ไทย");
        assertThat(ours.keySet()).filteredOn(part -> part.endsWith(".vml")).hasSize(2)
                .allSatisfy(part -> assertThat(new String(ours.get(part), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("<x:ClientData ObjectType=\"Note\">"));
        assertThat(new String(ours.get("xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"", "summary row 40"); // the template's row, then ours
    }

    /** A template sheet with a row of its own and a chart-less drawing, two streamed sheets, one empty. */
    private static byte[] build(Function<XSSFWorkbook, SXSSFWorkbook> streaming) throws IOException {
        Random random = new Random(42);
        XSSFWorkbook template = new XSSFWorkbook();
        XSSFSheet first = template.createSheet("summary");
        first.createRow(0).createCell(0).setCellValue("template row");
        SXSSFWorkbook wb = streaming.apply(template);
        try {
            SXSSFSheet summary = wb.getSheet("summary");
            for (int r = 1; r <= 40; r++) {
                summary.createRow(r).createCell(1).setCellValue("summary row " + r);
            }
            SXSSFSheet indicators = wb.createSheet("indicators");
            wb.createSheet("empty");
            SXSSFSheet rubric = wb.createSheet("rubric");
            for (int r = 0; r < 20_000; r++) {
                SXSSFRow row = indicators.createRow(r);
                row.setHeightInPoints(15);
                row.createCell(0).setCellValue(text(random));
                row.createCell(1).setCellValue(random.nextInt(1_000) / 8.0);
                row.createCell(3).setCellFormula("HYPERLINK(\"#'summary'!A1\",\"go\")");
                row.getCell(3).setCellValue("go");
                row.createCell(4).setCellValue(text(random));
                if (r % 50 == 0) {
                    comment(wb, indicators, r, r % 100 == 0 ? 0 : 4, r < 2_000 ? NOTES[r / 50 % NOTES.length] : text(random));
                }
            }
            for (int r = 0; r < 3; r++) {
                rubric.createRow(r).createCell(2).setCellValue("points");
                comment(wb, rubric, r, 2, "rubric note " + r);
            }
            indicators.addMergedRegion(new CellRangeAddress(0, 0, 5, 7));
            indicators.setColumnWidth(0, 40 * 256);
            indicators.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Texts that try the comments' escaping: spaces kept, markup, line ends, letters outside the BMP. */
    private static final String[] NOTES = {" lead", "trail ", "\tTab", "a & b < c > d", "]]>", "\"q\" 'a'",
        "line\nbreak", "cr\r\nlf", "😀 ไทย", "_x000D_", "LEVEL_MISMATCH: ระดับ 3 ≠ 4", "x".repeat(300), "bell\u0007", "\uFFFF"};

    /**
     * A comment on a cell as {@code Table} makes it: the box right of the cell, by our writer or
     * through POI's drawing API.
     */
    private static void comment(SXSSFWorkbook wb, SXSSFSheet sheet, int row, int column, String text) {
        int lastRow = row + 1 + Math.min(8, TextWidth.lines(text, 36));
        if (wb instanceof StreamedWorkbook ours) {
            ours.comment(sheet, new SheetComments.Comment(row, column, text, column + 1, row, column + 5, lastRow));
            return;
        }
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 5);
        anchor.setRow1(row);
        anchor.setRow2(lastRow);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        comment.setAuthor(SheetComments.AUTHOR);
        comment.setAddress(new CellAddress(row, column));
        sheet.getRow(row).getCell(column).setCellComment(comment);
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    /** Every entry inflated, in the order of the zip's central directory. */
    private static Map<String, byte[]> directory(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(file.getEntriesInPhysicalOrder())) {
                try (java.io.InputStream in = file.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** Every entry inflated, in order, by the JDK's reader of local headers, which checks CRCs and sizes. */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
