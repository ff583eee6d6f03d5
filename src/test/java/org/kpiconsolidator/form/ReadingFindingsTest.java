package org.kpiconsolidator.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.testing.Drifts;
import org.kpiconsolidator.testing.FormSpec;
import org.kpiconsolidator.testing.Formula;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.Percent;
import org.kpiconsolidator.testing.ResultsSpec;
import org.kpiconsolidator.testing.SampleForms;

/**
 * The findings the reader makes about how values were written: normalised values, stale and
 * overwritten formulas, hidden sheets, blocks naming another unit; and what it tells about the
 * template and layout drift. Bang Khae's component 1 results rows are 23-25 (B weight, D score,
 * E weighted) on sheet {@code องค์ประกอบที่ 1}.
 */
class ReadingFindingsTest {

    static final String C1 = "องค์ประกอบที่ 1";

    @TempDir
    Path dir;

    private int files;

    List<Finding> findings(UnaryOperator<FormSpec> change) {
        SampleForms.Sample clean = SampleForms.bangKhaeDistrict();
        return Forms.findings(change.apply(clean.form()), clean.layout(), dir, "form-" + (files++) + ".xlsx");
    }

    static UnaryOperator<FormSpec> row(int row, UnaryOperator<ResultsSpec.Row> change) {
        return form -> form.withBlock(0, b -> b.withResults(r -> r.withRow(row, change)));
    }

    static List<Finding> of(List<Finding> findings, Code code) {
        return Forms.ofCode(findings, code);
    }

    @Nested
    class ValueNormalized {
        @Test
        void positive_percentFormatAndTextNumbers() {
            List<Finding> f = findings(row(0, r -> r.withWeight(Percent.of(15))).andThen(row(1, r -> r.withWeight("๑๕")))
                    .andThen(row(2, r -> r.withScore("100")))::apply);
            assertThat(of(f, Code.VALUE_NORMALIZED)).extracting(Finding::a1, Finding::field, Finding::stated,
                    Finding::expected).containsExactlyInAnyOrder(tuple("B23", Field.WEIGHT, "15%", "15"),
                    tuple("B24", Field.WEIGHT, "๑๕", "15"), tuple("D25", Field.SCORE, "100", "100"));
            assertThat(of(f, Code.VALUE_NORMALIZED)).allMatch(x -> x.severity() == org.kpiconsolidator.finding.Severity.INFO);
            assertThat(of(f, Code.WEIGHT_SUM_MISMATCH)).isEmpty();
        }

        @Test
        void negative_numbersAndTheFormsOwnPercentWording() {
            List<Finding> f = findings(row(0, r -> r.withScore("ร้อยละ 100")).andThen(row(1, r -> r.withScore("90%")))::apply);
            assertThat(of(f, Code.VALUE_NORMALIZED)).isEmpty();
        }
    }

    @Nested
    class StaleFormula {
        @Test
        void positive_cachedValueNotWhatTheFormulaGives() {
            List<Finding> f = findings(row(0, r -> r.withWeighted(new Formula("B23*D23/100", 12))));
            assertThat(of(f, Code.STALE_FORMULA)).extracting(Finding::a1, Finding::field, Finding::stated,
                    Finding::expected).containsExactly(tuple("E23", Field.WEIGHTED, "12", "15"));
            // The cached value is what the unit saw and stated.
            assertThat(of(f, Code.WEIGHTED_MISMATCH)).extracting(Finding::a1, Finding::stated).containsExactly(tuple("E23", "12"));
        }

        @Test
        void negative_freshFormula() {
            List<Finding> f = findings(row(0, r -> r.withWeighted(new Formula("B23*D23/100"))));
            assertThat(of(f, Code.STALE_FORMULA)).isEmpty();
        }

        @Test
        void formulaWithoutCachedValueIsEvaluated() throws Exception {
            Path file = SampleForms.bangKhaeDistrict().render(dir);
            XSSFWorkbook wb;
            try (InputStream in = Files.newInputStream(file)) {
                wb = new XSSFWorkbook(in);
            }
            try (wb) {
                XSSFCell cell = wb.getSheet(C1).getRow(22).getCell(4);
                cell.setCellFormula("B23*D23/100");
                if (cell.getCTCell().isSetV()) {
                    cell.getCTCell().unsetV();
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            FormBlock c1 = Forms.read(file).blocks().get(0);
            assertThat(c1.indicators().get(0).results().weighted().value()).isEqualByComparingTo("15");
            assertThat(Forms.process(file).findings()).isEmpty();
        }
    }

    @Nested
    class FormulaOverwritten {
        @Test
        void positive_numberTypedAmongFormulas() {
            List<Finding> f = findings(row(0, r -> r.withWeighted(new Formula("B23*D23/100")))
                    .andThen(row(2, r -> r.withWeighted(new Formula("B25*D25/100"))))::apply);
            assertThat(of(f, Code.FORMULA_OVERWRITTEN)).extracting(Finding::a1, Finding::indicator, Finding::field)
                    .containsExactly(tuple("E24", "2", Field.WEIGHTED));
        }

        @Test
        void positive_formMadeFromTheTemplate() throws Exception {
            Path file = SampleForms.bangKhaeDistrict().render(dir);
            markAsTemplate(file);
            FileOutcome o = Forms.process(file);
            assertThat(o.facts().templateVersion()).isEqualTo("report-form-2564/1");
            assertThat(of(o.findings(), Code.FORMULA_OVERWRITTEN)).extracting(Finding::sheet, Finding::a1)
                    .contains(tuple(C1, "E23"), tuple(C1, "D23"), tuple(C1, "E26"), tuple(C1, "G38"), tuple(C1, "G41"));
        }

        @Test
        void negative_noFormulasAnywhere() {
            assertThat(of(findings(f -> f), Code.FORMULA_OVERWRITTEN)).isEmpty();
        }

        @Test
        void negative_allFormulas() {
            List<Finding> f = findings(row(0, r -> r.withWeighted(new Formula("B23*D23/100")))
                    .andThen(row(1, r -> r.withWeighted(new Formula("B24*D24/100"))))
                    .andThen(row(2, r -> r.withWeighted(new Formula("B25*D25/100"))))::apply);
            assertThat(of(f, Code.FORMULA_OVERWRITTEN)).isEmpty();
        }

        private void markAsTemplate(Path file) throws Exception {
            XSSFWorkbook wb;
            try (InputStream in = Files.newInputStream(file)) {
                wb = new XSSFWorkbook(in);
            }
            try (wb) {
                POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
                custom.addProperty(Templates.PROPERTY, "report-form-2564/1");
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
        }
    }

    @Nested
    class HiddenSheetSkipped {
        @Test
        void positive_hiddenDraftIsNotRead() throws Exception {
            Path file = Drifts.render(SampleForms.bangKhaeDistrict(), Drifts.hiddenDraftSheet(), dir, ".xlsx");
            List<Finding> f = Forms.process(file).findings();
            assertThat(f).extracting(Finding::code, Finding::sheet).containsExactly(
                    tuple(Code.HIDDEN_SHEET_SKIPPED, "ฉบับร่าง"));
        }

        @Test
        void negative_noHiddenSheet() {
            assertThat(of(findings(f -> f), Code.HIDDEN_SHEET_SKIPPED)).isEmpty();
        }
    }

    @Nested
    class UnitNameInconsistent {
        @Test
        void positive_blockNamesAnotherUnit() {
            List<Finding> f = findings(form -> form.withBlock(2, b -> b.toBuilder().unitName("สำนักงานเขตภาษีเจริญ").build()));
            assertThat(of(f, Code.UNIT_NAME_INCONSISTENT)).extracting(Finding::sheet, Finding::component,
                    Finding::stated, Finding::expected).containsExactly(
                    tuple("องค์ประกอบที่ 3", "3", "สำนักงานเขตภาษีเจริญ", "สำนักงานเขตบางแค"));
        }

        @Test
        void negative_spellingsOfOneUnit() {
            List<Finding> f = findings(form -> form.withBlock(2, b -> b.toBuilder().unitName("เขตบางแค").build())
                    .withBlock(3, b -> b.toBuilder().unitName("สำนักงานเขต  บางแค").build()));
            assertThat(of(f, Code.UNIT_NAME_INCONSISTENT)).isEmpty();
        }

        @Test
        void seedNamesADivisionInItsFirstBlock() throws Exception {
            List<Finding> f = Forms.process(SampleForms.internationalAffairsOffice().render(dir)).findings();
            assertThat(of(f, Code.UNIT_NAME_INCONSISTENT)).extracting(Finding::sheet, Finding::a1, Finding::expected)
                    .containsExactly(tuple("องค์ประกอบที่ 1", "A9", "สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร"));
        }
    }

    @Nested
    class TemplateAndDrift {
        @Test
        void handMadeFormInTheSeedLayoutHasNoDrift() throws Exception {
            FileOutcome o = Forms.process(SampleForms.bangKhaeDistrict().render(dir));
            assertThat(o.facts().templateVersion()).isEmpty();
            assertThat(o.facts().drift()).isEmpty();
        }

        @Test
        void driftIsDescribedBlockByBlock() throws Exception {
            Drifts.Drift drift = Drifts.Drift.combined("drift", List.of(Drifts.insertedRows(), Drifts.tablesInColumnC(),
                    Drifts.twoRowHeaders(), Drifts.spacerColumns()));
            FileOutcome o = Forms.process(Drifts.render(SampleForms.bangKhaeDistrict(), drift, dir, ".xlsx"));
            assertThat(o.facts().drift()).contains(
                    "block at องค์ประกอบที่ 1!C10: the results table starts in column C instead of A",
                    "block at องค์ประกอบที่ 1!C10: the results table's header spans two rows",
                    "block at องค์ประกอบที่ 1!C10: 1 blank column inside the results table",
                    "block at องค์ประกอบที่ 1!C10: 2 rows inserted above the detail table");
            assertThat(o.facts().drift()).noneMatch(n -> n.contains("removed"));
        }
    }

}
