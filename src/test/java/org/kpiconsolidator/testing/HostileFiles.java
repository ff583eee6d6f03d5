package org.kpiconsolidator.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Crafts broken and hostile spreadsheet files in code, so a fresh clone tests them without any
 * file from outside the repository: encrypted with POI's encryption API, truncated, zip bombs, XML
 * entity attacks, other formats under spreadsheet names. Each method writes one file and returns it.
 */
public final class HostileFiles {

    /** Excel's built-in default password: files encrypted with it open without asking. */
    public static final String DEFAULT_PASSWORD = Decryptor.DEFAULT_PASSWORD;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HostileFiles() {
    }

    // ---- workbooks to start from --------------------------------------------------------------

    /** A small plain .xlsx with one sheet and a few cells. */
    public static byte[] plainXlsx() {
        return write(new XSSFWorkbook(), wb -> fill(wb.createSheet("ข้อมูล"), 5, 4));
    }

    /** A small plain .xls with one sheet and a few cells. */
    public static byte[] plainXls() {
        return write(new HSSFWorkbook(), wb -> fill(wb.createSheet("ข้อมูล"), 5, 4));
    }

    /** A workbook of {@code rows} x {@code columns} cells, text and numbers, as .xlsx or .xls bytes. */
    public static byte[] grid(boolean xlsx, int rows, int columns) {
        return write(xlsx ? new XSSFWorkbook() : new HSSFWorkbook(), wb -> fill(wb.createSheet("data"), rows, columns));
    }

    /**
     * A big workbook streamed to disk: {@code rows} x 5 cells on one sheet, alternating numbers and
     * unique inline texts of about {@code 12 + pad} characters.
     */
    public static Path large(Path file, int rows, int pad) {
        String padding = "ก".repeat(pad);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("data");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 5; c++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue("ค่า " + r + "-" + c + padding);
                    } else {
                        row.createCell(c).setCellValue(r * 1.5 + c);
                    }
                }
            }
            wb.write(out); // closing the workbook deletes its temporary files
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook without any sheet (POI writes one; Excel refuses to open it). */
    public static byte[] noSheets(boolean xlsx) {
        return write(xlsx ? new XSSFWorkbook() : new HSSFWorkbook(), wb -> { });
    }

    /**
     * An .xlsx whose one shared string of {@code length} characters is shown by {@code cells} cells:
     * small on disk, enormous if every cell gets its own copy.
     */
    public static byte[] sharedStringAmplifier(int length, int cells) {
        byte[] xlsx = write(new XSSFWorkbook(), wb -> {
            Sheet s = wb.createSheet("amplified");
            for (int i = 0; i < cells; i++) {
                s.createRow(i).createCell(0).setCellValue("PLACEHOLDER");
            }
        });
        // POI refuses to write more than Excel allows in a cell; a crafted file does not ask. Varied
        // characters keep the part under the zip-bomb ratio, as in the attack seen in the wild.
        Random random = new Random(11);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) ('ก' + random.nextInt(40)));
        }
        String huge = text.toString();
        return withPartText(xlsx, "xl/sharedStrings.xml", xml -> xml.replace(">PLACEHOLDER<", ">" + huge + "<"));
    }

    private static void fill(Sheet sheet, int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                if (c % 2 == 0) {
                    row.createCell(c).setCellValue("ค่า " + r + "-" + c);
                } else {
                    row.createCell(c).setCellValue(r * 1.5 + c);
                }
            }
        }
    }

    @FunctionalInterface
    private interface Filler {
        void fill(Workbook wb);
    }

    private static byte[] write(Workbook wb, Filler filler) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- encryption -------------------------------------------------------------------------

    /** An .xlsx package encrypted with POI's encryption API (agile or standard) under a password. */
    public static byte[] encryptedXlsx(byte[] xlsx, EncryptionMode mode, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(mode).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An .xls encrypted on writing (RC4 CryptoAPI) under a password, through HSSF's {@link Biff8EncryptionKey}. */
    public static byte[] encryptedXls(byte[] xls, String password) {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null); // a thread-local: never leak it to reads
        }
    }

    // ---- damaged files ----------------------------------------------------------------------

    /** The first {@code length} bytes of a file: what an interrupted upload leaves. */
    public static byte[] truncated(byte[] file, int length) {
        return Arrays.copyOf(file, length);
    }

    // ---- zip packages -----------------------------------------------------------------------

    /** The parts of a zip package, by name, in order. */
    public static Map<String, byte[]> parts(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** A zip package of the given parts, deflated, in order. */
    public static byte[] zip(Map<String, byte[]> parts) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(1); // fast: some crafted parts are tens of megabytes
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(p.getKey()));
                out.write(p.getValue());
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A package with one part replaced (or added). */
    public static byte[] withPart(byte[] zip, String name, byte[] content) {
        Map<String, byte[]> parts = parts(zip);
        parts.put(name, content);
        return zip(parts);
    }

    /** A package with one XML part's text changed. */
    public static byte[] withPartText(byte[] zip, String name, java.util.function.UnaryOperator<String> change) {
        Map<String, byte[]> parts = parts(zip);
        String text = new String(parts.get(name), StandardCharsets.UTF_8);
        parts.put(name, change.apply(text).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** A zip bomb: a valid-looking .xlsx whose sheet XML inflates over a thousand times its size. */
    public static byte[] zipBomb(int inflatedBytes) {
        String open = "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>";
        String close = "</sheetData></worksheet>";
        byte[] sheet = new byte[inflatedBytes];
        Arrays.fill(sheet, (byte) ' ');
        System.arraycopy(open.getBytes(StandardCharsets.US_ASCII), 0, sheet, 0, open.length());
        System.arraycopy(close.getBytes(StandardCharsets.US_ASCII), 0, sheet, inflatedBytes - close.length(), close.length());
        return withPart(plainXlsx(), "xl/worksheets/sheet1.xml", sheet);
    }

    /**
     * An .xlsx whose zip directory says its sheet is {@code declaredBytes} long while it inflates to
     * {@code actualBytes} of hard-to-compress XML.
     */
    public static byte[] lyingSizes(int declaredBytes, int actualBytes) {
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData><row r=\"1\">");
        Random random = new Random(7);
        while (xml.length() < actualBytes - 60) {
            xml.append("<!--").append(Long.toString(random.nextLong(), 36)).append("-->");
        }
        xml.append("</row></sheetData></worksheet>");
        byte[] zip = withPart(plainXlsx(), "xl/worksheets/sheet1.xml", xml.toString().getBytes(StandardCharsets.US_ASCII));
        return patchDeclaredSize(zip, "xl/worksheets/sheet1.xml", declaredBytes);
    }

    /** Rewrites the uncompressed size the central directory gives for one entry. */
    private static byte[] patchDeclaredSize(byte[] zip, String name, int size) {
        byte[] target = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            if (!central) {
                continue;
            }
            int nameLength = (zip[i + 28] & 0xFF) | (zip[i + 29] & 0xFF) << 8;
            if (nameLength == target.length && Arrays.equals(zip, i + 46, i + 46 + nameLength, target, 0, nameLength)) {
                byte[] patched = zip.clone();
                for (int k = 0; k < 4; k++) {
                    patched[i + 24 + k] = (byte) (size >>> (8 * k));
                }
                return patched;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }

    /** A package with more parts than any workbook needs. */
    public static byte[] manyParts(int count) {
        Map<String, byte[]> parts = parts(plainXlsx());
        for (int i = 0; parts.size() < count; i++) {
            parts.put("xl/media/image" + i + ".png", new byte[] {1});
        }
        return zip(parts);
    }

    /** The sheet XML declares an external entity that reads a file of the reviewer's machine (XXE). */
    public static byte[] externalEntity(byte[] xlsx) {
        return withPartText(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                .replaceFirst("<sheetData>", "<sheetData><row r=\"100\"><c r=\"A100\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"));
    }

    /** The shared-strings XML nests entities that expand to gigabytes ("billion laughs"). */
    public static byte[] billionLaughs(byte[] xlsx) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        return withPartText(xlsx, "xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst", dtd + "<sst")
                .replaceFirst("<t>", "<t>&lol9;"));
    }

    /** The workbook saved as Strict Open XML: the same parts in the ISO 29500 Strict namespace. */
    public static byte[] strict(byte[] xlsx) {
        return withPartText(xlsx, "xl/workbook.xml",
                xml -> xml.replace(MAIN_NS, "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    }

    /** An Excel binary workbook's package: its workbook part is {@code xl/workbook.bin}. */
    public static byte[] xlsb() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.bin", new byte[] {(byte) 0x83, 0x01, 0x00});
        return zip(parts);
    }

    /** An OpenDocument spreadsheet: a zip whose first part, {@code mimetype}, says so. */
    public static byte[] ods() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        parts.put("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                .getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** A Word document: a zip package whose main part is {@code word/document.xml}. */
    public static byte[] docx() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                .getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    // ---- other formats ----------------------------------------------------------------------

    /** An Excel 5.0/95 workbook: an OLE2 container whose workbook stream is named {@code Book}. */
    public static byte[] excel95() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // BOF record of BIFF5 (version 0x0500, globals), then EOF.
            byte[] book = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00};
            fs.createDocument(new ByteArrayInputStream(book), "Book");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Excel 4.0 worksheet: a bare BIFF4 stream, not in an OLE2 container. */
    public static byte[] excel4() {
        return new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00};
    }

    /** An Excel 2003 "XML Spreadsheet", as some report tools save under .xls. */
    public static byte[] excel2003Xml() {
        return ("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Sheet1\" "
                + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Table><Row><Cell><Data ss:Type=\"String\">"
                + "x</Data></Cell></Row></Table></Worksheet></Workbook>").getBytes(StandardCharsets.UTF_8);
    }

    /** A web page exported as a "spreadsheet", as some systems do. */
    public static byte[] htmlTable() {
        return "<html><body><table><tr><td>หน่วยงาน</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a PDF. */
    public static byte[] pdf() {
        return "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Writes bytes to {@code dir/name} and returns the file. */
    public static Path save(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
