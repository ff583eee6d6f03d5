package org.kpiconsolidator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.testing.FormSpec;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.testing.SampleReference;

/**
 * The rules that check a form against the reference data (roster and agreements of record), and the
 * agreements as the rubric of record in scoring: the clean Bang Khae form (roster id 50400000, group
 * A) with the sample roster and agreements, one of them changed (positive) or as they are (negative).
 * Assertions are (code, sheet, cell) and stated and expected values, never message prose. Cells are
 * those of {@link FormRulesTest}; component 2's rubric header is A12 (thresholds B13:F14), component
 * 3's results table starts at A16 (indicator 6 on row 17), 5.1's group line is A6.
 */
class ReferenceRulesTest {

    static final String C1 = "องค์ประกอบที่ 1";
    static final String C2 = "องค์ประกอบที่ 2";
    static final String C3 = "องค์ประกอบที่ 3";
    static final String BUDGET = "ตัวชี้วัด 5.1";
    static final String BANG_KHAE = "50400000";

    @TempDir
    static Path dir;

    static SampleForms.Sample clean;
    static ReferenceData sampleReference;

    private static int files;

    @BeforeAll
    static void load() {
        clean = SampleForms.bangKhaeDistrict();
        sampleReference = SampleReference.load(dir);
    }

    static FileOutcome run(UnaryOperator<FormSpec> change, ReferenceData reference) {
        Path file = Forms.render(change.apply(clean.form()), clean.layout(), dir, "form-" + (files++) + ".xlsx");
        return Forms.process(file, reference);
    }

    static List<Finding> findings(UnaryOperator<FormSpec> change, ReferenceData reference) {
        return run(change, reference).findings();
    }

    /** The sample reference data with Bang Khae's agreement lines changed. */
    static ReferenceData agreed(UnaryOperator<String> line) {
        return SampleReference.load(dir, UnaryOperator.identity(), line);
    }

    /** One of Bang Khae's agreement lines, as {@code component,indicator}, rewritten. */
    static ReferenceData agreed(String componentAndIndicator, UnaryOperator<String> change) {
        return agreed(line -> line.startsWith(BANG_KHAE + "," + componentAndIndicator + ",") ? change.apply(line) : line);
    }

    static List<Finding> of(List<Finding> findings, Code code) {
        return Forms.ofCode(findings, code);
    }

    @Test
    void cleanFormAsAgreedHasNoFindingWithTheReferenceData() {
        FileOutcome o = run(form -> form, sampleReference);
        assertThat(o.findings()).isEmpty();
        assertThat(o.unit()).isEqualTo("สำนักงานเขตบางแค");
        assertThat(o.unitKey()).isEqualTo(BANG_KHAE);
        assertThat(o.score().orElseThrow().total()).isEqualByComparingTo("96.3");
    }

    @Nested
    class UnknownUnit {
        /** The sample roster and agreements without Bang Khae. */
        final ReferenceData withoutBangKhae = SampleReference.load(dir,
                line -> line.startsWith(BANG_KHAE) ? null : line, line -> line.startsWith(BANG_KHAE) ? null : line);

        @Test
        void positive_unitNotOnTheRoster() {
            List<Finding> f = findings(form -> form, withoutBangKhae);
            assertThat(of(f, Code.UNKNOWN_UNIT)).extracting(Finding::sheet, Finding::a1, Finding::stated)
                    .containsExactly(tuple(C1, "A9", "สำนักงานเขตบางแค"));
        }

        @Test
        void negative_matchedByNameAliasOrPrefix() {
            for (String name : List.of("สำนักงานเขตบางแค", "เขตบางแค", "สำนักงาน\u200Bเขต บางแค",
                    "สำนักงานเขตบางแค กรุงเทพมหานคร")) {
                FileOutcome o = run(form -> form.withUnitName(name), sampleReference);
                assertThat(of(o.findings(), Code.UNKNOWN_UNIT)).as(name).isEmpty();
                assertThat(o.unitKey()).as(name).isEqualTo(BANG_KHAE);
                assertThat(o.unit()).as(name).isEqualTo("สำนักงานเขตบางแค");
            }
        }

        @Test
        void negative_withoutARoster() {
            assertThat(of(findings(form -> form, ReferenceData.NONE), Code.UNKNOWN_UNIT)).isEmpty();
        }
    }

    @Nested
    class GroupMismatch {
        final ReferenceData groupB = SampleReference.load(dir,
                line -> line.startsWith(BANG_KHAE) ? line.replaceAll(",A$", ",B") : line, UnaryOperator.identity());

        @Test
        void positive_formTicksAnotherGroupThanTheRoster() {
            List<Finding> f = findings(form -> form, groupB);
            assertThat(of(f, Code.GROUP_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::indicator,
                    Finding::stated, Finding::expected).containsExactly(tuple(BUDGET, "A6", "5.1", "A", "B"));
            // The roster's group picks the rubric row: 92 is beyond group B's 85, so 100 points.
            assertThat(of(f, Code.SCORE_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactly(tuple(BUDGET, "C23", "84", "100"));
        }

        @Test
        void negative_sameGroupOrNoneTicked() {
            assertThat(of(findings(form -> form, sampleReference), Code.GROUP_MISMATCH)).isEmpty();
            List<Finding> noneTicked = findings(form -> form.withGroupLetter(null), groupB);
            assertThat(of(noneTicked, Code.GROUP_MISMATCH)).isEmpty();
            // Without a ticked box the roster's group still scores it.
            assertThat(of(noneTicked, Code.MISSING_FIELD)).isEmpty();
            assertThat(of(noneTicked, Code.SCORE_MISMATCH)).extracting(Finding::a1, Finding::expected)
                    .containsExactly(tuple("C23", "100"));
        }
    }

    @Nested
    class RubricMismatch {
        @Test
        void positive_weightOtherThanAgreed() {
            FileOutcome o = run(form -> form, agreed("1,1", line -> line.replace(",15,5,", ",20,5,")));
            assertThat(of(o.findings(), Code.RUBRIC_MISMATCH)).extracting(Finding::sheet, Finding::a1,
                    Finding::indicator, Finding::stated, Finding::expected).containsExactly(tuple(C1, "B23", "1", "15", "20"));
            // Scoring weighs with the agreed weight; the weight checks keep the form's weights.
            assertThat(of(o.findings(), Code.WEIGHTED_MISMATCH)).extracting(Finding::a1, Finding::expected)
                    .containsExactlyInAnyOrder(tuple("E23", "20"), tuple("G38", "20"));
            assertThat(of(o.findings(), Code.SUBTOTAL_MISMATCH)).extracting(Finding::a1, Finding::expected)
                    .containsExactly(tuple("E26", "43.5"));
            assertThat(of(o.findings(), Code.WEIGHT_SUM_MISMATCH)).isEmpty();
            assertThat(o.score().orElseThrow().total()).isEqualByComparingTo("101.3");
        }

        @Test
        void positive_thresholdOtherThanAgreed() {
            FileOutcome o = run(form -> form, agreed("2,4", line -> line.replace(",60,65,70,75,80,", ",60,65,70,78,80,")));
            assertThat(of(o.findings(), Code.RUBRIC_MISMATCH)).extracting(Finding::sheet, Finding::a1,
                    Finding::indicator, Finding::stated, Finding::expected, Finding::detail)
                    .containsExactly(tuple(C2, "E13", "4", "75", "78", "4"));
            // 77 on the agreed 60/65/70/78/80 is level 3: 80 + 7 * 10 / 8 = 88.75.
            assertThat(of(o.findings(), Code.SCORE_MISMATCH)).extracting(Finding::a1, Finding::expected)
                    .containsExactly(tuple("D19", "88.75"));
        }

        @Test
        void positive_stepScoringAgreedWhereTheFormInterpolates() {
            FileOutcome o = run(form -> form, agreed(line -> line.startsWith(BANG_KHAE + ",2,")
                    ? line.replace(",true,", ",false,") : line));
            assertThat(of(o.findings(), Code.RUBRIC_MISMATCH)).extracting(Finding::sheet, Finding::a1,
                    Finding::component, Finding::detail).containsExactly(tuple(C2, "A12", "2", "step"));
            assertThat(of(o.findings(), Code.SCORE_MISMATCH)).extracting(Finding::a1, Finding::expected)
                    .containsExactly(tuple("D19", "90"));
        }

        @Test
        void positive_targetOtherThanAgreed() {
            List<Finding> f = findings(form -> form, agreed("1,1", line -> line.replace(",15,5,", ",15,4,")));
            assertThat(of(f, Code.RUBRIC_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactlyInAnyOrder(tuple(C1, "C38", "5", "4"), tuple(C1, "B46", "5", "4"));
        }

        @Test
        void positive_indicatorNotAgreedAndAgreedIndicatorMissing() {
            FileOutcome o = run(form -> form, agreed("3,6", line -> line.replace(BANG_KHAE + ",3,6,", BANG_KHAE + ",3,7,")));
            assertThat(of(o.findings(), Code.RUBRIC_MISMATCH)).extracting(Finding::sheet, Finding::a1,
                    Finding::indicator, Finding::detail).containsExactlyInAnyOrder(
                    tuple(C3, "A17", "6", "unagreed"), tuple(C3, "B16", "7", "missing"));
            // The indicator not agreed counts with the form's rubric; the missing one counts nothing.
            assertThat(o.score().orElseThrow().total()).isEqualByComparingTo("96.3");
        }

        @Test
        void negative_interpolationLeftEmptyFollowsTheForm() {
            FileOutcome o = run(form -> form, agreed(line -> line.startsWith(BANG_KHAE + ",2,")
                    ? line.replace(",true,", ",,") : line));
            assertThat(o.findings()).isEmpty();
        }

        @Test
        void negative_formAsAgreed() {
            assertThat(of(findings(form -> form, sampleReference), Code.RUBRIC_MISMATCH)).isEmpty();
        }

        @Test
        void negative_unknownUnitIsOnlyCheckedAgainstTheCommonIndicators() {
            ReferenceData withoutBangKhae = SampleReference.load(dir, line -> line.startsWith(BANG_KHAE) ? null : line,
                    line -> line.startsWith(BANG_KHAE) ? null : line);
            assertThat(of(findings(form -> form, withoutBangKhae), Code.RUBRIC_MISMATCH)).isEmpty();
            ReferenceData commonChanged = SampleReference.load(dir, line -> line.startsWith(BANG_KHAE) ? null : line,
                    line -> line.startsWith(BANG_KHAE) ? null
                            : line.startsWith("*,5,5.2,") ? line.replace(",60,70,80,90,100,", ",60,75,80,90,100,") : line);
            assertThat(of(findings(form -> form, commonChanged), Code.RUBRIC_MISMATCH)).extracting(Finding::sheet,
                    Finding::a1, Finding::stated, Finding::expected).containsExactly(tuple("ตัวชี้วัด 5.2", "C14", "70", "75"));
        }
    }

    @Nested
    class MissingExplanationAgainstTheAgreedTarget {
        /** Indicator 2 (level 4) printed with target 4 and no explanation. */
        final UnaryOperator<FormSpec> targetLowered = form -> form.withBlock(0, b -> b
                .withSummary(s -> s.withRow(1, r -> r.withTarget("ระดับ 4")))
                .withDetail(1, d -> d.withTarget("ระดับ 4").withExplanation("-")));

        @Test
        void positive_agreedTargetIsTheTarget() {
            List<Finding> f = findings(targetLowered, sampleReference);
            assertThat(of(f, Code.MISSING_EXPLANATION)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactly(tuple(C1, "A67", "4", "5"));
            assertThat(of(f, Code.RUBRIC_MISMATCH)).extracting(Finding::a1).containsExactlyInAnyOrder("C39", "B58");
        }

        @Test
        void negative_printedTargetWithoutAgreements() {
            assertThat(of(findings(targetLowered, ReferenceData.NONE), Code.MISSING_EXPLANATION)).isEmpty();
        }
    }

    @Test
    void agreedWeightCountsEvenWhereTheFormLeavesTheWeightBlank() {
        FileOutcome o = run(form -> form.withBlock(0, b -> b.withResults(r -> r.withRow(0, row -> row.withWeight(null)))),
                sampleReference);
        assertThat(of(o.findings(), Code.MISSING_FIELD)).extracting(Finding::a1).containsExactly("B23");
        assertThat(o.score().orElseThrow().total()).isEqualByComparingTo(new BigDecimal("96.3"));
    }
}
