package org.kpiconsolidator.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared strings scanner reads a part exactly as the StAX parser reads it, or leaves it to the
 * StAX parser: on the shared strings of the samples, the templates, the test files and the
 * real-world corpus, on those parts damaged at random, and on XML written to be awkward. It reads
 * what spreadsheet programs write itself, or it would save nothing.
 */
class SharedStringsScannerTest {

    private static final String SHARED_STRINGS = "(?i).*sharedStrings[^/]*\\.xml";

    /** The items as the StAX parser reads them, "REFUSED" when it refuses the part. */
    private static List<String> streamed(byte[] xml) {
        try {
            return printable(SharedStrings.streamed(new ByteArrayInputStream(xml)));
        } catch (NotStreamable | XMLStreamException e) {
            return List.of("REFUSED");
        }
    }

    private static List<String> printable(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.add(item == null ? "NO TEXT" : "[" + item + "]");
        }
        return out;
    }

    /** Scanned and streamed agree, or the scanner left the part; returns whether it scanned it. */
    private static boolean agrees(String what, byte[] xml) {
        List<String> scanned = SharedStringsScanner.items(xml);
        List<String> streamed = streamed(xml);
        if (scanned == null) {
            return false;
        }
        assertThat(streamed).as("%s: scanned, so the StAX parser reads it the same", what).doesNotContain("REFUSED");
        assertThat(printable(scanned)).as(what).containsExactlyElementsOf(streamed);
        return true;
    }

    static Stream<Path> workbooks() throws Exception {
        return SheetScannerTest.workbooks();
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void everyPartIsScannedAsStreamedOrLeftToStax(Path file) throws Exception {
        for (byte[] part : SheetScannerTest.parts(file, SHARED_STRINGS)) {
            agrees(file.getFileName().toString(), part);
        }
    }

    @Test
    void theSamplesSharedStringsAreScanned() throws Exception {
        int scanned = 0;
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path file : samples.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                for (byte[] part : SheetScannerTest.parts(file, SHARED_STRINGS)) {
                    assertThat(agrees(file.getFileName().toString(), part)).as("%s is scanned", file.getFileName())
                            .isTrue();
                    assertThat(SharedStringsScanner.items(part)).as(file.getFileName().toString())
                            .anyMatch(text -> text != null && text.contains("องค์ประกอบ"));
                    scanned++;
                }
            }
        }
        assertThat(scanned).isGreaterThan(3);
    }

    /** Sample parts cut short, and with bytes changed, at random: scanned as streamed, or left to StAX. */
    @Test
    void damagedPartsAreScannedAsStreamedOrLeftToStax() throws Exception {
        SheetScannerTest.damagedSampleParts(SHARED_STRINGS, 17, 500, SharedStringsScannerTest::agrees);
    }

    private static String sst(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + Xml.MAIN_NS
                + "\" count=\"9\" uniqueCount=\"9\">" + items + "</sst>";
    }

    private static boolean agrees(String xml) {
        return agrees(xml, xml.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<si><t>องค์ประกอบที่ 1</t></si><si><t xml:space=\"preserve\"> ระดับ &#3585; &amp; 😀 </t></si>",
        "<si><r><t>a</t></r><r><rPr><b/><sz val=\"11\"/></rPr><t>ข</t></r></si><si><r><rPr/></r></si><si/>",
        "<si><t>p</t><r><t>run</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh><phoneticPr fontId=\"1\"/></si>",
        "<si><t>_x000D_ก_x005F_x0041_</t></si><si><t>1\n2\t3</t></si><si><t></t></si><si><t/></si>",
        "<si><t>a</t><t>b</t></si><x/><si><t>after</t></si>",
        "<si><t>1\r\n2</t></si>",
        "<si><t>a<!-- x -->b</t></si>",
        "<si><t><![CDATA[<b>]]></t></si>",
        "<si><t>&nbsp;</t></si>",
        "<si><t>\u00e0\u0e01\uffff</t></si>",
        "<x:si xmlns:x=\"" + Xml.MAIN_NS + "\"><x:t>prefixed</x:t></x:si>",
        "<si xmlns=\"urn:other\"><t>other namespace</t></si>",
        "<si><t xmlns:p=\"urn:p\" p:a=\"1\">declared here</t></si><si><t p:a=\"1\">not in scope</t></si>"})
    void awkwardPartsAreScannedAsStreamedOrLeftToStax(String items) {
        agrees(sst(items));
    }

    @Test
    void plainPartsAreScannedAndOthersLeftToStax() {
        assertThat(agrees(sst("<si><t>องค์ประกอบที่ 1</t></si><si><r><t>a</t></r><r><t>b</t></r></si>"))).isTrue();
        assertThat(SharedStringsScanner.items(sst("<si><t>ก</t></si><si><r><t>a</t></r><r><t>b</t></r></si>")
                .getBytes(StandardCharsets.UTF_8))).containsExactly("ก", "ab");
        assertThat(agrees(sst("<si><t>a<!-- x -->b</t></si>"))).isFalse();
        assertThat(agrees("<!-- before --><sst xmlns=\"" + Xml.MAIN_NS + "\"><si><t>a</t></si></sst>")).isFalse();
        assertThat(agrees(sst("<si><t>a</t></si>") + "<x/>")).isFalse();
        assertThat(agrees("<workbook xmlns=\"" + Xml.MAIN_NS + "\"/>")).isFalse();
    }

    /** Malformed UTF-8 is never decoded by the quick path: the StAX parser names it. */
    @Test
    void malformedUtf8IsLeftToStax() {
        byte[] thai = sst("<si><t>กขค</t></si>").getBytes(StandardCharsets.UTF_8);
        int at = new String(thai, StandardCharsets.ISO_8859_1).indexOf("<t>") + 3;
        for (byte[] bad : List.of(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
                new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}, // U+FFFE
                new byte[] {(byte) 0xE0, (byte) 0xB8, (byte) 0x41})) { // a continuation missing
            byte[] xml = thai.clone();
            System.arraycopy(bad, 0, xml, at, 3);
            assertThat(SharedStringsScanner.items(xml)).as("%02X %02X %02X", bad[0], bad[1], bad[2]).isNull();
        }
        assertThat(SharedStringsScanner.items(thai)).containsExactly("กขค");
    }
}
