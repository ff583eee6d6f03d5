package org.kpiconsolidator.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiconsolidator.testing.HostileFiles;
import org.kpiconsolidator.workbook.UnreadableWorkbookException.Reason;

/**
 * Every kind of broken or hostile file, crafted in code, is refused with its own reason before it
 * can exhaust memory or time; files that only look odd are read.
 */
class HostileWorkbookTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    static Stream<Arguments> refused() {
        return Stream.of(
                refused("empty.xlsx", () -> new byte[0], Reason.EMPTY_FILE),
                refused("truncated.xlsx", () -> HostileFiles.truncated(HostileFiles.plainXlsx(), 1500), Reason.TRUNCATED),
                refused("truncated.xls", () -> HostileFiles.truncated(HostileFiles.plainXls(), 2000), Reason.TRUNCATED),
                refused("agile-password.xlsx", () -> HostileFiles.encryptedXlsx(HostileFiles.plainXlsx(),
                        EncryptionMode.agile, "secret"), Reason.ENCRYPTED),
                refused("standard-password.xlsx", () -> HostileFiles.encryptedXlsx(HostileFiles.plainXlsx(),
                        EncryptionMode.standard, "secret"), Reason.ENCRYPTED),
                refused("rc4-password.xls", () -> HostileFiles.encryptedXls(HostileFiles.plainXls(), "secret"),
                        Reason.ENCRYPTED),
                refused("zip-bomb.xlsx", () -> HostileFiles.zipBomb(10 * MB), Reason.ZIP_BOMB_RATIO),
                refused("part-beyond-limit.xlsx", () -> HostileFiles.lyingSizes(1000, 33 * MB), Reason.ZIP_BOMB_SIZE),
                refused("zip-directory-lies.xlsx", () -> HostileFiles.lyingSizes(1000, 2 * MB), Reason.ZIP_FALSE_SIZES),
                refused("thousands-of-parts.xlsx", () -> HostileFiles.manyParts(1_200), Reason.ZIP_BOMB_PARTS),
                refused("external-entity.xlsx", () -> HostileFiles.externalEntity(HostileFiles.plainXlsx()),
                        Reason.XML_ENTITIES),
                refused("billion-laughs.xlsx", () -> HostileFiles.billionLaughs(HostileFiles.plainXlsx()),
                        Reason.XML_ENTITIES),
                refused("strict.xlsx", () -> HostileFiles.strict(HostileFiles.plainXlsx()), Reason.STRICT_OOXML),
                refused("binary.xlsb", HostileFiles::xlsb, Reason.XLSB),
                refused("opendocument.ods", HostileFiles::ods, Reason.ODS),
                refused("excel-95.xls", HostileFiles::excel95, Reason.OLD_EXCEL),
                refused("excel-4.xls", HostileFiles::excel4, Reason.OLD_EXCEL),
                refused("xml-spreadsheet-2003.xls", HostileFiles::excel2003Xml, Reason.EXCEL_2003_XML),
                refused("web-page.xls", HostileFiles::htmlTable, Reason.WEB_PAGE),
                refused("pdf-named.xlsx", HostileFiles::pdf, Reason.OTHER_DOCUMENT),
                refused("word-named.xlsx", HostileFiles::docx, Reason.OTHER_DOCUMENT),
                refused("text-named.xlsx", () -> "หน่วยงาน,คะแนน\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Reason.NOT_A_SPREADSHEET),
                refused("no-sheets.xlsx", () -> HostileFiles.noSheets(true), Reason.NO_SHEETS),
                refused("no-sheets.xls", () -> HostileFiles.noSheets(false), Reason.NO_SHEETS),
                refused("shared-string-amplifier.xlsx", () -> HostileFiles.sharedStringAmplifier(1_000_000, 1_000),
                        Reason.TOO_MUCH_TEXT));
    }

    private static Arguments refused(String name, Supplier<byte[]> file, Reason reason) {
        return Arguments.of(name, file, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithItsReason(String name, Supplier<byte[]> file, Reason reason) {
        Path path = HostileFiles.save(dir, name, file.get());
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> new PoiWorkbookReader().read(path));
        assertThat(e).as(name).isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
    }

    /**
     * The standard reader streams an OOXML file before inspecting it; the verdicts must not change,
     * for parts the stream reads (which the inspection then skips) as for the others.
     */
    static Stream<Arguments> refusedAlsoAfterStreaming() {
        return Stream.concat(refused(), Stream.of(
                refused("small-part-lies-about-its-size.xlsx", () -> HostileFiles.lyingSizes(1000, 20_000),
                        Reason.ZIP_FALSE_SIZES),
                // Streamed whole (within the stream's own ratio grace), refused by POI's guard.
                refused("zip-bomb-the-stream-reads.xlsx", () -> HostileFiles.zipBomb(500 * 1024),
                        Reason.ZIP_BOMB_RATIO),
                refused("doctype-in-a-part-not-streamed.xlsx", () -> HostileFiles.withPart(HostileFiles.plainXlsx(),
                        "xl/extra.xml", "<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>".getBytes(
                                java.nio.charset.StandardCharsets.US_ASCII)), Reason.XML_ENTITIES),
                refused("doctype-in-the-shared-strings.xlsx", () -> HostileFiles.withPartText(
                        HostileFiles.plainXlsx(), "xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst",
                                "<!DOCTYPE sst [<!ENTITY a \"b\">]><sst")), Reason.XML_ENTITIES),
                refused("strict-workbook-in-a-part-not-streamed.xlsx", () -> HostileFiles.withPart(
                        HostileFiles.plainXlsx(), "xl/extra.xml", ("<workbook xmlns=\"http://purl.oclc.org/ooxml/"
                                + "spreadsheetml/main\"/>").getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                        Reason.STRICT_OOXML)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAlsoAfterStreaming")
    void standardReaderRefusesWithTheSameReason(String name, Supplier<byte[]> file, Reason reason) {
        Path path = HostileFiles.save(dir, name, file.get());
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> WorkbookReaders.standard().read(path));
        assertThat(e).as(name).isNotNull();
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        UnreadableWorkbookException poi = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> new PoiWorkbookReader().read(path));
        assertThat(poi).as(name).isNotNull();
        assertThat(poi.reason()).as(poi.getMessage()).isEqualTo(reason);
    }

    @Test
    void limitsNameTheLimitThatStoppedTheFile() {
        Path bomb = HostileFiles.save(dir, "bomb.xlsx", HostileFiles.zipBomb(10 * MB));
        UnreadableWorkbookException e = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> new PoiWorkbookReader().read(bomb));
        assertThat(e.found()).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(e.limit()).isEqualTo("1:100");
    }

    @Test
    void cellLimitIsCheckedBeforePoiLoadsTheWorkbookInBothFormats() {
        ReadLimits small = new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), ReadLimits.DEFAULT.maxXmlBytes(), 1_000,
                ReadLimits.DEFAULT.maxTextChars());
        for (boolean xlsx : new boolean[] {true, false}) {
            Path file = HostileFiles.save(dir, xlsx ? "many-cells.xlsx" : "many-cells.xls", HostileFiles.grid(xlsx, 300, 5));
            assertThatThrownBy(() -> new PoiWorkbookReader(small).read(file))
                    .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_CELLS);
                        assertThat(e.limit()).isEqualTo("1000");
                    });
        }
    }

    @Test
    void fileSizeAndXmlSizeLimits() {
        Path file = HostileFiles.save(dir, "sized.xlsx", HostileFiles.grid(true, 500, 10));
        ReadLimits tinyFile = new ReadLimits(10_000, ReadLimits.DEFAULT.maxXmlBytes(), ReadLimits.DEFAULT.maxCells(),
                ReadLimits.DEFAULT.maxTextChars());
        ReadLimits tinyXml = new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), 100_000, ReadLimits.DEFAULT.maxCells(),
                ReadLimits.DEFAULT.maxTextChars());
        assertThat(reason(new PoiWorkbookReader(tinyFile), file)).isEqualTo(Reason.TOO_LARGE_FILE);
        assertThat(reason(new PoiWorkbookReader(tinyXml), file)).isEqualTo(Reason.TOO_MUCH_XML);
        assertThat(reason(new PoiWorkbookReader(), file)).isNull();
    }

    @Test
    void defaultPasswordFilesOpenWithANote() throws Exception {
        Path xlsx = HostileFiles.save(dir, "velvet.xlsx", HostileFiles.encryptedXlsx(HostileFiles.plainXlsx(),
                EncryptionMode.agile, HostileFiles.DEFAULT_PASSWORD));
        Path xls = HostileFiles.save(dir, "velvet.xls", HostileFiles.encryptedXls(HostileFiles.plainXls(),
                HostileFiles.DEFAULT_PASSWORD));
        for (Path p : new Path[] {xlsx, xls}) {
            WorkbookGrid grid = new PoiWorkbookReader().read(p);
            assertThat(grid.notes()).as(p.getFileName().toString()).containsExactly(WorkbookGrid.ReadNote.DEFAULT_PASSWORD);
            assertThat(grid.sheets().get(0).cell(0, 0).text()).isEqualTo("ค่า 0-0");
        }
        assertThat(new PoiWorkbookReader().read(HostileFiles.save(dir, "plain.xlsx", HostileFiles.plainXlsx())).notes())
                .isEmpty();
    }

    @Test
    void contentDecidesNotTheExtension() throws Exception {
        Path xlsxNamedXls = HostileFiles.save(dir, "really-xlsx.xls", HostileFiles.plainXlsx());
        Path xlsNamedXlsx = HostileFiles.save(dir, "really-xls.xlsx", HostileFiles.plainXls());
        assertThat(new PoiWorkbookReader().read(xlsxNamedXls).format()).isEqualTo(SpreadsheetFormat.OOXML);
        assertThat(new PoiWorkbookReader().read(xlsNamedXlsx).format()).isEqualTo(SpreadsheetFormat.BIFF8);
    }

    @Test
    void aLongSharedStringIsCutToExcelsLimitAndReadOnce() throws Exception {
        Path file = HostileFiles.save(dir, "long-text.xlsx", HostileFiles.sharedStringAmplifier(100_000, 300));
        SheetGrid sheet = new PoiWorkbookReader().read(file).sheets().get(0);
        assertThat(sheet.cellCount()).isEqualTo(300);
        assertThat(sheet.cell(0, 0).text()).hasSize(ReadLimits.MAX_CELL_TEXT);
        assertThat(sheet.cell(299, 0).text()).isSameAs(sheet.cell(0, 0).text());
    }

    private static Reason reason(WorkbookReader reader, Path file) {
        try {
            reader.read(file);
            return null;
        } catch (UnreadableWorkbookException e) {
            return e.reason();
        }
    }
}
