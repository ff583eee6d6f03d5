package org.kpiconsolidator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.testing.BlockSpec;
import org.kpiconsolidator.testing.FormSpec;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.ResultsSpec;
import org.kpiconsolidator.testing.RubricSpec;
import org.kpiconsolidator.testing.SampleForms;

/**
 * Each per-form rule against real workbooks: the clean Bang Khae form with one mistake put in
 * (positive) and the clean form or a near miss (negative). Assertions are (code, sheet, cell) and
 * the stated and expected values, never message prose.
 *
 * <p>Bang Khae's component 1 sits on sheet {@code องค์ประกอบที่ 1}: rubric header row 15, results rows
 * 23-25 (B weight, C result, D score, E weighted), subtotal row 26, summary rows 38-40 (D weight,
 * E level, G score), total G41, detail tables at rows 46, 58, 70. Component 2 (interpolated, values
 * 77 and 100 on 60/65/70/75/80 and 80/85/90/95/100) sits on sheet {@code องค์ประกอบที่ 2}: rubric rows
 * 13-14, results rows 19-20, summary rows 33-34.
 */
class FormRulesTest {

    static final String C1 = "องค์ประกอบที่ 1";
    static final String C2 = "องค์ประกอบที่ 2";

    @TempDir
    static Path dir;

    static SampleForms.Sample clean;
    static List<Finding> cleanFindings;

    private static int files;

    @BeforeAll
    static void cleanForm() {
        clean = SampleForms.bangKhaeDistrict();
        cleanFindings = findings(form -> form);
    }

    /** The findings of the clean form changed by {@code change}. */
    static List<Finding> findings(UnaryOperator<FormSpec> change) {
        return Forms.findings(change.apply(clean.form()), clean.layout(), dir, "form-" + (files++) + ".xlsx");
    }

    static UnaryOperator<FormSpec> block(int index, UnaryOperator<BlockSpec> change) {
        return form -> form.withBlock(index, change);
    }

    static UnaryOperator<FormSpec> resultRow(int block, int row, UnaryOperator<ResultsSpec.Row> change) {
        return block(block, b -> b.withResults(r -> r.withRow(row, change)));
    }

    static List<Finding> of(List<Finding> findings, Code code) {
        return Forms.ofCode(findings, code);
    }

    @Test
    void cleanFormHasNoFindingAtAll() {
        assertThat(cleanFindings).isEmpty();
    }

    @Nested
    class ScoreMismatch {
        @Test
        void positive_statedScoreNotTheRubricsPoints() {
            List<Finding> f = findings(resultRow(0, 0, r -> r.withScore(80)));
            assertThat(of(f, Code.SCORE_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactly(tuple(C1, "D23", "80", "100"));
        }

        @Test
        void positive_stepScoreWhereTheRubricInterpolates() {
            List<Finding> f = findings(resultRow(1, 0, r -> r.withScore(90)));
            assertThat(of(f, Code.SCORE_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactly(tuple(C2, "D19", "90", "94"));
        }

        @Test
        void negative_scoreEqualAtTwoDecimals() {
            List<Finding> f = findings(resultRow(1, 0, r -> r.withScore(new BigDecimal("94.004"))));
            assertThat(of(f, Code.SCORE_MISMATCH)).isEmpty();
            assertThat(of(cleanFindings, Code.SCORE_MISMATCH)).isEmpty();
        }
    }

    @Nested
    class WeightedMismatch {
        @Test
        void positive_resultsAndSummaryWeightedScores() {
            List<Finding> f = findings(resultRow(0, 1, r -> r.withWeighted(12))
                    .andThen(block(0, b -> b.withSummary(s -> s.withRow(0, r -> r.withWeighted(14)))))::apply);
            assertThat(of(f, Code.WEIGHTED_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactlyInAnyOrder(tuple(C1, "E24", "12", "13.5"),
                    tuple(C1, "G38", "14", "15"));
        }

        @Test
        void negative_weightedFollowsTheRecomputedScore() {
            assertThat(of(cleanFindings, Code.WEIGHTED_MISMATCH)).isEmpty();
            List<Finding> f = findings(resultRow(1, 0, r -> r.withWeighted(new BigDecimal("9.401"))));
            assertThat(of(f, Code.WEIGHTED_MISMATCH)).isEmpty();
        }
    }

    @Nested
    class LevelMismatch {
        @Test
        void positive_summaryAndDetailDisagreeWithResults() {
            List<Finding> f = findings(block(0, b -> b.withSummary(s -> s.withRow(1, r -> r.withAchievedLevel("ระดับ 5")))
                    .withDetail(0, d -> d.withAchieved("ระดับที่ 4"))));
            assertThat(of(f, Code.LEVEL_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactlyInAnyOrder(tuple(C1, "E39", "5", "4"), tuple(C1, "C46", "4", "5"));
        }

        @Test
        void positive_summaryLevelAboveWhatTheValueReaches() {
            List<Finding> f = findings(block(1, b -> b.withSummary(s -> s.withRow(0, r -> r.withAchievedLevel("ระดับ 5")))));
            assertThat(of(f, Code.LEVEL_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactly(tuple(C2, "E33", "5", "4"));
        }

        @Test
        void negative_levelsAgreeHoweverWritten() {
            List<Finding> f = findings(block(0, b -> b.withSummary(s -> s.withRow(1, r -> r.withAchievedLevel("ระดับที่ ๔")))));
            assertThat(of(f, Code.LEVEL_MISMATCH)).isEmpty();
        }
    }

    @Nested
    class LevelMismatchWithoutARubric {
        /** Indicator 4's rubric row loses its level 2 threshold, so its value 77 cannot be placed. */
        final UnaryOperator<FormSpec> unscorable = block(1, b -> {
            List<RubricSpec.Row> rows = new ArrayList<>(b.rubric().rows());
            rows.set(0, RubricSpec.row(rows.get(0).label(), 60, null, 70, 75, 80));
            RubricSpec r = b.rubric();
            return b.toBuilder().rubric(new RubricSpec(r.interpolate(), r.levelPoints(), r.groupSpecific(), rows,
                    r.floorNote())).build();
        });

        @Test
        void positive_detailDisagreesWithSummary() {
            List<Finding> f = findings(unscorable.andThen(block(1, b -> b.withDetail(0,
                    d -> d.withAchieved("ระดับ 3"))))::apply);
            assertThat(of(f, Code.LEVEL_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactly(tuple(C2, "C40", "3", "4"));
        }

        @Test
        void negative_detailAgreesWithSummary() {
            assertThat(of(findings(unscorable), Code.LEVEL_MISMATCH)).isEmpty();
        }
    }

    @Nested
    class ThresholdsPresent {
        @Test
        void positive_blankThresholdIsMissingAtItsCell() {
            List<Finding> f = findings(block(1, b -> {
                List<RubricSpec.Row> rows = new ArrayList<>(b.rubric().rows());
                rows.set(1, RubricSpec.row(rows.get(1).label(), 80, 85, 90, null, 100));
                RubricSpec r = b.rubric();
                return b.toBuilder().rubric(new RubricSpec(r.interpolate(), r.levelPoints(), r.groupSpecific(), rows,
                        r.floorNote())).build();
            }));
            assertThat(of(f, Code.MISSING_FIELD)).extracting(Finding::sheet, Finding::a1, Finding::indicator,
                    Finding::field, Finding::detail).contains(tuple(C2, "E14", "5", Field.RUBRIC_THRESHOLDS, "4"));
        }

        @Test
        void negative_everyThresholdFilled() {
            assertThat(of(cleanFindings, Code.MISSING_FIELD)).isEmpty();
        }
    }

    @Nested
    class MissingExplanation {
        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"-", "ไม่มี", " - "})
        void positive_belowTargetWithoutAnExplanation(String explanation) {
            List<Finding> f = findings(block(0, b -> b.withDetail(1, d -> d.withExplanation(explanation))));
            // The explanation section of indicator 2 starts at A66 (its text below).
            assertThat(of(f, Code.MISSING_EXPLANATION)).extracting(Finding::sheet, Finding::a1, Finding::indicator,
                    Finding::stated, Finding::expected).containsExactly(tuple(C1, "A67", "2", "4", "5"));
        }

        @Test
        void positive_claimingTheTargetDoesNotHideAValueBelowIt() {
            // 77 reaches level 4; the unit claims level 5 in both tables and explains nothing.
            List<Finding> f = findings(block(1, b -> b.withSummary(s -> s.withRow(0, r -> r.withAchievedLevel("ระดับ 5")))
                    .withDetail(0, d -> d.withAchieved("ระดับ 5").withExplanation("ไม่มี"))));
            assertThat(of(f, Code.MISSING_EXPLANATION)).extracting(Finding::sheet, Finding::a1, Finding::indicator)
                    .containsExactly(tuple(C2, "A49", "4"));
        }

        @Test
        void negative_explainedOrOnTarget() {
            // Indicators 2 and 4 are below target and explained; the others reach it and say ไม่มี.
            assertThat(of(cleanFindings, Code.MISSING_EXPLANATION)).isEmpty();
            List<Finding> lowered = findings(block(0, b -> b.withSummary(s -> s.withRow(1, r -> r.withTarget("ระดับ 4")))
                    .withDetail(1, d -> d.withTarget("ระดับ 4").withExplanation("-"))));
            assertThat(of(lowered, Code.MISSING_EXPLANATION)).isEmpty();
        }

        @Test
        void negative_aTargetThatIsNoLevelIsInvalidNotJudged() {
            List<Finding> f = findings(block(0, b -> b.withSummary(s -> s.withRow(1, r -> r.withTarget("ร้อยละ 80")))
                    .withDetail(1, d -> d.withTarget("ร้อยละ 80").withExplanation("-"))));
            assertThat(of(f, Code.MISSING_EXPLANATION)).isEmpty();
            assertThat(of(f, Code.INVALID_VALUE)).extracting(Finding::a1).containsExactlyInAnyOrder("C39", "B58");
        }
    }

    @Nested
    class WeightInconsistent {
        @Test
        void positive_summaryPrintsAnotherWeight() {
            List<Finding> f = findings(block(0, b -> b.withSummary(s -> s.withRow(1, r -> r.withWeight(100)))));
            assertThat(of(f, Code.WEIGHT_INCONSISTENT)).extracting(Finding::sheet, Finding::a1, Finding::stated,
                    Finding::expected).containsExactly(tuple(C1, "D39", "100", "15"));
            assertThat(of(f, Code.WEIGHTED_MISMATCH)).isEmpty();
        }

        @Test
        void negative_sameWeightInThaiDigits() {
            List<Finding> f = findings(block(0, b -> b.withSummary(s -> s.withRow(1, r -> r.withWeight("๑๕")))));
            assertThat(of(f, Code.WEIGHT_INCONSISTENT)).isEmpty();
        }
    }

    @Nested
    class WeightSumMismatch {
        @Test
        void positive_componentWeightOnTheSubtotalRow() {
            List<Finding> f = findings(block(0, b -> b.withResults(r -> r.withSubtotal(new ResultsSpec.Subtotal(45,
                    new BigDecimal("38.5"))))));
            assertThat(of(f, Code.WEIGHT_SUM_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::component,
                    Finding::stated, Finding::expected).containsExactly(tuple(C1, "B26", "1", "45", "40"));
        }

        @Test
        void positive_unitWeightsDoNotSumToHundred() {
            List<Finding> f = findings(resultRow(1, 1, r -> r.withWeight(15).withWeighted(15))
                    .andThen(block(1, b -> b.withResults(r -> r.withSubtotal(new ResultsSpec.Subtotal(25,
                            new BigDecimal("24.4"))))))::apply);
            assertThat(of(f, Code.WEIGHT_SUM_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::component,
                    Finding::stated, Finding::expected).containsExactly(tuple(C1, "B22", "", "105", "100"));
        }

        @Test
        void negative_weightsAddUp() {
            assertThat(of(cleanFindings, Code.WEIGHT_SUM_MISMATCH)).isEmpty();
        }
    }

    @Nested
    class SubtotalMismatch {
        @Test
        void positive_subtotalRow() {
            List<Finding> f = findings(block(0, b -> b.withResults(r -> r.withSubtotal(new ResultsSpec.Subtotal(40, 40)))));
            assertThat(of(f, Code.SUBTOTAL_MISMATCH)).extracting(Finding::sheet, Finding::a1, Finding::indicator,
                    Finding::stated, Finding::expected).containsExactly(tuple(C1, "E26", "", "40", "38.5"));
        }

        @Test
        void positive_onlyTheSummaryTotal() {
            List<Finding> f = findings(block(0, b -> b.withSummary(s -> s.withTotal(40))));
            assertThat(of(f, Code.SUBTOTAL_MISMATCH)).extracting(Finding::a1, Finding::field)
                    .containsExactly(tuple("G41", org.kpiconsolidator.finding.Field.SUMMARY_SUBTOTAL));
        }

        @Test
        void negative_equalAtTwoDecimals() {
            List<Finding> f = findings(block(0, b -> b.withResults(r -> r.withSubtotal(new ResultsSpec.Subtotal(40,
                    new BigDecimal("38.499"))))));
            assertThat(of(f, Code.SUBTOTAL_MISMATCH)).isEmpty();
        }
    }

    @Nested
    class RubricPointsInvalid {
        @Test
        void positive_headerWithWrongPoints() {
            List<Finding> f = findings(block(0, b -> b.toBuilder()
                    .rubric(b.rubric().withLevelPoints(List.of(60, 70, 80, 80, 100))).build()));
            assertThat(of(f, Code.RUBRIC_POINTS_INVALID)).extracting(Finding::sheet, Finding::a1, Finding::indicator,
                    Finding::stated, Finding::expected).containsExactly(tuple(C1, "E15", "", "80", "90"));
            assertThat(of(f, Code.SCORE_MISMATCH)).isEmpty();
        }

        @Test
        void negative_officialPoints() {
            assertThat(of(cleanFindings, Code.RUBRIC_POINTS_INVALID)).isEmpty();
        }
    }

    @Nested
    class ThresholdsNotMonotonic {
        @Test
        void positive_rowThatStalls() {
            List<Finding> f = findings(block(1, b -> {
                List<RubricSpec.Row> rows = new ArrayList<>(b.rubric().rows());
                rows.set(0, RubricSpec.row(rows.get(0).label(), 60, 65, 65, 75, 80));
                RubricSpec r = b.rubric();
                return b.toBuilder().rubric(new RubricSpec(r.interpolate(), r.levelPoints(), r.groupSpecific(), rows,
                        r.floorNote())).build();
            }));
            assertThat(of(f, Code.THRESHOLDS_NOT_MONOTONIC)).extracting(Finding::sheet, Finding::a1,
                    Finding::indicator).containsExactly(tuple(C2, "A13", "4"));
        }

        @Test
        void negative_risingAndFallingRows() {
            assertThat(of(cleanFindings, Code.THRESHOLDS_NOT_MONOTONIC)).isEmpty();
            List<Finding> downward = Forms.findings(SampleForms.environmentDepartment().form(),
                    SampleForms.environmentDepartment().layout(), dir, "downward.xlsx");
            assertThat(of(downward, Code.THRESHOLDS_NOT_MONOTONIC)).isEmpty();
        }
    }

    @Nested
    class MissingValue {
        @Test
        void positive_blankScoreAndWeighted() {
            List<Finding> f = findings(resultRow(0, 1, r -> r.withScore(null).withWeighted(null)));
            assertThat(of(f, Code.MISSING_VALUE)).extracting(Finding::sheet, Finding::a1, Finding::expected)
                    .containsExactlyInAnyOrder(tuple(C1, "D24", "90"), tuple(C1, "E24", "13.5"));
            assertThat(of(f, Code.MISSING_VALUE)).allMatch(x -> x.severity() == org.kpiconsolidator.finding.Severity.WARNING);
        }

        @Test
        void negative_allFilled() {
            assertThat(of(cleanFindings, Code.MISSING_VALUE)).isEmpty();
        }
    }

    @Nested
    class MissingFieldAndInvalidValue {
        @Test
        void positive_missingWeightAndResult() {
            List<Finding> f = findings(resultRow(0, 0, r -> r.withWeight(null))
                    .andThen(resultRow(0, 1, r -> r.withResult(null)))::apply);
            assertThat(of(f, Code.MISSING_FIELD)).extracting(Finding::sheet, Finding::a1, Finding::indicator)
                    .containsExactlyInAnyOrder(tuple(C1, "B23", "1"), tuple(C1, "C24", "2"));
        }

        @Test
        void positive_missingUnitName() {
            List<Finding> f = findings(block(2, b -> b.toBuilder().unitName(" ").build()));
            assertThat(of(f, Code.MISSING_FIELD)).extracting(Finding::sheet, Finding::component)
                    .containsExactly(tuple("องค์ประกอบที่ 3", "3"));
        }

        @Test
        void positive_unreadableAndOutOfRangeValues() {
            List<Finding> f = findings(resultRow(0, 0, r -> r.withWeight("สิบห้า"))
                    .andThen(resultRow(0, 1, r -> r.withResult("ระดับ 7")))
                    .andThen(resultRow(0, 2, r -> r.withWeight(150)))::apply);
            assertThat(of(f, Code.INVALID_VALUE)).extracting(Finding::a1, Finding::stated)
                    .containsExactlyInAnyOrder(tuple("B23", "สิบห้า"), tuple("C24", "ระดับ 7"), tuple("B25", "150"));
        }

        @Test
        void negative_messyButReadableValues() {
            List<Finding> f = findings(resultRow(0, 0, r -> r.withWeight("๑๕").withScore("ร้อยละ 100"))
                    .andThen(resultRow(0, 1, r -> r.withResult("ระดับที่ ๔")))::apply);
            assertThat(of(f, Code.INVALID_VALUE)).isEmpty();
            assertThat(of(f, Code.MISSING_FIELD)).isEmpty();
        }
    }

    @Nested
    class UnscorableResult {
        @Test
        void positive_groupRubricWithoutACheckedGroup() {
            List<Finding> f = findings(form -> form.withGroupLetter(null));
            assertThat(of(f, Code.MISSING_FIELD)).extracting(Finding::sheet, Finding::a1, Finding::indicator,
                    Finding::field).containsExactly(tuple("ตัวชี้วัด 5.1", "B23", "5.1", Field.GROUP));
        }

        @Test
        void negative_groupChecked() {
            assertThat(of(cleanFindings, Code.MISSING_FIELD)).isEmpty();
        }
    }

    @Test
    void seedSampleHoldsItsKnownInconsistencies() throws Exception {
        Path seed = SampleForms.internationalAffairsOffice().render(dir);
        List<Finding> f = Forms.process(seed).findings();
        assertThat(f).filteredOn(x -> x.severity() != org.kpiconsolidator.finding.Severity.INFO)
                .extracting(x -> x.code().name(), Finding::component, Finding::indicator)
                .contains(tuple("SCORE_MISMATCH", "1", "1"), tuple("WEIGHTED_MISMATCH", "1", "1"),
                        tuple("SCORE_MISMATCH", "2", "4"), tuple("WEIGHTED_MISMATCH", "2", "4"),
                        tuple("WEIGHT_INCONSISTENT", "1", "2"), tuple("SUBTOTAL_MISMATCH", "1", ""),
                        tuple("SUBTOTAL_MISMATCH", "2", ""), tuple("RUBRIC_POINTS_INVALID", "2", ""),
                        tuple("MISSING_VALUE", "4", "4"));
    }

}
