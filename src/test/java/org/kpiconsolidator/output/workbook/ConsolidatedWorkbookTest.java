package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpiconsolidator.output.workbook.Cells.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.model.Narrative;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.output.CsvReports;
import org.kpiconsolidator.output.CsvText;

/**
 * The consolidated workbook of {@code samples/}, read back with POI: sheets, headers, panes,
 * filters, print setup, the chart, provenance, highlights where the findings point, links.
 */
class ConsolidatedWorkbookTest {

    static final String SEED = "international-affairs-office.xlsx";

    @TempDir
    static Path dir;

    static Batches.Written written;
    static XSSFWorkbook wb;

    @BeforeAll
    static void writeSamples() throws IOException {
        written = Batches.samples(dir.resolve("out"));
        wb = (XSSFWorkbook) WorkbookFactory.create(written.workbook().toFile(), null, true);
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
    }

    /**
     * Sheets are written on two threads: whichever is quicker, the workbook's parts come out the
     * same (defined names in sheet order, the same styles, the same rows), but for its timestamp.
     */
    @Test
    void writingTheSameRunAgainGivesTheSameParts() throws IOException {
        Path again = Files.createDirectories(dir.resolve("again"));
        for (int i = 0; i < 3; i++) {
            ConsolidatedWorkbook.write(written.run(), written.settings(), again);
            Map<String, byte[]> first = parts(written.workbook());
            Map<String, byte[]> second = parts(again.resolve(ConsolidatedWorkbook.FILE_NAME));
            assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
            for (String part : first.keySet()) {
                if (!part.equals("docProps/core.xml")) {
                    assertThat(new String(second.get(part), StandardCharsets.UTF_8)).as(part)
                            .isEqualTo(new String(first.get(part), StandardCharsets.UTF_8));
                }
            }
        }
        Matcher names = Pattern.compile("localSheetId=\"(\\d+)\"").matcher(
                new String(parts(written.workbook()).get("xl/workbook.xml"), StandardCharsets.UTF_8));
        List<Integer> sheets = new ArrayList<>();
        while (names.find()) {
            sheets.add(Integer.parseInt(names.group(1)));
        }
        assertThat(sheets).as("defined names by sheet").hasSizeGreaterThan(wb.getNumberOfSheets()).isSorted();
    }

    private static Map<String, byte[]> parts(Path workbook) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    @Test
    void sheetsHaveThaiNamesInTheIssuesOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("สรุปรายหน่วยงาน", "ตัวชี้วัด", "ข้อค้นพบ", "ข้อมูลเชิงบรรยาย", "ไฟล์",
                "เกณฑ์ที่ใช้");
    }

    @Test
    void everySheetHasABandAndAHeaderRowFrozenAndFiltered() {
        for (Sheet s : wb) {
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane).as(s.getSheetName()).isNotNull();
            assertThat(pane.isFreezePane()).as(s.getSheetName()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as(s.getSheetName()).isEqualTo((short) 2);
            assertThat(text(s, 0, 0)).as(s.getSheetName()).isNotBlank();
            // The filter covers the header row and every data row of the table, whose headers are all named.
            CellRangeAddress filter = CellRangeAddress.valueOf(((XSSFSheet) s).getCTWorksheet().getAutoFilter().getRef());
            assertThat(filter.getFirstRow()).as(s.getSheetName()).isEqualTo(1);
            assertThat(filter.getFirstColumn()).as(s.getSheetName()).isZero();
            assertThat(filter.getLastRow()).as(s.getSheetName()).isEqualTo(s.getLastRowNum());
            assertThat(filter.getLastColumn()).as(s.getSheetName()).isGreaterThan(3);
            assertThat(Cells.header(s).subList(0, filter.getLastColumn() + 1)).as(s.getSheetName()).doesNotContain("");
            assertThat(Cells.header(s)).as(s.getSheetName()).hasSizeGreaterThanOrEqualTo(filter.getLastColumn() + 1);
        }
    }

    @Test
    void everySheetPrintsOnA4LandscapeFittedToTheWidthWithItsHeaderRowsOnEveryPage() {
        for (Sheet s : wb) {
            PrintSetup print = s.getPrintSetup();
            assertThat(print.getPaperSize()).as(s.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).as(s.getSheetName()).isTrue();
            assertThat(s.getFitToPage()).as(s.getSheetName()).isTrue();
            assertThat(print.getFitWidth()).as(s.getSheetName()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).as(s.getSheetName()).isEqualTo((short) 0);
            assertThat(s.getRepeatingRows().formatAsString()).as(s.getSheetName()).isEqualTo("1:2");
        }
    }

    @Test
    void summaryListsEveryFileReadWithTotalsCountsStatusAndRanks() {
        Sheet s = wb.getSheet(SummarySheet.NAME);
        assertThat(Cells.header(s).subList(0, 11)).containsExactly("หน่วยงาน", "กลุ่ม", "ไฟล์", "คะแนนรวม\nที่ระบุ",
                "คะแนนรวม\nคำนวณใหม่", "ผลต่าง", "ข้อผิดพลาด", "คำเตือน", "สถานะ", "อันดับ\nรวม", "อันดับ\nในกลุ่ม");
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (List<String> row : Cells.rows(s, 11)) {
            byFile.put(row.get(SummarySheet.FILE), row);
        }
        // README.md and roster.csv are skipped, so they are listed in the files sheet only.
        assertThat(byFile.keySet()).containsExactly("bang-bon-district.xlsx", "bang-khae-district.xlsx",
                "chatuchak-district.xls", "environment-department.xlsx", SEED, "medical-department.xlsx",
                "social-development-department-resubmitted.xlsx", "social-development-department.xlsx");
        assertThat(byFile.get(SEED)).containsExactly("สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร", "A", SEED, "95",
                "97.5", "2.5", "9", "3", "DISCREPANCIES", "3", "1");
        // Totals 97.7, 96.3, 96, 97, 97.5, 92.1, 98.6, 68.6; groups D, A, C, A, A, A, B, B.
        assertThat(byFile.values()).extracting(row -> row.get(SummarySheet.RANK) + "/" + row.get(SummarySheet.GROUP_RANK))
                .containsExactly("2/1", "5/3", "6/1", "4/2", "3/1", "7/4", "1/1", "8/2");
        int seedRow = Cells.rowOf(s, new int[] {SummarySheet.FILE}, SEED);
        assertThat(Cells.fill(s, seedRow, SummarySheet.DIFFERENCE)).isEqualTo(Cells.ERROR_FILL);
        assertThat(Cells.fill(s, seedRow, SummarySheet.ERRORS)).isEqualTo(Cells.ERROR_FILL);
        assertThat(Cells.fill(s, seedRow, SummarySheet.WARNINGS)).isEqualTo(Cells.WARNING_FILL);
        int cleanRow = Cells.rowOf(s, new int[] {SummarySheet.FILE}, "bang-khae-district.xlsx");
        assertThat(Cells.fill(s, cleanRow, SummarySheet.DIFFERENCE)).isEmpty();
        assertThat(Cells.fill(s, cleanRow, SummarySheet.STATUS)).isEmpty();
    }

    @Test
    void totalsShowTwoDecimalsAndTheCellsKeepTheExactValue() {
        Sheet s = wb.getSheet(SummarySheet.NAME);
        int seedRow = Cells.rowOf(s, new int[] {SummarySheet.FILE}, SEED);
        for (int column : new int[] {SummarySheet.STATED, SummarySheet.TOTAL}) {
            Cell c = s.getRow(seedRow).getCell(column);
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
        assertThat(new DataFormatter().formatCellValue(s.getRow(seedRow).getCell(SummarySheet.TOTAL))).isEqualTo("97.50");
        assertThat(new DataFormatter().formatCellValue(s.getRow(seedRow).getCell(SummarySheet.DIFFERENCE)))
                .isEqualTo("+2.50");
    }

    @Test
    void theChartDrawsStatedAgainstRecomputedTotalsLargestMoveFirst() {
        XSSFSheet s = wb.getSheet(SummarySheet.NAME);
        List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        List<XDDFChartData> data = charts.get(0).getChartSeries();
        assertThat(data).hasSize(1);
        assertThat(data.get(0).getSeriesCount()).isEqualTo(2);
        List<XDDFChartData.Series> series = List.of(data.get(0).getSeries(0), data.get(0).getSeries(1));
        // Moves: -29.4, +2.5, -1.5, +0.9, +0.6, then the three units whose totals did not move, by name.
        List<String> units = List.of("สำนักพัฒนาสังคม", "สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร", "สำนักสิ่งแวดล้อม",
                "สำนักการแพทย์", "สำนักพัฒนาสังคม กรุงเทพมหานคร", "สำนักงานเขตจตุจักร", "สำนักงานเขตบางบอน",
                "สำนักงานเขตบางแค");
        List<String> stated = List.of("98", "95", "98.5", "91.2", "98", "96", "97.7", "96.3");
        List<String> recomputed = List.of("68.6", "97.5", "97", "92.1", "98.6", "96", "97.7", "96.3");
        for (int i = 0; i < units.size(); i++) {
            assertThat(series.get(0).getCategoryData().getPointAt(i)).isEqualTo(units.get(i));
            assertThat(number(series.get(0).getValuesData().getPointAt(i))).isEqualTo(stated.get(i));
            assertThat(number(series.get(1).getValuesData().getPointAt(i))).isEqualTo(recomputed.get(i));
            // The chart reads the side block of the sheet, which holds the same values.
            assertThat(text(s, Table.HEADER_ROWS + i, SummarySheet.MOVED_UNIT)).isEqualTo(units.get(i));
            assertThat(text(s, Table.HEADER_ROWS + i, SummarySheet.MOVED_STATED)).isEqualTo(stated.get(i));
            assertThat(text(s, Table.HEADER_ROWS + i, SummarySheet.MOVED_TOTAL)).isEqualTo(recomputed.get(i));
        }
        String statedColumn = CellReference.convertNumToColString(SummarySheet.MOVED_STATED);
        String totalColumn = CellReference.convertNumToColString(SummarySheet.MOVED_TOTAL);
        assertThat(series.get(0).getValuesData().getDataRangeReference())
                .isEqualTo("'สรุปรายหน่วยงาน'!$" + statedColumn + "$3:$" + statedColumn + "$10");
        assertThat(series.get(1).getValuesData().getDataRangeReference())
                .isEqualTo("'สรุปรายหน่วยงาน'!$" + totalColumn + "$3:$" + totalColumn + "$10");
    }

    @Test
    void everyIndicatorIsListedWithEachStatedValueNextToItsSourceCell() {
        Sheet s = wb.getSheet(IndicatorSheet.NAME);
        int expected = written.run().files().stream().mapToInt(f -> f.score().map(x -> x.indicators().size()).orElse(0))
                .sum();
        assertThat(s.getLastRowNum() + 1 - Table.HEADER_ROWS).isEqualTo(expected);
        int row = Cells.rowOf(s, new int[] {IndicatorSheet.FILE, IndicatorSheet.COMPONENT, IndicatorSheet.INDICATOR},
                SEED, "1", "1");
        List<String> values = new ArrayList<>();
        for (int c = IndicatorSheet.SHEET; c <= IndicatorSheet.STATUS; c++) {
            values.add(text(s, row, c));
        }
        assertThat(values).containsExactly("องค์ประกอบที่ 1", "15", "B23", "4", "", "C23", "80", "D23", "12", "E23",
                "4", "90", "13.5", "MISMATCH");
    }

    /** Every stated value is found again at its source cell in the unit's own workbook. */
    @Test
    void theSourceCellOfEveryStatedValueHoldsThatValue() throws IOException {
        Sheet s = wb.getSheet(IndicatorSheet.NAME);
        int[][] pairs = {{IndicatorSheet.WEIGHT, IndicatorSheet.WEIGHT_CELL}, {IndicatorSheet.LEVEL, IndicatorSheet.RESULT_CELL},
            {IndicatorSheet.VALUE, IndicatorSheet.RESULT_CELL}, {IndicatorSheet.SCORE, IndicatorSheet.SCORE_CELL},
            {IndicatorSheet.WEIGHTED, IndicatorSheet.WEIGHTED_CELL}};
        Map<String, Workbook> sources = new HashMap<>();
        DataFormatter formatter = new DataFormatter();
        int checked = 0;
        try {
            for (int r = Table.HEADER_ROWS; r <= s.getLastRowNum(); r++) {
                String file = text(s, r, IndicatorSheet.FILE);
                Workbook source = sources.computeIfAbsent(file, f -> open(Batches.SAMPLES.resolve(f)));
                for (int[] pair : pairs) {
                    String value = text(s, r, pair[0]);
                    String cell = text(s, r, pair[1]);
                    if (value.isEmpty()) {
                        continue;
                    }
                    assertThat(cell).as("source cell of row %d column %d", r + 1, pair[0]).isNotEmpty();
                    CellReference ref = new CellReference(text(s, r, IndicatorSheet.SHEET), rowOf(cell), columnOf(cell),
                            false, false);
                    Cell at = source.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
                    assertThat(arabic(formatter.formatCellValue(at).replace("%", "")))
                            .as("%s %s", file, ref.formatAsString()).contains(value);
                    checked++;
                }
            }
        } finally {
            for (Workbook w : sources.values()) {
                w.close();
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    /**
     * The coloured cells of the indicators sheet are exactly the cells the findings point at: the
     * stated value whose source cell is the finding's cell, else the findings column of the row.
     */
    @Test
    void highlightedCellsAreExactlyWhereTheFindingsPoint() {
        Sheet s = wb.getSheet(IndicatorSheet.NAME);
        Map<List<Integer>, String> expected = new HashMap<>();
        Map<List<Integer>, List<String>> rules = new HashMap<>();
        for (Finding f : written.run().findings()) {
            if (f.severity() == Severity.INFO || f.indicator().isEmpty()) {
                continue;
            }
            int row = Cells.rowOf(s, new int[] {IndicatorSheet.FILE, IndicatorSheet.COMPONENT, IndicatorSheet.INDICATOR},
                    f.file(), f.component(), f.indicator());
            String rowSheet = text(s, row, IndicatorSheet.SHEET);
            String shown = f.sheet().equals(rowSheet) ? f.a1() : f.sheet() + "!" + f.a1();
            int column = IndicatorSheet.FINDINGS;
            if (shown.equals(text(s, row, IndicatorSheet.WEIGHT_CELL))) {
                column = IndicatorSheet.WEIGHT;
            } else if (shown.equals(text(s, row, IndicatorSheet.RESULT_CELL))) {
                column = text(s, row, IndicatorSheet.LEVEL).isEmpty() ? IndicatorSheet.VALUE : IndicatorSheet.LEVEL;
            } else if (shown.equals(text(s, row, IndicatorSheet.SCORE_CELL))) {
                column = IndicatorSheet.SCORE;
            } else if (shown.equals(text(s, row, IndicatorSheet.WEIGHTED_CELL))) {
                column = IndicatorSheet.WEIGHTED;
            }
            String fill = f.severity() == Severity.ERROR ? Cells.ERROR_FILL : Cells.WARNING_FILL;
            expected.merge(List.of(row, column), fill, (a, b) -> a.equals(Cells.ERROR_FILL) ? a : b);
            rules.computeIfAbsent(List.of(row, column), k -> new ArrayList<>()).add(f.code().name());
        }
        Map<List<Integer>, String> actual = new HashMap<>();
        int[] marked = {IndicatorSheet.WEIGHT, IndicatorSheet.LEVEL, IndicatorSheet.VALUE, IndicatorSheet.SCORE,
            IndicatorSheet.WEIGHTED, IndicatorSheet.FINDINGS};
        for (int r = Table.HEADER_ROWS; r <= s.getLastRowNum(); r++) {
            for (int c : marked) {
                String fill = Cells.fill(s, r, c);
                if (!fill.isEmpty()) {
                    actual.put(List.of(r, c), fill);
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
        // The seed, by hand: indicator 1 states 80 / 12 (D23, E23); the summary's 12 (G38) is listed.
        int one = Cells.rowOf(s, new int[] {IndicatorSheet.FILE, IndicatorSheet.COMPONENT, IndicatorSheet.INDICATOR},
                SEED, "1", "1");
        int four = Cells.rowOf(s, new int[] {IndicatorSheet.FILE, IndicatorSheet.COMPONENT, IndicatorSheet.INDICATOR},
                SEED, "4", "4");
        assertThat(actual).containsEntry(List.of(one, IndicatorSheet.SCORE), Cells.ERROR_FILL)
                .containsEntry(List.of(one, IndicatorSheet.WEIGHTED), Cells.ERROR_FILL)
                .containsEntry(List.of(one, IndicatorSheet.FINDINGS), Cells.ERROR_FILL)
                .containsEntry(List.of(four, IndicatorSheet.WEIGHTED), Cells.WARNING_FILL)
                .doesNotContainKey(List.of(one, IndicatorSheet.WEIGHT));
        assertThat(text(s, one, IndicatorSheet.FINDINGS)).contains("SCORE_MISMATCH D23: 80 → 90", "G38");
        // Each coloured cell carries a comment naming its rules.
        for (Map.Entry<List<Integer>, List<String>> e : rules.entrySet()) {
            Cell c = s.getRow(e.getKey().get(0)).getCell(e.getKey().get(1));
            assertThat(c.getCellComment()).as("comment at %s", c.getAddress()).isNotNull();
            assertThat(c.getCellComment().getString().getString()).contains(e.getValue());
        }
    }

    @Test
    void discrepanciesHoldTheCsvRowsAndLinkToTheRowsTheyConcern() throws IOException {
        Sheet s = wb.getSheet(DiscrepancySheet.NAME);
        CsvReports.writeAll(written.run(), Language.TH, dir);
        List<CSVRecord> csv;
        try (Reader r = Files.newBufferedReader(dir.resolve(CsvReports.DISCREPANCIES), StandardCharsets.UTF_8)) {
            r.skip(1);
            csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        // The columns of the CSV come first; the review mark, waiver and link follow.
        List<List<String>> rows = Cells.rows(s, DiscrepancySheet.REVIEW);
        assertThat(rows).hasSize(csv.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).stream().map(CsvText::safe).toList()).isEqualTo(csv.get(i).toList());
        }
        Pattern link = Pattern.compile("HYPERLINK\\(\"#'([^']+)'!([A-Z]+[0-9]+)\",\"([^\"]+)\"\\)");
        List<Finding> findings = written.run().findings();
        int linked = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Cell cell = s.getRow(Table.HEADER_ROWS + i).getCell(DiscrepancySheet.LINK);
            if (f.file().isEmpty()) {
                assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
                continue;
            }
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            Matcher m = link.matcher(cell.getCellFormula());
            assertThat(m.matches()).as(cell.getCellFormula()).isTrue();
            Sheet target = wb.getSheet(m.group(1));
            assertThat(target).as(m.group(1)).isNotNull();
            CellReference ref = new CellReference(m.group(2));
            assertThat(cell.getStringCellValue()).isEqualTo(m.group(3));
            int row = ref.getRow();
            if (target.getSheetName().equals(IndicatorSheet.NAME)) {
                assertThat(List.of(text(target, row, IndicatorSheet.FILE), text(target, row, IndicatorSheet.COMPONENT)))
                        .containsExactly(f.file(), f.component());
                if (!f.indicator().isEmpty()) {
                    assertThat(text(target, row, IndicatorSheet.INDICATOR)).isEqualTo(f.indicator());
                    if (f.severity() != org.kpiconsolidator.finding.Severity.INFO) {
                        // The link lands on the coloured cell; notes (INFO) are not coloured.
                        assertThat(Cells.fill(target, row, ref.getCol())).isNotEmpty();
                    }
                }
            } else {
                assertThat(f.component()).isEmpty();
                int fileColumn = target.getSheetName().equals(SummarySheet.NAME) ? SummarySheet.FILE : FileSheet.FILE;
                assertThat(text(target, row, fileColumn)).isEqualTo(f.file());
            }
            linked++;
        }
        assertThat(linked).isEqualTo(findings.size());
    }

    /** Every narrative the forms were read with is a row, with its text and source cell; empty answers are not. */
    @Test
    void narrativesCarryEveryTextReadWithItsSourceAndSkipEmptyAnswers() {
        Sheet s = wb.getSheet(NarrativeSheet.NAME);
        List<List<String>> rows = Cells.rows(s, NarrativeSheet.CELL + 1);
        assertThat(rows).extracting(r -> r.get(NarrativeSheet.TEXT)).doesNotContain("", "-", "ไม่มี");
        Map<String, String> read = new LinkedHashMap<>();
        for (FileOutcome f : written.run().files()) {
            f.score().ifPresent(score -> score.submission().blocks().forEach(block -> {
                List<Map<Narrative, Sourced<String>>> all = new ArrayList<>();
                all.add(block.narratives());
                block.indicators().forEach(i -> i.detail().ifPresent(d -> all.add(d.narratives())));
                for (Map<Narrative, Sourced<String>> narratives : all) {
                    narratives.values().stream().filter(n -> !n.isBlank() && !List.of("-", "ไม่มี").contains(n.value()))
                            .forEach(n -> read.put(f.file().name() + " " + n.cell(), n.value()));
                }
            }));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        for (List<String> row : rows) {
            if (!row.get(NarrativeSheet.CELL).isEmpty()) {
                shown.put(row.get(NarrativeSheet.FILE) + " " + row.get(NarrativeSheet.CELL), row.get(NarrativeSheet.TEXT));
            }
        }
        assertThat(read).hasSizeGreaterThan(40);
        assertThat(shown).isEqualTo(read);
        // Free text without a cell of its own: the summary's narrative result and the detail table's columns.
        assertThat(rows).filteredOn(r -> r.get(NarrativeSheet.CELL).isEmpty()).isNotEmpty()
                .extracting(r -> r.get(NarrativeSheet.SECTION)).contains("ผลการดำเนินงาน (ตารางสรุป)");
    }

    @Test
    void filesListEveryFileWithItsHashSizeAndAPlaceForTheTemplate() throws IOException {
        Sheet s = wb.getSheet(FileSheet.NAME);
        assertThat(Cells.rows(s, 1)).extracting(r -> r.get(0))
                .containsExactlyElementsOf(written.run().files().stream().map(f -> f.file().name()).toList());
        int seed = Cells.rowOf(s, new int[] {FileSheet.FILE}, SEED);
        byte[] bytes = Files.readAllBytes(Batches.SAMPLES.resolve(SEED));
        assertThat(text(s, seed, FileSheet.SHA256)).isEqualTo(DigestUtils.sha256Hex(bytes));
        assertThat(text(s, seed, FileSheet.SIZE)).isEqualTo(Integer.toString(bytes.length));
        assertThat(text(s, seed, FileSheet.FORMAT)).isEqualTo("OOXML");
        assertThat(Cells.header(s).get(FileSheet.TEMPLATE)).isEqualTo("รุ่นแม่แบบ");
        assertThat(Cells.header(s).get(FileSheet.DRIFT)).isEqualTo("ความต่างจากแม่แบบ");
        int readme = Cells.rowOf(s, new int[] {FileSheet.FILE}, "README.md");
        assertThat(text(s, readme, FileSheet.STATUS)).isEqualTo("SKIPPED");
        assertThat(text(s, readme, FileSheet.NOTE)).startsWith("FILE_SKIPPED");
    }

    @Test
    void rubricShowsThresholdsPointsUsedPrintedPointsAndSource() {
        Sheet s = wb.getSheet(RubricSheet.NAME);
        assertThat(Cells.header(s).subList(RubricSheet.LEVEL_1, RubricSheet.LEVEL_1 + 5)).containsExactly(
                "ระดับ 1\n(60 คะแนน)", "ระดับ 2\n(70 คะแนน)", "ระดับ 3\n(80 คะแนน)", "ระดับ 4\n(90 คะแนน)",
                "ระดับ 5\n(100 คะแนน)");
        int interpolated = Cells.rowOf(s, new int[] {RubricSheet.FILE, RubricSheet.INDICATOR},
                "bang-khae-district.xlsx", "4");
        assertThat(Cells.rows(s, RubricSheet.CELL + 1).get(interpolated - Table.HEADER_ROWS)
                .subList(RubricSheet.INTERPOLATE, RubricSheet.CELL)).containsExactly("ใช่", "60", "65", "70", "75",
                "80", "60/70/80/90/100", "แบบฟอร์ม");
        // The seed's component 2 prints level 4 as 80 points: the printed points are amber, with the rule.
        int wrongPoints = Cells.rowOf(s, new int[] {RubricSheet.FILE, RubricSheet.COMPONENT, RubricSheet.INDICATOR},
                SEED, "2", "4");
        assertThat(text(s, wrongPoints, RubricSheet.PRINTED_POINTS)).isEqualTo("60/70/80/80/100");
        assertThat(Cells.fill(s, wrongPoints, RubricSheet.PRINTED_POINTS)).isEqualTo(Cells.WARNING_FILL);
        assertThat(s.getRow(wrongPoints).getCell(RubricSheet.PRINTED_POINTS).getCellComment().getString().getString())
                .contains("RUBRIC_POINTS_INVALID");
        int right = Cells.rowOf(s, new int[] {RubricSheet.FILE, RubricSheet.COMPONENT, RubricSheet.INDICATOR}, SEED,
                "1", "1");
        assertThat(Cells.fill(s, right, RubricSheet.PRINTED_POINTS)).isEmpty();
    }

    @Test
    void documentPropertiesNameTheWorkbookAndItsFiscalYear() {
        assertThat(wb.getProperties().getCoreProperties().getTitle()).contains("2564");
        assertThat(wb.getProperties().getCustomProperties().getProperty("fiscal_year").getI4()).isEqualTo(2564);
    }

    @Test
    void columnWidthsFollowTheContent(@TempDir Path other) throws IOException {
        Path one = Files.createDirectories(other.resolve("in"));
        Files.copy(Batches.SAMPLES.resolve("medical-department.xlsx"), one.resolve("m.xlsx"));
        Batches.Written narrow = Batches.write(one, other.resolve("out"), false, Language.TH);
        try (Workbook small = WorkbookFactory.create(narrow.workbook().toFile(), null, true)) {
            Sheet wide = wb.getSheet(SummarySheet.NAME);
            Sheet slim = small.getSheet(SummarySheet.NAME);
            // The file column holds "m.xlsx" in one and long names in the other; the unit column "สำนักการแพทย์".
            assertThat(slim.getColumnWidth(SummarySheet.FILE)).isLessThan(wide.getColumnWidth(SummarySheet.FILE));
            assertThat(slim.getColumnWidth(SummarySheet.UNIT)).isLessThan(wide.getColumnWidth(SummarySheet.UNIT));
            assertThat(wide.getColumnWidth(SummarySheet.GROUP)).isLessThan(wide.getColumnWidth(SummarySheet.STATUS));
        }
    }

    @Test
    void sameInputsGiveTheSameCellsInTheSameOrder(@TempDir Path again) throws IOException {
        Batches.Written second = Batches.samples(again);
        try (Workbook other = WorkbookFactory.create(second.workbook().toFile(), null, true)) {
            assertThat(other.getNumberOfSheets()).isEqualTo(wb.getNumberOfSheets());
            for (Sheet s : wb) {
                Sheet o = other.getSheet(s.getSheetName());
                assertThat(o.getLastRowNum()).isEqualTo(s.getLastRowNum());
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    int width = Math.max(s.getRow(r).getLastCellNum(), o.getRow(r).getLastCellNum());
                    for (int c = 0; c < width; c++) {
                        assertThat(text(o, r, c)).as("%s!%s", s.getSheetName(), new CellReference(r, c).formatAsString())
                                .isEqualTo(text(s, r, c));
                    }
                }
            }
        }
    }

    @Test
    void contactsAreWrittenOnlyWhenTheRunIncludesThem(@TempDir Path other) throws IOException {
        List<String> phones = written.run().files().stream().flatMap(f -> f.contacts().stream())
                .map(c -> c.phone()).filter(p -> !p.isBlank()).distinct().toList();
        List<String> people = written.run().files().stream().flatMap(f -> f.contacts().stream())
                .map(c -> c.person()).filter(p -> !p.isBlank()).distinct().toList();
        assertThat(phones).isNotEmpty();
        assertThat(people).isNotEmpty();
        assertThat(everyText(wb)).doesNotContainAnyElementsOf(phones).doesNotContainAnyElementsOf(people);

        Batches.Written with = Batches.write(Batches.SAMPLES, other, true, Language.TH);
        try (Workbook w = WorkbookFactory.create(with.workbook().toFile(), null, true)) {
            assertThat(w.getSheetName(w.getNumberOfSheets() - 1)).isEqualTo(ContactSheet.NAME);
            Sheet s = w.getSheet(ContactSheet.NAME);
            assertThat(Cells.rows(s, ContactSheet.PHONE + 1)).extracting(r -> r.get(ContactSheet.PHONE))
                    .containsAll(phones);
            assertThat(s.getRow(Table.HEADER_ROWS).getCell(ContactSheet.PHONE).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void englishRunsGetEnglishHeadersAndKeepTheThaiSheetNames(@TempDir Path other) throws IOException {
        Batches.Written en = Batches.write(Batches.SAMPLES, other, false, Language.EN);
        try (Workbook w = WorkbookFactory.create(en.workbook().toFile(), null, true)) {
            assertThat(w.getSheetName(0)).isEqualTo(SummarySheet.NAME);
            assertThat(Cells.header(w.getSheet(SummarySheet.NAME)).subList(0, 3)).containsExactly("Unit", "Group", "File");
            assertThat(text(w.getSheet(DiscrepancySheet.NAME), Table.HEADER_ROWS + 1, DiscrepancySheet.MESSAGE))
                    .matches("[\\x20-\\x7E×÷→—]+");
        }
    }

    static List<String> everyText(Workbook w) {
        List<String> all = new ArrayList<>();
        for (Sheet s : w) {
            for (Row r : s) {
                for (Cell c : r) {
                    all.add(text(s, r.getRowNum(), c.getColumnIndex()));
                }
            }
        }
        return all;
    }

    private static String number(Number value) {
        return BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString();
    }

    private static String arabic(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            b.append(ch >= '๐' && ch <= '๙' ? (char) ('0' + (ch - '๐')) : ch);
        }
        return b.toString();
    }

    private static int rowOf(String a1) {
        return new CellReference(a1).getRow();
    }

    private static int columnOf(String a1) {
        return new CellReference(a1).getCol();
    }

    private static Workbook open(Path file) {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static FileOutcome seed() {
        return written.run().files().stream().filter(f -> f.file().name().equals(SEED)).findFirst().orElseThrow();
    }
}
