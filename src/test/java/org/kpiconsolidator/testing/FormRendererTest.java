package org.kpiconsolidator.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormRendererTest {

    private static final String WEIGHT_HEADER = FormLabels.RESULTS_HEADER_SINGLE.get(0);

    @TempDir
    Path dir;

    private static FormSpec singleBlockForm(ResultsSpec results) {
        return new FormSpec("สำนักงานเขตบางแค", 2564, "B", List.of(
                BlockSpec.builder(4, ComponentTitles.INNOVATION_BASE, ComponentTitles.INNOVATION_BASE_INDICATOR)
                        .groupLine(true)
                        .contact("นายสมชาย ทดสอบ", "นักวิเคราะห์นโยบายและแผน", "0 2000 0001")
                        .rubric(RubricSpec.byIndicator(true, List.of(
                                RubricSpec.row(ComponentTitles.INNOVATION_BASE_INDICATOR, "≤ 60", 70, 80, 90, 100))))
                        .results(results)
                        .narrative(FormLabels.OPERATION_DETAILS, "จัดทำนวัตกรรม")
                        .build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"formula.xlsx", "formula.xls"})
    void formulaCellsKeepTheFormulaAndStoreACachedValue(String fileName) throws IOException {
        FormSpec spec = singleBlockForm(ResultsSpec.single(10, "ระดับ 4", new Formula("60+30"),
                new Formula("10*90/100", 8)));
        Path file = dir.resolve(fileName);

        FormRenderer.render(spec, file, Layout.oneSheet("แบบรายงาน", spec));

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Cell header = SheetCells.find(workbook.getSheetAt(0), WEIGHT_HEADER).orElseThrow();
            Cell score = SheetCells.offset(header, 1, 2);
            Cell weighted = SheetCells.offset(header, 1, 3);
            assertThat(score.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(score.getCellFormula()).isEqualTo("60+30");
            assertThat(score.getNumericCellValue()).isEqualTo(90.0);
            assertThat(weighted.getCellFormula()).isEqualTo("10*90/100");
            assertThat(weighted.getNumericCellValue()).as("stale cached value").isEqualTo(8.0);
        }
    }

    @Test
    void columnOffsetAndAnInsertedNoteMoveTheTables() throws IOException {
        FormSpec spec = singleBlockForm(ResultsSpec.single(10, "ระดับ 5", 100, 10));
        String note = "หมายเหตุ : ข้อมูล ณ วันที่ 30 กันยายน 2564";
        Layout layout = Layout.oneSheet("แบบรายงาน", spec)
                .withColumnOffset(2)
                .withVariation(LayoutVariation.insertRowBefore(RowKind.RESULTS_HEADER, List.of(note)));
        Path file = dir.resolve("offset.xlsx");

        FormRenderer.render(spec, file, layout);

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell header = SheetCells.find(sheet, WEIGHT_HEADER).orElseThrow();
            assertThat(header.getAddress().getColumn()).isEqualTo(2);
            assertThat(SheetCells.offset(header, -1, 0).getStringCellValue()).isEqualTo(note);
            assertThat(SheetCells.offset(header, 1, 0).getNumericCellValue()).isEqualTo(10.0);
            assertThat(SheetCells.findStartingWith(sheet, "หน่วยงาน :").orElseThrow().getColumnIndex()).isEqualTo(2);
        }
    }

    @Test
    void droppingBlankRowsClosesTheGaps() throws IOException {
        FormSpec spec = singleBlockForm(ResultsSpec.single(10, "ระดับ 5", 100, 10));
        Path file = dir.resolve("compact.xlsx");

        FormRenderer.render(spec, file, Layout.oneSheet("แบบรายงาน", spec)
                .withVariation(LayoutVariation.dropRows(RowKind.BLANK)));

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(FormLabels.FORM_TITLE);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(FormLabels.yearLine(2564));
        }
    }

    @Test
    void groupLineTicksTheFormsGroupAndLabelCellsHoldTheirValue() throws IOException {
        FormSpec spec = singleBlockForm(ResultsSpec.single(10, "ระดับ 5", 100, 10));
        Path file = dir.resolve("group.xlsx");

        FormRenderer.render(spec, file, Layout.oneSheet("แบบรายงาน", spec));

        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(SheetCells.findStartingWith(sheet, "กลุ่มหน่วยงาน :").orElseThrow().getStringCellValue())
                    .isEqualTo("กลุ่มหน่วยงาน : ☐ กลุ่มหน่วยงาน A ☑ กลุ่มหน่วยงาน B ☐ กลุ่มหน่วยงาน C ☐ กลุ่มหน่วยงาน D");
            Cell position = SheetCells.findStartingWith(sheet, "ตำแหน่ง :").orElseThrow();
            assertThat(SheetCells.offset(position, 0, 3).getStringCellValue()).isEqualTo("หมายเลขโทรศัพท์ : 0 2000 0001");
            assertThat(SheetCells.find(sheet, FormLabels.ADJUSTMENT)).isPresent();
        }
    }

    @Test
    void rejectsALayoutThatPlacesABlockTwice() {
        FormSpec spec = singleBlockForm(ResultsSpec.single(10, "ระดับ 5", 100, 10));
        Layout twice = Layout.of(Layout.SheetPlan.of("หนึ่ง", 0), Layout.SheetPlan.of("สอง", 0));

        assertThatThrownBy(() -> FormRenderer.render(spec, dir.resolve("twice.xlsx"), twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block 0");
    }

    @Test
    void rejectsAValueThatIsNoCellValue() {
        FormSpec spec = singleBlockForm(ResultsSpec.single(10, LocalDate.of(2021, 9, 30), 100, 10));

        assertThatThrownBy(() -> FormRenderer.render(spec, dir.resolve("date.xlsx"),
                Layout.oneSheet("แบบรายงาน", spec)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalDate");
    }

    @Test
    void rejectsAnExtensionItCannotWrite() {
        FormSpec spec = singleBlockForm(ResultsSpec.single(10, "ระดับ 5", 100, 10));

        assertThatThrownBy(() -> FormRenderer.render(spec, dir.resolve("form.ods"),
                Layout.oneSheet("แบบรายงาน", spec)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("form.ods");
    }
}
