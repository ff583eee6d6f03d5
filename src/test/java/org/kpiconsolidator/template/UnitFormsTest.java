package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kpiconsolidator.template.TemplateSheets.cell;
import static org.kpiconsolidator.template.TemplateSheets.find;
import static org.kpiconsolidator.template.TemplateSheets.rowOf;
import static org.kpiconsolidator.template.TemplateSheets.validationsAt;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.cli.ExitCodes;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.reference.AgreedIndicator;
import org.kpiconsolidator.reference.Agreements;
import org.kpiconsolidator.reference.Roster;
import org.kpiconsolidator.reference.RosterUnit;
import org.kpiconsolidator.testing.Cli;
import org.kpiconsolidator.testing.Cli.Run;

/**
 * {@code template --roster samples/roster.csv --agreements samples/agreements.csv}: one form per
 * roster unit, each holding what its unit agreed in locked cells; filled in by code with results
 * only and calculated as Excel calculates on save, every form passes {@code consolidate} with the
 * same reference data: no RUBRIC_MISMATCH, UNKNOWN_UNIT or GROUP_MISMATCH, and the totals the forms
 * show are the totals the consolidator recomputes.
 */
class UnitFormsTest {

    static final Path ROSTER = Path.of("samples", "roster.csv");
    static final Path AGREEMENTS = Path.of("samples", "agreements.csv");
    static final String BANG_KHAE = "50400000-สำนักงานเขตบางแค-2564.xlsx";
    static final String PHRA_NAKHON = "50010000-สำนักงานเขตพระนคร-2564.xlsx";

    @TempDir
    static Path dir;

    static Path forms;
    static Run generated;

    @BeforeAll
    static void generate() {
        forms = dir.resolve("forms");
        generated = Cli.run("template", "--roster", ROSTER.toString(), "--agreements", AGREEMENTS.toString(), "--out",
                forms.toString());
    }

    @Test
    void writesOneFormPerRosterUnitNamedByIdNameAndYear() throws IOException {
        assertThat(generated.exit()).as(generated.err()).isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(forms)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "04010000-สำนักงานการต่างประเทศ-2564.xlsx",
                    "07000000-สำนักการแพทย์-2564.xlsx",
                    "22000000-สำนักสิ่งแวดล้อม-2564.xlsx",
                    "24000000-สำนักพัฒนาสังคม-2564.xlsx",
                    PHRA_NAKHON,
                    "50260000-สำนักงานเขตจตุจักร-2564.xlsx",
                    BANG_KHAE);
        }
        assertThat(generated.out().lines()).hasSize(8).contains(forms.resolve(BANG_KHAE).toString());
        // The roster's last unit agreed nothing of its own: said once, at its roster line.
        assertThat(generated.err().lines()).singleElement().asString()
                .startsWith("kpi-consolidator: note: " + ROSTER + ":8: unit 50010000 ");
    }

    @Test
    void aUnitsFormHoldsItsAgreementInLockedCells() throws IOException {
        try (InputStream in = Files.newInputStream(forms.resolve(BANG_KHAE)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getProperties().getCustomProperties().getProperty(TemplateWriter.VERSION_PROPERTY)
                    .getLpwstr()).isEqualTo("report-form-2564/1");
            List<String> sheets = new ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly(GuideSheets.INSTRUCTIONS, GuideSheets.TOTALS, "องค์ประกอบที่ 1",
                    "องค์ประกอบที่ 2", "องค์ประกอบที่ 3", "องค์ประกอบที่ 4", "ตัวชี้วัด 5.1", "ตัวชี้วัด 5.2");

            XSSFSheet c1 = wb.getSheet("องค์ประกอบที่ 1");
            assertThat(locked(c1, rowOf(c1, 0, "หน่วยงาน :"), 1)).isEqualTo("สำนักงานเขตบางแค");
            int rubric = rowOf(c1, 0, "1. ระดับความสำเร็จของการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง");
            assertThat(lockedRow(c1, rubric, 1, 5)).containsExactly(n(20), n(40), n(60), n(80), n(100));
            assertThat(locked(c1, rubric + 2, 0)).isEqualTo("3. ระดับความสำเร็จของการพัฒนาคุณภาพชีวิตผู้สูงอายุในชุมชน");
            int results = find(c1, "ผลการดำเนินการ")[0] + 1;
            assertThat(List.of(locked(c1, results, 1), locked(c1, results + 1, 1), locked(c1, results + 2, 1)))
                    .containsExactly(n(15), n(15), n(10));
            assertThat(cell(c1, results, 2).getCellStyle().getLocked()).as("the result is the unit's").isFalse();
            int summary = rowOf(c1, 0, "ลำดับที่") + 1;
            assertThat(lockedRow(c1, summary, 2, 2)).containsExactly("ระดับ 5");
            assertThat(validationsAt(c1, summary, 2)).as("an agreed target offers no choice").isEmpty();
            // Component 1 agreed steps; component 2 agreed interpolation, so its rubric has the adjustment line.
            assertThat(texts(c1)).noneMatch(t -> t.startsWith("ช่วงการปรับเกณฑ์"));
            XSSFSheet c2 = wb.getSheet("องค์ประกอบที่ 2");
            assertThat(texts(c2)).anyMatch(t -> t.startsWith("ช่วงการปรับเกณฑ์"));
            int rubric4 = rowOf(c2, 0, "4. ร้อยละของผู้ค้าหาบเร่แผงลอยที่ปฏิบัติตามข้อกำหนดของกรุงเทพมหานคร");
            assertThat(lockedRow(c2, rubric4, 1, 5)).containsExactly(n(60), n(65), n(70), n(75), n(80));

            XSSFSheet disbursement = wb.getSheet("ตัวชี้วัด 5.1");
            assertThat(locked(disbursement, rowOf(disbursement, 0, "กลุ่มหน่วยงาน :"), 1)).isEqualTo("กลุ่มหน่วยงาน A");
            assertThat(lockedRow(disbursement, rowOf(disbursement, 0, "กลุ่มหน่วยงาน C"), 1, 5))
                    .containsExactly(n(55), n(60), n(65), n(70), n(75));
            int weight = find(disbursement, "ผลการดำเนินงาน")[0] + 1;
            assertThat(locked(disbursement, weight, 0)).isEqualTo(n(10));
        }
    }

    @Test
    void aUnitWithoutOwnAgreementsFillsInComponentsOneToThreeItself() throws IOException {
        try (InputStream in = Files.newInputStream(forms.resolve(PHRA_NAKHON)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet c1 = wb.getSheet("องค์ประกอบที่ 1");
            int results = find(c1, "ผลการดำเนินการ")[0] + 1;
            assertThat(cell(c1, results, 1).getCellStyle().getLocked()).as("weight").isFalse();
            assertThat(cell(c1, rowOf(c1, 0, "ตัวชี้วัด") + 1, 0).getCellStyle().getLocked()).as("name").isFalse();
            XSSFSheet disbursement = wb.getSheet("ตัวชี้วัด 5.1");
            assertThat(locked(disbursement, rowOf(disbursement, 0, "กลุ่มหน่วยงาน :"), 1)).isEqualTo("กลุ่มหน่วยงาน C");
        }
    }

    /**
     * Every unit's form with level 5 typed into every result; Bang Khae's with results across the
     * rubric (steps, interpolation, its group's row) and the explanations its two results below
     * target need.
     */
    @Test
    void formsFilledWithResultsOnlyPassConsolidateWithTheSameReferenceData() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("filled"));
        Roster roster = Roster.read(ROSTER);
        Agreements agreements = Agreements.read(AGREEMENTS);
        for (RosterUnit unit : roster.units()) {
            Path template = formOf(unit);
            try (FormFiller form = FormFiller.open(template)) {
                if (unit.id().equals("50400000")) {
                    fillBangKhae(form);
                } else {
                    levelFive(unit, agreements).forEach((sheet, results) -> {
                        for (int i = 0; i < results.size(); i++) {
                            form.result(sheet, i, results.get(i));
                        }
                    });
                }
                form.saveEvaluated(inputs.resolve(template.getFileName()));
            }
        }
        Path out = dir.resolve("out");

        Run consolidate = Cli.run("consolidate", inputs.toString(), "--out", out.toString(), "--roster",
                ROSTER.toString(), "--agreements", AGREEMENTS.toString());

        assertThat(consolidate.err()).isEmpty();
        List<CSVRecord> log = rows(out.resolve("discrepancies.csv"));
        assertThat(log).extracting(r -> r.get("rule")).doesNotContain("RUBRIC_MISMATCH", "UNKNOWN_UNIT",
                "GROUP_MISMATCH", "MISSING_SUBMISSION", "DUPLICATE_SUBMISSION");
        // Only the unit that agreed nothing of its own and typed nothing into components 1-3 has findings.
        assertThat(log).extracting(r -> r.get("severity"), r -> r.get("rule"), r -> r.get("file"))
                .containsOnly(tuple("ERROR", "WEIGHT_SUM_MISMATCH", PHRA_NAKHON));
        Map<String, List<String>> summary = new LinkedHashMap<>();
        for (CSVRecord r : rows(out.resolve("summary.csv"))) {
            summary.put(r.get("file"), List.of(r.get("unit"), r.get("group"), r.get("stated_total"), r.get("total")));
        }
        assertThat(summary).hasSize(7).containsEntry(BANG_KHAE, List.of("สำนักงานเขตบางแค", "A", "94.3", "94.3"))
                .containsEntry("50260000-สำนักงานเขตจตุจักร-2564.xlsx", List.of("สำนักงานเขตจตุจักร", "C", "100", "100"))
                .containsEntry(PHRA_NAKHON, List.of("สำนักงานเขตพระนคร", "C", "30", "30"));
        assertThat(TemplateRoundTripTest.templateTotals(inputs.resolve(BANG_KHAE)).get("total"))
                .isEqualByComparingTo("94.3");
    }

    /**
     * A threshold such as {@code ≤ 20} has no single value a formula compares with: the form prints it
     * as agreed and asks for the level reached, and the consolidator scores that level with no finding.
     */
    @Test
    void aBoundedThresholdAsksForTheLevelReachedAndPassesConsolidate() throws Exception {
        Path bounded = dir.resolve("bounded");
        Path agreements = bounded.resolve("agreements.csv");
        Files.createDirectories(bounded);
        List<String> lines = new ArrayList<>(Files.readAllLines(AGREEMENTS, StandardCharsets.UTF_8));
        int line = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("50400000,1,1,")) {
                lines.set(i, lines.get(i).replace(",15,5,20,40,", ",15,5,≤ 20,40,"));
                line = i + 1;
            }
        }
        Files.write(agreements, lines, StandardCharsets.UTF_8);
        Run template = Cli.run("template", "--roster", ROSTER.toString(), "--agreements",
                agreements.toString(), "--out", bounded.resolve("forms").toString());
        assertThat(template.exit()).as(template.err()).isEqualTo(ExitCodes.OK);
        assertThat(template.err()).contains("note: " + agreements + ":" + line + ": ");

        Path filled = Files.createDirectories(bounded.resolve("filled")).resolve(BANG_KHAE);
        try (FormFiller form = FormFiller.open(bounded.resolve("forms").resolve(BANG_KHAE))) {
            XSSFSheet c1 = form.workbook().getSheet("องค์ประกอบที่ 1");
            int rubric = rowOf(c1, 0, "1. ระดับความสำเร็จของการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง");
            assertThat(lockedRow(c1, rubric, 1, 2)).containsExactly("≤ 20", "40");
            int[] result = find(c1, "ผลการดำเนินการ");
            assertThat(validationsAt(c1, result[0] + 1, result[1])).singleElement()
                    .extracting(v -> v.getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.LIST);
            fillBangKhae(form);
            form.result("องค์ประกอบที่ 1", 0, "ระดับ 5");
            form.saveEvaluated(filled);
        }
        Path out = bounded.resolve("out");
        Cli.run("consolidate", filled.getParent().toString(), "--out", out.toString(), "--roster", ROSTER.toString(),
                "--agreements", agreements.toString());

        assertThat(rows(out.resolve("discrepancies.csv"))).filteredOn(r -> r.get("file").equals(BANG_KHAE))
                .extracting(r -> r.get("severity")).doesNotContain("ERROR", "WARNING");
        assertThat(rows(out.resolve("summary.csv"))).filteredOn(r -> r.get("file").equals(BANG_KHAE))
                .extracting(r -> r.get("stated_total"), r -> r.get("total")).containsExactly(tuple("94.3", "94.3"));
    }

    /**
     * 15 + 12 (70 reaches level 3 of 20..100) + 10 + 9.4 (77 on 60..80 interpolates to 94) + 10 + 10
     * + 9.5 (95 on 60..100) + 8.4 (92 on group A's 80..100) + 10 = 94.3.
     */
    private static void fillBangKhae(FormFiller form) {
        form.result("องค์ประกอบที่ 1", 0, 100).result("องค์ประกอบที่ 1", 1, 70).result("องค์ประกอบที่ 1", 2, 100)
                .result("องค์ประกอบที่ 2", 0, 77).result("องค์ประกอบที่ 2", 1, 100)
                .result("องค์ประกอบที่ 3", 0, 100)
                .result("องค์ประกอบที่ 4", 0, 95).result("ตัวชี้วัด 5.1", 0, 92).result("ตัวชี้วัด 5.2", 0, 100)
                .explanation("องค์ประกอบที่ 1", 1, "ชุมชนบางแห่งอยู่ระหว่างการเวนคืนที่ดิน")
                .explanation("องค์ประกอบที่ 2", 0, "ผู้ค้าบางส่วนย้ายออกนอกพื้นที่ระหว่างปี");
    }

    /**
     * What a unit reaching level 5 everywhere types, read off the agreements (not off the form): by
     * sheet, in number order, the level-5 threshold of its own row (its group's row of a group rubric),
     * or the level itself for a milestone rubric.
     */
    private static Map<String, List<Object>> levelFive(RosterUnit unit, Agreements agreements) {
        Map<String, List<Object>> results = new LinkedHashMap<>();
        List<AgreedIndicator> agreed = new ArrayList<>(
                agreements.forUnit(Optional.of(unit.id()), unit.group()).indicators());
        agreed.sort(Comparator.comparing(a -> new BigDecimal(a.key().indicator())));
        for (AgreedIndicator a : agreed) {
            int c = a.key().component();
            String number = a.key().indicator();
            String sheet = c <= 3 || number.equals(Integer.toString(c)) ? "องค์ประกอบที่ " + c : "ตัวชี้วัด " + number;
            Threshold top = a.thresholds().get(4);
            results.computeIfAbsent(sheet, s -> new ArrayList<>()).add(top.isMilestone() ? "ระดับ 5" : top.value());
        }
        return results;
    }

    /** The unit's form, found by the id its name starts with. */
    private static Path formOf(RosterUnit unit) throws IOException {
        try (Stream<Path> files = Files.list(forms)) {
            return files.filter(f -> f.getFileName().toString().startsWith(unit.id() + "-")).findFirst().orElseThrow();
        }
    }

    private static Object locked(XSSFSheet sheet, int row, int column) {
        Cell c = cell(sheet, row, column);
        assertThat(c.getCellStyle().getLocked()).as(sheet.getSheetName() + " row " + (row + 1) + " column "
                + (column + 1) + " is locked").isTrue();
        return switch (c.getCellType()) {
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
            case STRING -> c.getStringCellValue();
            default -> c.getCellType().name();
        };
    }

    private static List<Object> lockedRow(XSSFSheet sheet, int row, int from, int to) {
        List<Object> values = new ArrayList<>();
        for (int c = from; c <= to; c++) {
            values.add(locked(sheet, row, c));
        }
        return values;
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                texts.add(c.getStringCellValue());
            }
        }));
        return texts;
    }

    private static BigDecimal n(int value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }

    static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.skip(1); // the byte-order mark
            CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            return new ArrayList<>(p.getRecords());
        }
    }
}
