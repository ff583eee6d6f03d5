package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kpiconsolidator.template.TemplateSheets.cell;
import static org.kpiconsolidator.template.TemplateSheets.find;
import static org.kpiconsolidator.template.TemplateSheets.rowOf;
import static org.kpiconsolidator.template.TemplateSheets.validationAt;
import static org.kpiconsolidator.template.TemplateSheets.validationsAt;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.template.TemplateBlock.Shape;
import org.kpiconsolidator.template.TemplateIndicator.ResultKind;

/**
 * A unit's form pre-filled from its agreement: what was agreed is locked, only results, contacts and
 * narratives are inputs, and the file name says whose form it is.
 */
class PreFilledTemplateTest {

    @TempDir
    Path dir;

    @Test
    void fileNameSortsByUnitIdAndNamesTheUnitAndYear() throws IOException {
        Path file = new TemplateWriter(ScoringPolicy.FY2564).write(TemplateForms.bangKhae(), dir);

        assertThat(file.getFileName().toString()).isEqualTo("50400000-สำนักงานเขตบางแค-2564.xlsx");
        assertThat(new TemplateContent(2564, "", "สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร", null,
                StandardForm.blank(2564).blocks(), true).fileName())
                .isEqualTo("สำนักงานการต่างประเทศ-สำนักปลัดกรุงเทพมหานคร-2564.xlsx");
        assertThat(new TemplateContent(2564, "1/2", "a:b", null, StandardForm.blank(2564).blocks(), true).fileName())
                .isEqualTo("1-2-a-b-2564.xlsx");
        assertThat(StandardForm.blank(2564).fileName()).isEqualTo("report-form-2564.xlsx");
    }

    @Test
    void agreedWeightsThresholdsTargetsAndGroupAreLockedAndOnlyResultsAreInputs() throws IOException {
        Path file = new TemplateWriter(ScoringPolicy.FY2564).write(TemplateForms.bangKhae(), dir);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet c1 = wb.getSheet("องค์ประกอบที่ 1");
            assertThat(cell(c1, rowOf(c1, 0, "หน่วยงาน :"), 1).getStringCellValue()).isEqualTo("สำนักงานเขตบางแค");
            assertThat(cell(c1, rowOf(c1, 0, "หน่วยงาน :"), 1).getCellStyle().getLocked()).isTrue();
            int rubric = rowOf(c1, 0, "1. ระดับความสำเร็จของการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง");
            assertThat(cell(c1, rubric, 1).getNumericCellValue()).isEqualTo(20);
            assertThat(cell(c1, rubric, 1).getCellStyle().getLocked()).isTrue();
            assertThat(cell(c1, rubric + 1, 1).getStringCellValue()).isEqualTo("ดำเนินการขั้นตอนที่ 1");

            int[] result = find(c1, "ผลการดำเนินการ");
            int first = result[0] + 1;
            assertThat(cell(c1, first, 0).getStringCellValue()).isEqualTo("1.");
            assertThat(cell(c1, first, 1).getNumericCellValue()).isEqualTo(15);
            assertThat(cell(c1, first, 1).getCellStyle().getLocked()).as("agreed weight").isTrue();
            assertThat(validationsAt(c1, first, 1)).isEmpty();
            assertThat(cell(c1, first, result[1]).getCellStyle().getLocked()).as("result").isFalse();
            assertThat(validationAt(c1, first, result[1]).getValidationConstraint().getValidationType())
                    .as("a measured indicator takes a number").isEqualTo(ValidationType.DECIMAL);
            assertThat(validationAt(c1, first + 1, result[1]).getValidationConstraint().getValidationType())
                    .as("a milestone indicator takes a level").isEqualTo(ValidationType.LIST);
            int summary = rowOf(c1, 0, "ลำดับที่") + 1;
            assertThat(cell(c1, summary, 2).getStringCellValue()).isEqualTo("ระดับ 5");
            assertThat(cell(c1, summary + 2, 2).getStringCellValue()).isEqualTo("ระดับ 4");
            assertThat(cell(c1, summary, 2).getCellStyle().getLocked()).as("agreed target").isTrue();

            XSSFSheet disbursement = wb.getSheet("ตัวชี้วัด 5.1");
            int group = rowOf(disbursement, 0, "กลุ่มหน่วยงาน :");
            assertThat(cell(disbursement, group, 1).getStringCellValue()).isEqualTo("กลุ่มหน่วยงาน A");
            assertThat(cell(disbursement, group, 1).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void contentThatTheFormCannotExpressIsRefused() {
        TemplateIndicator one = TemplateIndicator.agreed("1", "a", BigDecimal.TEN, List.of("1", "2", "3", "4", "5"), 5);
        assertThat(one.kind()).isEqualTo(ResultKind.VALUE);
        assertThat(TemplateIndicator.agreed("1", "a", BigDecimal.TEN, List.of("ขั้น 1", "2", "3", "4", "5"), 5).kind())
                .isEqualTo(ResultKind.LEVEL);
        assertThat(TemplateIndicator.agreed("1", "a", BigDecimal.TEN, List.of("≤ 60", "70", "80", "90", "100"), 5)
                .kind()).as("a bound is no value a formula can compare with").isEqualTo(ResultKind.LEVEL);

        assertThatThrownBy(() -> new TemplateBlock(4, "t", "i", "", Shape.SINGLE, false, Map.of(), List.of(one, one)))
                .hasMessageContaining("one indicator");
        assertThatThrownBy(() -> new TemplateIndicator("1", "a", BigDecimal.TEN, List.of("x", "2", "3", "4", "5"), 5,
                ResultKind.VALUE)).hasMessageContaining("numeric thresholds");
        assertThatThrownBy(() -> new TemplateIndicator("1", "a", new BigDecimal("150"), List.of(), 5, ResultKind.LEVEL))
                .hasMessageContaining("0-100");
        TemplateBlock block = new TemplateBlock(1, "t", "i", "", Shape.MULTI, false, Map.of(), List.of(one));
        assertThatThrownBy(() -> new TemplateContent(2564, "", "", UnitGroup.A, List.of(block, block), true))
                .hasMessageContaining("two blocks");
        assertThatThrownBy(() -> new TemplateContent(2021, "", "", null, List.of(block), true))
                .hasMessageContaining("Buddhist Era");
    }
}
