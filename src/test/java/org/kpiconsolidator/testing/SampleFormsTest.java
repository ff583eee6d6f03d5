package org.kpiconsolidator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleFormsTest {

    /** The committed samples; failsafe passes the folder, surefire runs from the project root. */
    private static final Path COMMITTED = Path.of(System.getProperty("kpi.samples", "samples"));
    private static final String REGENERATE = "regenerate the samples as samples/README.md says";

    @TempDir
    static Path fresh;

    @BeforeAll
    static void renderEverySample() throws IOException {
        for (SampleForms.Sample sample : SampleForms.all()) {
            sample.render(fresh);
        }
        SampleReference.writeRoster(fresh.resolve("roster.csv"));
        SampleReference.writeAgreements(fresh.resolve("agreements.csv"));
    }

    static Stream<String> sampleFiles() {
        return SampleForms.all().stream().map(SampleForms.Sample::fileName);
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void committedSampleHasTheCellsOfAFreshRendering(String fileName) throws IOException {
        Map<String, Map<String, Object>> committed = WorkbookContents.read(COMMITTED.resolve(fileName));
        Map<String, Map<String, Object>> rendered = WorkbookContents.read(fresh.resolve(fileName));

        assertThat(committed.keySet()).as("sheets of %s; %s", fileName, REGENERATE)
                .containsExactlyElementsOf(rendered.keySet());
        for (String sheet : rendered.keySet()) {
            assertThat(committed.get(sheet)).as("sheet %s of %s; %s", sheet, fileName, REGENERATE)
                    .containsExactlyEntriesOf(rendered.get(sheet));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster.csv", "agreements.csv"})
    void committedReferenceFileMatchesAFreshOne(String name) throws IOException {
        assertThat(Files.readString(COMMITTED.resolve(name), StandardCharsets.UTF_8)).as(REGENERATE)
                .isEqualTo(Files.readString(fresh.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void rosterListsTheSampleUnitsButBangBonAndAUnitThatSentNothing() throws IOException {
        List<String> lines = Files.readAllLines(fresh.resolve("roster.csv"), StandardCharsets.UTF_8);

        assertThat(lines.get(0)).isEqualTo("unit_id,unit_name,aliases,group");
        assertThat(lines).hasSize(1 + 7);
        assertThat(lines).contains("04010000,สำนักงานการต่างประเทศ,สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร"
                + "|สำนักงานการต่างประเทศ สำนักงานปลัดกรุงเทพมหานคร,A", "24000000,สำนักพัฒนาสังคม,,B",
                "50010000,สำนักงานเขตพระนคร,เขตพระนคร|สำนักงานพระนคร,C");
        assertThat(lines).noneMatch(line -> line.contains("บางบอน"));
    }

    @Test
    void agreementsHoldTheCommonIndicatorsAndEachRosterUnitsOwn() throws IOException {
        List<String> lines = Files.readAllLines(fresh.resolve("agreements.csv"), StandardCharsets.UTF_8);

        assertThat(lines.get(0))
                .isEqualTo("unit_id,component,indicator,name,weight,target_level,t1,t2,t3,t4,t5,interpolate,group");
        assertThat(lines).filteredOn(line -> line.startsWith("*,5,5.1,")).hasSize(4);
        assertThat(lines).anyMatch(line -> line.startsWith("07000000,1,1,") && line.contains(",20,5,60,65,70,75,80,true,"));
        assertThat(lines).anyMatch(line -> line.startsWith("07000000,1,3,") && line.contains(",80,84,88,92,100,"));
        assertThat(lines).anyMatch(line -> line.startsWith("24000000,1,3,") && line.contains(",15,5,"));
        assertThat(lines).anyMatch(line -> line.startsWith("50260000,3,7,"))
                .noneMatch(line -> line.startsWith("50260000,3,6,"));
    }

    @Test
    void seedSampleKeepsItsSheetsAndItsThreeUnitSpellings() throws IOException {
        try (Workbook workbook = open("international-affairs-office.xlsx")) {
            assertThat(workbook).isInstanceOf(XSSFWorkbook.class);
            assertThat(sheetNames(workbook))
                    .containsExactly("องค์ประกอบที่ 1", "องค์ประกอบที่ 2", "องค์ประกอบที่ 4 และ 5");
            Set<String> unitLines = new HashSet<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    Cell first = row.getCell(0);
                    if (first != null && first.getCellType() == CellType.STRING
                            && first.getStringCellValue().startsWith("หน่วยงาน :")) {
                        unitLines.add(first.getStringCellValue());
                    }
                }
            }
            assertThat(unitLines).containsExactlyInAnyOrder(
                    "หน่วยงาน : ส่วนส่งเสริมความสัมพันธ์ระหว่างเมือง สำนักงานการต่างประเทศ",
                    "หน่วยงาน : สำนักงานการต่างประเทศ สำนักงานปลัดกรุงเทพมหานคร",
                    "หน่วยงาน : สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร");
        }
    }

    @Test
    void seedComponentOneResultsRowOneKeepsTheUnitsTextScoreAndWeightedTwelve() throws IOException {
        try (Workbook workbook = open("international-affairs-office.xlsx")) {
            Sheet sheet = workbook.getSheet("องค์ประกอบที่ 1");
            Cell header = SheetCells.find(sheet, "ค่าคะแนนถ่วงน้ำหนัก").orElseThrow();
            Row first = sheet.getRow(header.getRowIndex() + 1);

            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1.");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(15.0);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("ระดับ 4");
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("ร้อยละ 80");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(12.0);
            assertThat(first.getCell(4).getAddress().formatAsString()).isEqualTo("E23");
        }
    }

    @Test
    void seedComponentTwoRubricPrintsEightyPointsForLevelFour() throws IOException {
        try (Workbook workbook = open("international-affairs-office.xlsx")) {
            assertThat(SheetCells.find(workbook.getSheet("องค์ประกอบที่ 2"), "ระดับ 4 (80 คะแนน)")).isPresent();
        }
    }

    @Test
    void chatuchakIsALegacyXlsWorkbook() throws IOException {
        try (Workbook workbook = open("chatuchak-district.xls")) {
            assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
            assertThat(sheetNames(workbook)).startsWith("องค์ประกอบที่ 1");
        }
    }

    @Test
    void environmentWeightInThaiDigitsStaysText() throws IOException {
        try (Workbook workbook = open("environment-department.xlsx")) {
            Cell weight = SheetCells.find(workbook.getSheet("องค์ประกอบที่ 1-2"), "๑๐").orElseThrow();
            assertThat(weight.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    static Stream<Arguments> expectedDiscrepancies() {
        return Stream.of(
                Arguments.of("international-affairs-office.xlsx", List.of(
                        "1/1 score: stated 80, expected 90",
                        "1/1 weighted: stated 12, expected 13.5",
                        "1 subtotal: stated 47, expected 48.5",
                        "1/1 summary weighted: stated 12, expected 13.5",
                        "1/2 summary weight: stated 100, expected 15",
                        "1 summary total: stated 47, expected 48.5",
                        "2 rubric points [60, 70, 80, 80, 100]",
                        "2/4 score: stated 80, expected 90",
                        "2/4 weighted: stated 8, expected 9",
                        "2 subtotal: stated 18, expected 19",
                        "2/4 summary weighted: stated 8, expected 9",
                        "2 summary total: stated 18, expected 19",
                        "4/4 weighted: blank")),
                Arguments.of("bang-khae-district.xlsx", List.of()),
                Arguments.of("medical-department.xlsx", List.of(
                        "1/1 score: stated 90, expected 96",
                        "1/1 weighted: stated 13.5, expected 14.4",
                        "1 subtotal weight: stated 50, expected 45",
                        "1 subtotal: stated 42, expected 42.9",
                        "1 heading weight: stated 50, expected 45",
                        "1/1 summary weighted: stated 13.5, expected 14.4",
                        "1 summary total: stated 42, expected 42.9",
                        "unit weights sum to 95")),
                Arguments.of("chatuchak-district.xls", List.of(
                        "1/2 summary level: stated 4, expected 3",
                        "2/5 score: blank",
                        "2/4 detail level: stated 5, expected 4")),
                Arguments.of("environment-department.xlsx", List.of(
                        "1/1 score: stated 90, expected 80",
                        "1/1 weighted: stated 13.5, expected 12",
                        "1 subtotal: stated 48.5, expected 47",
                        "1/1 summary level: stated 4, expected 3",
                        "1/1 summary weighted: stated 13.5, expected 12",
                        "1 summary total: stated 48.5, expected 47",
                        "1/1 detail level: stated 4, expected 3",
                        "2/4 weight: Thai digits ๑๐")),
                Arguments.of("social-development-department.xlsx", List.of(
                        "1/2 result: blank",
                        "1/3 weight: 150 is out of range",
                        "1 subtotal weight: stated 50, expected 185",
                        "1 heading weight: stated 50, expected 185",
                        "1/3 summary weight: stated 15, expected 150",
                        "5.1/5.1 score: stated 80, expected 86",
                        "5.1/5.1 weighted: stated 8, expected 8.6",
                        "unit weights sum to 235")),
                Arguments.of("social-development-department-resubmitted.xlsx", List.of(
                        "5.1/5.1 score: stated 80, expected 86",
                        "5.1/5.1 weighted: stated 8, expected 8.6")),
                Arguments.of("bang-bon-district.xlsx", List.of(
                        "1/2 explanation missing")));
    }

    /** The samples hold exactly the mistakes samples/README.md names (plus their direct echoes). */
    @ParameterizedTest
    @MethodSource("expectedDiscrepancies")
    void sampleHoldsExactlyItsDocumentedMistakes(String fileName, List<String> expected) {
        assertThat(SpecArithmetic.discrepancies(SampleForms.byFileName(fileName).form()))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Workbook open(String fileName) throws IOException {
        return WorkbookFactory.create(COMMITTED.resolve(fileName).toFile(), null, true);
    }

    private static List<String> sheetNames(Workbook workbook) {
        return Stream.iterate(0, i -> i < workbook.getNumberOfSheets(), i -> i + 1)
                .map(workbook::getSheetName).toList();
    }
}
