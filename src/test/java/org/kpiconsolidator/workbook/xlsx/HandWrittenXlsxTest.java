package org.kpiconsolidator.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.GridLines;
import org.kpiconsolidator.testing.HandWrittenXlsx;
import org.kpiconsolidator.workbook.CellKind;
import org.kpiconsolidator.workbook.GridCell;
import org.kpiconsolidator.workbook.PoiWorkbookReader;
import org.kpiconsolidator.workbook.SheetGrid;
import org.kpiconsolidator.workbook.UnreadableWorkbookException;
import org.kpiconsolidator.workbook.WorkbookGrid;
import org.kpiconsolidator.workbook.WorkbookReader;

/**
 * Packages written part by part, with what other writers than POI put in them: each is streamed to
 * exactly POI's grid, and the ones the streaming reader leaves to POI are read by POI.
 */
class HandWrittenXlsxTest {

    @TempDir
    Path dir;

    /** Streams the file (failing if it is left to POI) and checks the grid is POI's, line for line. */
    private static WorkbookGrid streamedAsPoi(Path file) throws Exception {
        WorkbookGrid streamed = StreamingXlsxReader.stream(file);
        assertThat(GridLines.of(streamed)).containsExactlyElementsOf(GridLines.of(new PoiWorkbookReader().read(file)));
        return streamed;
    }

    private static GridCell cell(WorkbookGrid grid, int sheet, String a1) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
        return grid.sheets().get(sheet).cell(ref.getRow(), ref.getCol());
    }

    @Test
    void sharedFormulasReadAsTheirTextShiftedToEachCell() throws Exception {
        Path file = new HandWrittenXlsx().sheet("S", """
                <row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>\
                <c r="C1"><f t="shared" si="0" ref="C1:C3">A1+B1</f><v>3</v></c></row>\
                <row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c></row>\
                <row r="3"><c r="A3"><v>5</v></c><c r="B3"><v>6</v></c><c r="C3"><f t="shared" si="0"/><v>999</v></c></row>\
                <row r="4"><c r="D4"><f t="shared" si="1" ref="C4:E4">A$1*2</f><v>2</v></c>\
                <c r="E4"><f t="shared" si="1"/><v>4</v></c></row>\
                <row r="5"><c r="A5"><f t="shared" si="7"/><v>1</v></c></row>""").write(dir.resolve("shared.xlsx"));
        WorkbookGrid grid = streamedAsPoi(file);
        assertThat(cell(grid, 0, "C2").formula()).isEqualTo("A2+B2");
        assertThat(cell(grid, 0, "C2").evaluation().number()).isEqualByComparingTo("7");
        assertThat(cell(grid, 0, "C3").isStale()).isTrue();
        assertThat(cell(grid, 0, "E4").formula()).isEqualTo("B$1*2");
        // A follower whose master is missing keeps its cached value; its formula cannot be told.
        assertThat(cell(grid, 0, "A5").formula()).isEmpty();
        assertThat(cell(grid, 0, "A5").evaluation()).isNull();
    }

    @Test
    void stringsOfEveryKindReadAsPoiReadsThem() throws Exception {
        Path file = new HandWrittenXlsx().sharedStrings(
                "<t>ผลการดำเนินงาน</t>",
                "<r><t>ระดับ </t></r><r><rPr><b/></rPr><t>4</t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh>",
                "<t>line_x000D_break_x005F_x</t>",
                "<rPh sb=\"0\" eb=\"1\"><t>only phonetic</t></rPh>",
                "<t xml:space=\"preserve\">  spaced  </t>",
                "<t>   </t>",
                "<r><rPr/></r><r><t>run without text before</t></r>").sheet("S", """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
                <c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v> 4 </v></c><c r="F1" t="s"><v>5</v></c>\
                <c r="G1" t="s"><v>99</v></c><c r="H1" t="s"><v>x</v></c><c r="I1" t="s"><v>6</v></c></row>\
                <row r="2"><c r="A2" t="inlineStr"><is><t>inline</t></is></c>\
                <c r="B2" t="inlineStr"><is><r><t>in</t></r><r><t>line runs</t></r></is></c>\
                <c r="C2" t="inlineStr"><v>value of an inline cell</v></c>\
                <c r="D2" t="str"><v>direct text</v></c><c r="E2" t="inlineStr"/></row>""")
                .write(dir.resolve("strings.xlsx"));
        WorkbookGrid grid = streamedAsPoi(file);
        assertThat(cell(grid, 0, "B1").text()).isEqualTo("ระดับ 4");
        assertThat(cell(grid, 0, "C1").text()).isEqualTo("line\rbreak_x");
        assertThat(cell(grid, 0, "D1")).isNull();
        assertThat(cell(grid, 0, "E1").text()).isEqualTo("  spaced  ");
        assertThat(cell(grid, 0, "F1")).isNull();
        assertThat(cell(grid, 0, "G1")).isNull();
        assertThat(cell(grid, 0, "B2").text()).isEqualTo("inline runs");
    }

    @Test
    void numbersBooleansAndErrorsReadAsExcelShowsThem() throws Exception {
        Path file = new HandWrittenXlsx().sheet("S", """
                <row r="1"><c r="A1"><v>0.30000000000000004</v></c><c r="B1"><v>1E-5</v></c><c r="C1"><v> 12 </v></c>\
                <c r="D1"><v></v></c><c r="E1"><v>-0</v></c><c r="F1"><v>123456789012345678</v></c>\
                <c r="G1"><v>95.5</v></c></row>\
                <row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#DIV/0!</v></c>\
                <c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="e"/></row>\
                <row r="3"><c r="A3" t="b"><f>1=1</f><v>1</v></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
                <c r="C3" t="str"><f>""</f><v></v></c><c r="D3" t="str"><f>"ก"&amp;"ข"</f><v>กข</v></c></row>""")
                .write(dir.resolve("values.xlsx"));
        WorkbookGrid grid = streamedAsPoi(file);
        assertThat(cell(grid, 0, "A1").number()).isEqualTo(new BigDecimal("0.3"));
        assertThat(cell(grid, 0, "D1").number()).isEqualByComparingTo("0");
        assertThat(cell(grid, 0, "C2").kind()).isEqualTo(CellKind.ERROR);
        assertThat(cell(grid, 0, "C3").text()).isEmpty();
        assertThat(cell(grid, 0, "D3").evaluation().text()).isEqualTo("กข");
    }

    @Test
    void formulasWithoutCachedValuesTakeTheirEvaluation() throws Exception {
        Path file = new HandWrittenXlsx().sheet("แบบรายงาน", """
                <row r="1"><c r="A1"><v>15</v></c><c r="B1"><v>90</v></c><c r="C1"><f>A1*B1/100</f></c>\
                <c r="D1"><f>'ค่า อ้างอิง'!A1+1</f></c><c r="E1"><f>FOOBAR(1)</f></c><c r="F1"><f>SUM(</f><v>5</v></c>\
                <c r="G1" t="str"><f>IF(ISNUMBER(A1),"ระดับ "&amp;2,"")</f></c>\
                <c r="H1"><f>IF(AND(ISNUMBER(A1),ISNUMBER(B1)),A1*B1/100,"")</f><v>13</v></c></row>\
                <row r="2" hidden="1"><c r="A2"><v>100</v></c></row>\
                <row r="3"><c r="A3"><v>1</v></c><c r="B3"><f>SUBTOTAL(109,A1:A3)</f></c><c r="C3"><f>COUNTBLANK(D1:D9)</f></c></row>""")
                .sheet("ค่า อ้างอิง", "hidden", """
                <row r="1"><c r="A1"><v>41</v></c><c r="B1"><f>A1*2</f></c></row>""", "")
                .write(dir.resolve("formulas.xlsx"));
        WorkbookGrid grid = streamedAsPoi(file);
        assertThat(cell(grid, 0, "C1").number()).isEqualByComparingTo("13.5");
        assertThat(cell(grid, 0, "D1").number()).isEqualByComparingTo("42");
        assertThat(cell(grid, 0, "E1")).isNull();
        assertThat(cell(grid, 0, "F1").evaluation()).isNull();
        assertThat(cell(grid, 0, "G1").text()).isEqualTo("ระดับ 2");
        assertThat(cell(grid, 0, "H1").isStale()).isTrue();
        assertThat(cell(grid, 0, "B3").number()).as("hidden row left out").isEqualByComparingTo("16");
        // Formulas of hidden sheets are not evaluated, so one without a cached value has no cell.
        assertThat(cell(grid, 1, "B1")).isNull();
    }

    @Test
    void percentFormatsAreTheOnesThatShowAPercentSign() throws Exception {
        Path file = new HandWrittenXlsx().styles("""
                <numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/>\
                <numFmt numFmtId="165" formatCode="0.00&quot;%&quot;"/><numFmt numFmtId="9" formatCode="0.00"/></numFmts>\
                <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="9"/>\
                <xf numFmtId="10"/></cellXfs>""").sheet("S", """
                <row r="1"><c r="A1" s="1"><v>0.955</v></c><c r="B1" s="2"><v>95.5</v></c><c r="C1" s="3"><v>0.5</v></c>\
                <c r="D1" s="4"><v>0.25</v></c><c r="E1" s="99"><v>1</v></c><c r="F1" s="1"><f>A1/2</f></c></row>""")
                .write(dir.resolve("percent.xlsx"));
        WorkbookGrid grid = streamedAsPoi(file);
        List<Boolean> percent = new ArrayList<>();
        for (String a1 : List.of("A1", "B1", "C1", "D1", "E1", "F1")) {
            percent.add(cell(grid, 0, a1).percentFormat());
        }
        assertThat(percent).containsExactly(true, false, false, true, false, true);
    }

    @Test
    void hiddenSheetsMergedRegionsAndPropertiesReadAsPoiReadsThem() throws Exception {
        Path file = new HandWrittenXlsx().application("Microsoft Excel")
                .customProperty("kpi-consolidator.template", "  report-form-2564/1  ")
                .customProperty("blank", "   ").customProperty("a number", null)
                .sheet("ฉบับร่าง", "veryHidden", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "")
                .sheet("แบบรายงาน", null, "<row r=\"2\"><c r=\"B2\"><v>2</v></c></row>",
                        "<mergeCells count=\"4\"><mergeCell ref=\"B2:D3\"/><mergeCell ref=\"F7\"/>"
                                + "<mergeCell ref=\"$A$9:AB10\"/><mergeCell ref=\"c12:e12\"/></mergeCells>")
                .sheet("ซ่อน", "hidden", "", "").write(dir.resolve("sheets.xlsx"));
        WorkbookGrid grid = streamedAsPoi(file);
        assertThat(grid.sheets()).extracting(SheetGrid::name, SheetGrid::hidden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ฉบับร่าง", true),
                        org.assertj.core.groups.Tuple.tuple("แบบรายงาน", false),
                        org.assertj.core.groups.Tuple.tuple("ซ่อน", true));
        assertThat(grid.properties()).containsEntry("producer", "Microsoft Excel")
                .containsEntry("custom.kpi-consolidator.template", "report-form-2564/1").hasSize(2);
        assertThat(grid.sheets().get(1).mergedRegions()).hasSize(4);
    }

    @Test
    void definedNamesThatNoFormulaUsesDoNotStopStreaming() throws Exception {
        Path file = new HandWrittenXlsx().definedName("_xlnm.Print_Area", "S!$A$1:$B$2")
                .sheet("S", "<row r=\"1\"><c r=\"A1\"><v>2</v></c><c r=\"B1\"><f>A1*3</f><v>6</v></c></row>")
                .write(dir.resolve("print-area.xlsx"));
        assertThat(cell(streamedAsPoi(file), 0, "B1").evaluation().number()).isEqualByComparingTo("6");
    }

    // ---- files left to POI ----------------------------------------------------------------------

    /** A fallback that records that it was asked, then reads with POI. */
    private static final class RecordingFallback implements WorkbookReader {
        final List<Path> asked = new ArrayList<>();

        @Override
        public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
            asked.add(file);
            return new PoiWorkbookReader().read(file);
        }
    }

    private static void leftToPoi(Path file, String why) throws Exception {
        assertThatThrownBy(() -> StreamingXlsxReader.stream(file)).isInstanceOf(NotStreamable.class)
                .hasMessageContaining(why);
        RecordingFallback fallback = new RecordingFallback();
        Throwable poiFailure = catchThrowable(() -> new PoiWorkbookReader().read(file));
        if (poiFailure == null) {
            assertThat(GridLines.of(new StreamingXlsxReader(fallback).read(file)))
                    .containsExactlyElementsOf(GridLines.of(new PoiWorkbookReader().read(file)));
        } else {
            assertThatThrownBy(() -> new StreamingXlsxReader(fallback).read(file))
                    .isInstanceOf(UnreadableWorkbookException.class)
                    .extracting(e -> ((UnreadableWorkbookException) e).reason())
                    .isEqualTo(((UnreadableWorkbookException) poiFailure).reason());
        }
        assertThat(fallback.asked).containsExactly(file);
    }

    @Test
    void anArrayFormulaIsLeftToPoi() throws Exception {
        leftToPoi(new HandWrittenXlsx().sheet("S", """
                <row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="array" ref="B1">SUM(A1:A1*2)</f><v>4</v></c></row>""")
                .write(dir.resolve("array.xlsx")), "array formula");
    }

    @Test
    void aFormulaThatUsesADefinedNameIsLeftToPoi() throws Exception {
        leftToPoi(new HandWrittenXlsx().definedName("Weight", "S!$A$1").sheet("S", """
                <row r="1"><c r="A1"><v>15</v></c><c r="B1"><f>Weight*90/100</f><v>13.5</v></c></row>""")
                .write(dir.resolve("named.xlsx")), "defined name");
    }

    @Test
    void aCharacterXmlDoesNotAllowIsLeftToPoi() throws Exception {
        leftToPoi(new HandWrittenXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1&#0;</v></c></row>")
                .write(dir.resolve("nul.xlsx")), "malformed text");
        leftToPoi(new HandWrittenXlsx().sharedStrings("<t>ก&#1;</t>").sheet("S",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").write(dir.resolve("nul-string.xlsx")),
                "malformed text");
    }

    @Test
    void aDoctypeIsLeftToPoi() throws Exception {
        leftToPoi(new HandWrittenXlsx().sheetProlog("<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]>")
                .sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").write(dir.resolve("doctype.xlsx")), "DTD");
    }

    @Test
    void aPartThatInflatesFarPastItsSizeIsLeftToPoi() throws Exception {
        String padding = " ".repeat(12 << 20);
        leftToPoi(new HandWrittenXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + padding)
                .write(dir.resolve("bomb.xlsx")), "inflates past");
    }

    @Test
    void aMergedRegionThatEndsBeforeItStartsIsLeftToPoi() throws Exception {
        leftToPoi(new HandWrittenXlsx().sheet("S", null, "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
                "<mergeCells count=\"1\"><mergeCell ref=\"D3:B2\"/></mergeCells>").write(dir.resolve("reversed.xlsx")),
                "end comes before its start");
    }

    @Test
    void aWorkbookWithoutSheetsIsLeftToPoi() throws Exception {
        leftToPoi(new HandWrittenXlsx().write(dir.resolve("no-sheets.xlsx")), "without sheets");
    }

    @Test
    void rowsWithoutNumbersAreLeftToPoi() throws Exception {
        leftToPoi(new HandWrittenXlsx().sheet("S", "<row><c r=\"A1\"><v>1</v></c></row>")
                .write(dir.resolve("no-row-numbers.xlsx")), "row without a valid number");
    }
}
