package org.kpiconsolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.testing.FormSpec;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.testing.SampleReference;

/**
 * The batch rules on real batches: forms rendered into a folder and run as {@code consolidate} runs
 * them, with or without the sample roster. Assertions are (code, file, sheet, cell) and keys.
 */
class BatchRulesTest {

    @TempDir
    Path input;

    @TempDir
    Path refs;

    Consolidation run(Integer year, ReferenceData reference) throws Exception {
        RunSettings settings = new RunSettings(List.of(input), input.resolve("out"), year, 2, FailOn.ERROR,
                Language.TH, false, ScoringPolicy.FY2564, reference, RuleSelection.ALL);
        return new BatchRunner().run(settings, f -> { });
    }

    void render(SampleForms.Sample sample, String fileName, UnaryOperator<FormSpec> change) {
        Forms.render(change.apply(sample.form()), sample.layout(), input, fileName);
    }

    static List<Finding> of(Consolidation c, Code code) {
        return c.findings().stream().filter(f -> f.code() == code).toList();
    }

    /** The sample roster with only the given units (by id). */
    ReferenceData rosterOf(String... ids) {
        List<String> keep = List.of(ids);
        return SampleReference.load(refs, line -> keep.contains(line.substring(0, line.indexOf(','))) ? line : null,
                line -> line.startsWith("*") ? line : null);
    }

    @Test
    void positive_missingSubmissionOncePerRosterUnitWithoutAForm() throws Exception {
        render(SampleForms.bangKhaeDistrict(), "bang-khae.xlsx", f -> f);
        Consolidation c = run(null, rosterOf("50400000", "07000000", "50010000"));
        assertThat(of(c, Code.MISSING_SUBMISSION)).extracting(Finding::file, Finding::cell, Finding::unitKey,
                Finding::unit, Finding::expected).containsExactly(
                tuple("", null, "07000000", "สำนักการแพทย์", "2564"),
                tuple("", null, "50010000", "สำนักงานเขตพระนคร", "2564"));
        assertThat(c.batchFindings()).hasSize(2);
    }

    @Test
    void positive_aFormOfAnotherYearIsNoSubmission() throws Exception {
        render(SampleForms.bangKhaeDistrict(), "bang-khae-2563.xlsx", f -> f.withFiscalYearBE(2563));
        Consolidation c = run(2564, rosterOf("50400000"));
        assertThat(of(c, Code.MISSING_SUBMISSION)).extracting(Finding::unitKey).containsExactly("50400000");
        assertThat(of(c, Code.FISCAL_YEAR_MISMATCH)).extracting(Finding::file, Finding::stated, Finding::expected)
                .containsExactly(tuple("bang-khae-2563.xlsx", "2563", "2564"));
    }

    @Test
    void negative_everyRosterUnitSubmittedOrNoRoster() throws Exception {
        render(SampleForms.bangKhaeDistrict(), "bang-khae.xlsx", f -> f.withUnitName("เขตบางแค"));
        assertThat(of(run(null, rosterOf("50400000")), Code.MISSING_SUBMISSION)).isEmpty();
        assertThat(of(run(null, ReferenceData.NONE), Code.MISSING_SUBMISSION)).isEmpty();
    }

    @Test
    void positive_duplicateByRosterUnitThoughTheNamesDiffer() throws Exception {
        render(SampleForms.bangKhaeDistrict(), "bang-khae.xlsx", f -> f);
        render(SampleForms.bangKhaeDistrict(), "bang-khae-corrected.xlsx", f -> f.withUnitName("เขตบางแค"));
        Consolidation c = run(null, rosterOf("50400000"));
        assertThat(of(c, Code.DUPLICATE_SUBMISSION)).extracting(Finding::file, Finding::unitKey, Finding::detail)
                .containsExactly(tuple("bang-khae-corrected.xlsx", "50400000", "bang-khae.xlsx"),
                        tuple("bang-khae.xlsx", "50400000", "bang-khae-corrected.xlsx"));
        // Both stay in the consolidation, each with its own totals.
        assertThat(Reports.summaryLines(c)).extracting(SummaryLine::file, SummaryLine::unit, SummaryLine::status)
                .containsExactly(tuple("bang-khae-corrected.xlsx", "สำนักงานเขตบางแค", "DUPLICATE"),
                        tuple("bang-khae.xlsx", "สำนักงานเขตบางแค", "DUPLICATE"));
    }

    @Test
    void negative_differentNamesWithoutARosterOrDifferentYears() throws Exception {
        render(SampleForms.bangKhaeDistrict(), "bang-khae.xlsx", f -> f);
        render(SampleForms.bangKhaeDistrict(), "bang-khae-division.xlsx", f -> f.withUnitName("ฝ่ายปกครอง สำนักงานเขตบางแค"));
        render(SampleForms.bangKhaeDistrict(), "bang-khae-2563.xlsx", f -> f.withFiscalYearBE(2563));
        assertThat(of(run(null, ReferenceData.NONE), Code.DUPLICATE_SUBMISSION)).isEmpty();
    }

    @Test
    void positive_fiscalYearMismatchAtTheYearCell() throws Exception {
        render(SampleForms.bangKhaeDistrict(), "bang-khae.xlsx", f -> f.withFiscalYearBE(2563));
        render(SampleForms.medicalDepartment(), "medical.xlsx", f -> f);
        Consolidation c = run(2564, ReferenceData.NONE);
        assertThat(of(c, Code.FISCAL_YEAR_MISMATCH)).extracting(Finding::file, Finding::sheet, Finding::a1,
                Finding::stated, Finding::expected).containsExactly(
                tuple("bang-khae.xlsx", "องค์ประกอบที่ 1", "A7", "2563", "2564"));
    }

    @Test
    void negative_allFormsOfTheYear() throws Exception {
        render(SampleForms.bangKhaeDistrict(), "bang-khae.xlsx", f -> f);
        render(SampleForms.medicalDepartment(), "medical.xlsx", f -> f);
        assertThat(of(run(null, ReferenceData.NONE), Code.FISCAL_YEAR_MISMATCH)).isEmpty();
    }

    @Test
    void selectionSkipsCodesAndChangesSeveritiesEverywhere() throws Exception {
        render(SampleForms.internationalAffairsOffice(), "seed.xlsx", f -> f);
        render(SampleForms.bangKhaeDistrict(), "bang-khae.xlsx", f -> f);
        render(SampleForms.bangKhaeDistrict(), "bang-khae-again.xlsx", f -> f);
        RunSettings settings = new RunSettings(List.of(input), input.resolve("out"), null, 1, FailOn.ERROR, Language.TH,
                false, ScoringPolicy.FY2564, ReferenceData.NONE,
                RuleSelection.parse(List.of("missing_value,WEIGHT_INCONSISTENT"), List.of("SCORE_MISMATCH=warning",
                        "DUPLICATE_SUBMISSION=info")));
        Consolidation c = new BatchRunner().run(settings, f -> { });
        assertThat(c.findings()).extracting(Finding::code).doesNotContain(Code.MISSING_VALUE, Code.WEIGHT_INCONSISTENT)
                .contains(Code.SCORE_MISMATCH, Code.DUPLICATE_SUBMISSION);
        assertThat(of(c, Code.SCORE_MISMATCH)).allMatch(f -> f.severity() == org.kpiconsolidator.finding.Severity.WARNING);
        assertThat(of(c, Code.DUPLICATE_SUBMISSION)).allMatch(f -> f.severity() == org.kpiconsolidator.finding.Severity.INFO);
        SummaryLine seed = Reports.summaryLines(c).stream().filter(l -> l.file().equals("seed.xlsx")).findFirst()
                .orElseThrow();
        // Two scores, the rubric header and the division named in the first block; the blank weighted is skipped.
        assertThat(seed.warnings()).isEqualTo(4);
    }
}
