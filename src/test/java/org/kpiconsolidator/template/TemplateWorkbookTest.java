package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpiconsolidator.template.TemplateSheets.cell;
import static org.kpiconsolidator.template.TemplateSheets.find;
import static org.kpiconsolidator.template.TemplateSheets.rowOf;
import static org.kpiconsolidator.template.TemplateSheets.validationAt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.workbook.PoiWorkbookReader;
import org.kpiconsolidator.workbook.UnreadableWorkbookException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;

/**
 * The committed blank template opened with POI: its version marker, sheet protection, locks and
 * colours, data validations and formulas, and that the consolidator's reader reads it as a form.
 */
class TemplateWorkbookTest {

    private static final String C1 = "องค์ประกอบที่ 1";
    private static final List<String> LEVELS =
            List.of("ระดับ 1", "ระดับ 2", "ระดับ 3", "ระดับ 4", "ระดับ 5", "ต่ำกว่าระดับ 1");

    static XSSFWorkbook template;

    @BeforeAll
    static void open() throws IOException {
        try (InputStream in = Files.newInputStream(CommittedTemplateTest.COMMITTED)) {
            template = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        template.close();
    }

    @Test
    void carriesTheVersionMarkerTheReaderReports() throws UnreadableWorkbookException {
        assertThat(template.getProperties().getCustomProperties().getProperty("kpi-consolidator.template").getLpwstr())
                .isEqualTo("report-form-2564/1");
        assertThat(new PoiWorkbookReader().read(CommittedTemplateTest.COMMITTED).properties())
                .containsEntry("custom.kpi-consolidator.template", "report-form-2564/1");
    }

    @Test
    void instructionsComeFirstThenTotalsThenOneSheetPerBlock() {
        List<String> names = new ArrayList<>();
        template.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("คำแนะนำ", "สรุปคะแนน", C1, "องค์ประกอบที่ 2", "องค์ประกอบที่ 3",
                "องค์ประกอบที่ 4", "ตัวชี้วัด 5.1", "ตัวชี้วัด 5.2");
        assertThat(cell(template.getSheetAt(0), 0, 0).getStringCellValue()).startsWith("คำแนะนำการกรอกแบบฟอร์ม");
        assertThat(text(template.getSheetAt(0))).contains("ช่องสีเหลือง", "report-form-2564/1", "check");
    }

    @Test
    void everySheetIsProtectedWithoutAPassword() {
        for (int i = 0; i < template.getNumberOfSheets(); i++) {
            XSSFSheet sheet = template.getSheetAt(i);
            CTSheetProtection p = sheet.getCTWorksheet().getSheetProtection();
            assertThat(sheet.isSheetLocked()).as(sheet.getSheetName()).isTrue();
            assertThat(p.isSetPassword() || p.isSetHashValue() || p.isSetAlgorithmName()).as(sheet.getSheetName())
                    .isFalse();
            assertThat(sheet.isFormatRowsLocked()).as("rows can be resized for long narratives").isFalse();
        }
    }

    @Test
    void formulasAndLabelsAreLockedAndInputsAreYellowAndUnlocked() {
        int inputs = 0;
        int formulas = 0;
        for (XSSFSheet sheet : sheets()) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    XSSFCellStyle style = (XSSFCellStyle) c.getCellStyle();
                    String where = sheet.getSheetName() + "!" + c.getAddress();
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas++;
                        assertThat(style.getLocked()).as(where).isTrue();
                        if (style.getBorderTop() != BorderStyle.NONE) {
                            // Computed table cells are green; the heading that states a weight is a heading.
                            assertThat(fill(style)).as(where).isEqualTo("FFE2EFDA");
                        }
                    } else if (!style.getLocked()) {
                        inputs++;
                        assertThat(fill(style)).as(where).isEqualTo("FFFFF2CC");
                    } else if (c.getCellType() == CellType.STRING) {
                        assertThat(fill(style)).as(where).isNotEqualTo("FFFFF2CC");
                    }
                }
            }
        }
        assertThat(formulas).isGreaterThan(100);
        assertThat(inputs).isGreaterThan(100);
    }

    @Test
    void levelResultsAreADropdownOfTheSixLevelsAndWeightsAreDecimalsZeroToHundred() {
        XSSFSheet sheet = template.getSheet(C1);
        int[] header = find(sheet, "ผลการดำเนินการ");
        for (int r = header[0] + 1; r <= header[0] + StandardForm.BLANK_SLOTS[0]; r++) {
            DataValidation result = validationAt(sheet, r, header[1]);
            assertThat(result.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(result.getValidationConstraint().getExplicitListValues()).containsExactlyElementsOf(LEVELS);
            assertThat(result.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(arrowHidden(sheet, r, header[1])).as("the dropdown arrow shows").isFalse();

            DataValidationConstraint weight = validationAt(sheet, r, header[1] - 1).getValidationConstraint();
            assertThat(weight.getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(weight.getOperator()).isEqualTo(OperatorType.BETWEEN);
            assertThat(List.of(weight.getFormula1(), weight.getFormula2())).containsExactly("0", "100");
        }
        int summary = rowOf(sheet, 0, "ลำดับที่");
        assertThat(validationAt(sheet, summary + 1, 2).getValidationConstraint().getExplicitListValues())
                .containsExactlyElementsOf(LEVELS.subList(0, 5));
    }

    @Test
    void measuredResultsAndThresholdsMustBeNumbersAndTheGroupIsPickedFromFour() {
        XSSFSheet innovation = template.getSheet("องค์ประกอบที่ 4");
        int[] result = find(innovation, "ผลการดำเนินงาน");
        assertThat(validationAt(innovation, result[0] + 1, result[1]).getValidationConstraint().getValidationType())
                .isEqualTo(ValidationType.DECIMAL);
        int rubric = rowOf(innovation, 0, "ตัวชี้วัด") + 1;
        for (int level = 1; level <= 5; level++) {
            assertThat(validationAt(innovation, rubric, level).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DECIMAL);
            assertThat(cell(innovation, rubric, level).getNumericCellValue()).isEqualTo(50 + 10 * level);
        }
        XSSFSheet disbursement = template.getSheet("ตัวชี้วัด 5.1");
        int group = rowOf(disbursement, 0, "กลุ่มหน่วยงาน :");
        assertThat(validationAt(disbursement, group, 1).getValidationConstraint().getExplicitListValues())
                .containsExactly("กลุ่มหน่วยงาน A", "กลุ่มหน่วยงาน B", "กลุ่มหน่วยงาน C", "กลุ่มหน่วยงาน D");
    }

    @Test
    void scoresWeightedScoresSubtotalsAndTotalsAreFormulas() {
        XSSFSheet sheet = template.getSheet(C1);
        int first = find(sheet, "ผลการดำเนินการ")[0] + 1;
        String row = Integer.toString(first + 1);
        assertThat(cell(sheet, first, 3).getCellFormula()).contains("C" + row + "=\"ระดับ 4\",90",
                "C" + row + "=\"ต่ำกว่าระดับ 1\",60");
        assertThat(cell(sheet, first, 4).getCellFormula()).contains("B" + row + "*D" + row + "/100");
        int subtotal = rowOf(sheet, 3, "คะแนนที่ได้");
        String last = Integer.toString(subtotal);
        assertThat(cell(sheet, subtotal, 1).getCellFormula()).contains("SUM(B" + row + ":B" + last + ")");
        assertThat(cell(sheet, subtotal, 4).getCellFormula()).contains("SUM(E" + row + ":E" + last + ")");
        int summaryTotal = rowOf(sheet, 0, "รวมคะแนน");
        assertThat(cell(sheet, summaryTotal, 6).getCellFormula()).startsWith("IF(COUNT(G");

        XSSFSheet innovation = template.getSheet("องค์ประกอบที่ 4");
        int[] result = find(innovation, "ผลการดำเนินงาน");
        assertThat(cell(innovation, result[0] + 1, 2).getCellFormula())
                .as("interpolated between levels, floor and cap").contains("MIN(1,MAX(0,");

        XSSFSheet totals = template.getSheet("สรุปคะแนน");
        int total = rowOf(totals, 0, "คะแนนรวมของหน่วยงาน");
        assertThat(cell(totals, total, 2).getCellFormula()).contains("SUM(C");
        assertThat(total - rowOf(totals, 0, "ส่วนของแบบฟอร์ม") - 1).as("one row per block").isEqualTo(6);
    }

    @Test
    void theReaderReadsTheTemplateAsAFormOfSixBlocks() {
        Submission form = Forms.read(CommittedTemplateTest.COMMITTED);
        assertThat(form.blocks()).extracting(FormBlock::component).containsExactly(1, 2, 3, 4, 5, 5);
        assertThat(form.blocks()).extracting(b -> b.header().subIndicator()).containsExactly("", "", "", "", "5.1",
                "5.2");
        assertThat(form.blocks()).extracting(b -> b.header().fiscalYear().value()).containsOnly(2564);
        assertThat(form.blocks().get(4).rubric().orElseThrow().groupSpecific()).isTrue();
        assertThat(form.blocks().get(3).rubric().orElseThrow().interpolate()).isTrue();
    }

    private static List<XSSFSheet> sheets() {
        List<XSSFSheet> all = new ArrayList<>();
        template.forEach(s -> all.add((XSSFSheet) s));
        return all;
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                b.append(c.getStringCellValue()).append('\n');
            }
        }));
        return b.toString();
    }

    private static String fill(XSSFCellStyle style) {
        return style.getFillForegroundColorColor() == null ? "none" : style.getFillForegroundColorColor().getARGBHex();
    }

    /** OOXML's {@code showDropDown="1"} hides the in-cell arrow (the attribute's name says the opposite). */
    private static boolean arrowHidden(XSSFSheet sheet, int row, int column) {
        String ref = new org.apache.poi.ss.util.CellReference(row, column).formatAsString();
        for (CTDataValidation v : sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
            if (v.getSqref().toString().equals("[" + ref + "]") || v.getSqref().contains(ref)) {
                return v.getShowDropDown();
            }
        }
        throw new AssertionError("no validation at " + ref);
    }
}
