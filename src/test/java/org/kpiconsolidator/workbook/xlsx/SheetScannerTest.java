package org.kpiconsolidator.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner reads a sheet exactly as the StAX parser reads it, or leaves it to the StAX parser:
 * on every sheet of the samples, the templates, the test files and the real-world corpus; on those
 * sheets cut short and with bytes changed at random; and on XML written to be awkward. It reads the
 * sheets spreadsheet programs write itself, or it would save nothing.
 */
class SheetScannerTest {

    private static final String MAIN = "xmlns=\"" + Xml.MAIN_NS + "\"";
    private static final long NO_LIMIT = Long.MAX_VALUE;
    private static final String SHEETS = "(?i).*worksheets/[^/]*\\.xml";

    /** The sheet as the StAX parser reads it, one line per fact; "REFUSED" when it refuses it. */
    private static List<String> streamed(byte[] xml, long limit) {
        try {
            return lines(SheetPart.streamed(new ByteArrayInputStream(xml), limit));
        } catch (NotStreamable | XMLStreamException e) {
            return List.of("REFUSED");
        }
    }

    private static List<String> lines(SheetPart part) {
        List<String> out = new ArrayList<>();
        for (RawCell c : part.cells) {
            out.add(c.row + "," + c.column + " " + c.type + " s" + c.style + " v[" + c.value + "] inline "
                    + c.hasInline + "[" + c.inline + "] f " + c.formula + " plain " + c.plainDecimal);
        }
        out.add("merged " + part.merged);
        out.add("hidden " + part.hiddenRows + " last " + part.lastRow + " formulas " + part.hasFormulas + " elements "
                + part.cellElements);
        part.sharedFormulas.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.add("shared " + e.getKey() + " " + e.getValue().text() + " "
                        + e.getValue().range().formatAsString()));
        return out;
    }

    /** Scanned and streamed agree, or the scanner left the part; returns whether it scanned it. */
    private static boolean agrees(String what, byte[] xml, long limit) {
        SheetPart scanned = SheetScanner.sheet(xml, limit);
        List<String> streamed = streamed(xml, limit);
        if (scanned == null) {
            return false;
        }
        assertThat(streamed).as("%s: scanned, so the StAX parser reads it the same", what)
                .doesNotContain("REFUSED");
        assertThat(lines(scanned)).as(what).containsExactlyElementsOf(streamed);
        return true;
    }

    private static boolean agrees(String xml) {
        return agrees(xml, xml.getBytes(StandardCharsets.UTF_8), NO_LIMIT);
    }

    static Stream<Path> workbooks() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("samples"), Path.of("templates"), Path.of("src/test/resources"),
                RealWorldCorpusTest.CORPUS)) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> all = Files.walk(root)) {
                    all.filter(f -> f.getFileName().toString().matches("(?i).*\\.(xlsx|xlsm|xltx|xltm)$")).sorted()
                            .forEach(files::add);
                }
            }
        }
        return files.stream();
    }

    /** The worksheet parts of a package; a damaged zip gives what was read before the damage. */
    private static List<byte[]> sheets(Path file) throws IOException {
        return parts(file, SHEETS);
    }

    /** The parts of a package whose names match; a damaged zip gives what was read before the damage. */
    static List<byte[]> parts(Path file, String names) throws IOException {
        List<byte[]> sheets = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            while (true) {
                ZipEntry entry;
                try {
                    entry = zip.getNextEntry();
                    if (entry == null) {
                        break;
                    }
                    if (entry.getName().matches(names)) {
                        sheets.add(zip.readNBytes(Xml.MAX_SCANNED_BYTES));
                    }
                } catch (IOException | RuntimeException damaged) {
                    break;
                }
            }
        }
        return sheets;
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void everySheetIsScannedAsStreamedOrLeftToStax(Path file) throws Exception {
        int n = 0;
        for (byte[] sheet : sheets(file)) {
            String what = file.getFileName() + " sheet " + n++;
            agrees(what, sheet, NO_LIMIT);
            agrees(what + " within 5 cells", sheet, 5);
        }
    }

    @Test
    void theSamplesSheetsAreScanned() throws Exception {
        int scanned = 0;
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path file : samples.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                for (byte[] sheet : sheets(file)) {
                    assertThat(agrees(file.getFileName().toString(), sheet, NO_LIMIT))
                            .as("%s is scanned", file.getFileName()).isTrue();
                    scanned++;
                }
            }
        }
        assertThat(scanned).isGreaterThan(5);
    }

    private static final byte[][] REPLACEMENTS = {"<".getBytes(), ">".getBytes(), "&".getBytes(), "\"".getBytes(),
        "'".getBytes(), " ".getBytes(), "\r".getBytes(), "/".getBytes(), ":".getBytes(), "x".getBytes(), "0".getBytes(),
        "]]>".getBytes(), "<!--".getBytes(), "&#0;".getBytes(), "&amp;".getBytes(), "&#x0E01;".getBytes(),
        "ก".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}, {(byte) 0xE0, (byte) 0xB8}, {0},
        " xmlns:p=\"urn:p\" ".getBytes(), " xmlns=\"urn:x\" ".getBytes(), "p:".getBytes(), " p:r=\"1\" ".getBytes(),
        (" xmlns:x=\"" + Xml.MAIN_NS + "\" ").getBytes()};

    /**
     * A part cut short (every third), or with a byte replaced, or with something inserted, at random.
     * The tests below try 150 a part; {@code mvn test -Dtest=SheetScannerTest -Dkpi.fuzz=4000} tries harder.
     */
    static byte[] changed(byte[] part, Random random, int n) {
        int at = random.nextInt(part.length);
        if (n % 3 == 0) {
            return java.util.Arrays.copyOf(part, at);
        }
        byte[] with = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        int drop = n % 3 == 1 ? 1 : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(part, 0, at);
        out.write(with, 0, with.length);
        out.write(part, at + drop, part.length - at - drop);
        return out.toByteArray();
    }

    /**
     * The samples' parts of a name, each changed at random ({@link #changed}, {@code kpi.fuzz} times
     * a part), given to {@code agrees}; asserts that enough were tried and that some changes left
     * plain XML (which {@code agrees} tells by answering that it scanned the part).
     */
    static void damagedSampleParts(String names, long seed, int atLeastTried, BiPredicate<String, byte[]> agrees)
            throws IOException {
        Random random = new Random(seed);
        int scanned = 0;
        int tried = 0;
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path file : samples.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                for (byte[] part : parts(file, names)) {
                    for (int n = 0; n < Integer.getInteger("kpi.fuzz", 150); n++) {
                        tried++;
                        String what = file.getFileName() + " changed, try " + n;
                        scanned += agrees.test(what, changed(part, random, n)) ? 1 : 0;
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(atLeastTried);
        assertThat(scanned).as("some changes leave plain XML").isGreaterThan(tried / 20);
    }

    /** Sample sheets cut short, and with a byte changed, at random: scanned as streamed, or left to StAX. */
    @Test
    void damagedSheetsAreScannedAsStreamedOrLeftToStax() throws Exception {
        damagedSampleParts(SHEETS, 11, 1000, (what, changed) -> agrees(what, changed, NO_LIMIT));
    }

    private static String sheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " + MAIN
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" mc:Ignorable=\"x14ac\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>" + sheetData
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<headerFooter><oddHeader>&amp;Cหน้า &amp;P</oddHeader></headerFooter></worksheet>";
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<sheetData><row r=\"1\" spans=\"1:3\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
            + "<c r=\"B1\" s=\"2\"><f>IF(A1&gt;0,\"ก\",\"&amp;\")</f><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + " ระดับ &#3585; 😀 </t></is></c></row><row r=\"3\" hidden=\"1\"><c r=\"A3\" t=\"b\"><v>1</v></c>"
            + "<c r=\"B3\" t=\"e\"><v>#DIV/0!</v></c><c r=\"C3\" t=\"str\"><f t=\"shared\" ref=\"C3:C4\" si=\"0\">A3&amp;B3</f>"
            + "<v>x</v></c></row><row r=\"4\"><c r=\"C4\" t=\"str\"><f t=\"shared\" si=\"0\"/><v>y</v></c></row></sheetData>"
            + "<mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/></mergeCells>",
        "<sheetData><row r=\"2\"><c r=\"B2\" s=\" 3 \" t=\" n \"><v>1.5</v><v>2</v></c><c r=\"A2\"><v>7</v></c></row>"
            + "<row r=\"1\"><c r=\"A1\"/><c r=\"B1\" s=\"1\"><v/></c></row></sheetData>",
        "<sheetData/>",
        "<sheetData><row r=\"1\"><c r=\"A1\" s=\"0000000003\" t=\" s\"><v>0</v></c><c r=\"B1\" s=\"999999999\" t=\"str\">"
            + "<f>\"a\"</f><v>a</v></c><c r=\"C1\" s=\"+3\"><v>1</v></c></row><row r=\" 2\"><c r=\"A2\" s=\"\"><v>1</v></c>"
            + "</row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" s=\"4294967296\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" s=\"4294967295\" t=\"S\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><extLst><ext xmlns:p=\"urn:p\"><p:x p:y=\"1\"/></ext></extLst><v>1</v></c>"
            + "</row></sheetData><sheetData><row r=\"9\"><c r=\"A9\"><v>9</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"x\"><v>1</v></c></row></sheetData>",
        "<sheetData><row><c r=\"A1\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"a1\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>abc</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1\">1</f><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1<!-- x --></v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>a</t></r><r><t>b</t></r></is></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr></r><t>p</t><r><t>b</t><t>c</t></r>"
            + "<rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></is></c><c r=\"B1\" t=\"inlineStr\"><is/></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t>_x000D_</t><t>2</t></is></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>1\r\n</v></c></row></sheetData>",
        "<sheetData xmlns=\"urn:other\"><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>",
        "<x:sheetData xmlns:x=\"" + Xml.MAIN_NS + "\"><x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row></x:sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" x14ac:r=\"B1\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\" xmlns:p=\"urn:p\" p:x=\"1\"><c r=\"A1\" p:y=\"2\"><v>1</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" p:y=\"2\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\" xmlns=\"urn:other\"><c r=\"A1\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><legacyDrawing xmlns:q=\"urn:q\" q:id=\"x\"/>"
            + "<p:x xmlns:p=\"urn:p\"><p:y/></p:x>",
        "<p:sheetData xmlns:p=\"" + Xml.MAIN_NS + "\"><p:row r=\"1\"><p:c r=\"A1\"><p:v>1</p:v></p:c></p:row></p:sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" q:s=\"1\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\" s=\"2\"><v>1</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>&nbsp;</v></c></row></sheetData>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref=\"B2:A1\"/></mergeCells>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><mergeCells><mergeCell/></mergeCells>",
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:$B$2\"/></mergeCells>"})
    void awkwardSheetsAreScannedAsStreamedOrLeftToStax(String sheetData) {
        agrees(sheet(sheetData));
    }

    @Test
    void prefixesDeclaredBelowTheRootAreFollowed() {
        assertThat(agrees(sheet("<sheetData><row r=\"1\" xmlns:p=\"urn:p\" p:x=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "</sheetData><legacyDrawing xmlns:q=\"urn:q\" q:id=\"x\"/>"))).isTrue();
        // a prefix declared on one row is not in scope on the next
        assertThat(agrees(sheet("<sheetData><row r=\"1\" xmlns:p=\"urn:p\"/><row r=\"2\" p:x=\"1\"/></sheetData>")))
                .isFalse();
    }

    @Test
    void plainSheetsAreScanned() {
        assertThat(agrees(sheet("<sheetData><row r=\"1\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"s\" s=\"1\"><v>0</v></c>"
                + "<c r=\"B1\"><f>SUM(1,2)&lt;4</f><v>3</v></c></row></sheetData>"))).isTrue();
        assertThat(agrees(sheet("<sheetData><row r=\"1\"><c r=\"A1\"><v>1<!-- x --></v></c></row></sheetData>")))
                .isFalse();
    }

    @Test
    void withoutSheetDataOrWithTrailingContentItIsLeftToStax() {
        assertThat(SheetScanner.sheet(("<worksheet " + MAIN + "/>").getBytes(StandardCharsets.UTF_8), NO_LIMIT)).isNull();
        assertThat(SheetScanner.sheet((sheet("<sheetData/>") + "<x/>").getBytes(StandardCharsets.UTF_8), NO_LIMIT))
                .isNull();
    }
}
