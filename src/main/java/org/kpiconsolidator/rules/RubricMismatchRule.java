package org.kpiconsolidator.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.FindingIds;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.Rubric;
import org.kpiconsolidator.model.RubricRow;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.reference.AgreedIndicator;
import org.kpiconsolidator.reference.UnitAgreement;
import org.kpiconsolidator.scoring.BlockScore;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.text.Decimals;
import org.kpiconsolidator.text.ThaiText;
import org.kpiconsolidator.workbook.CellRef;

/**
 * RUBRIC_MISMATCH (SPEC 4, 5.1): with agreements of record, every place the form changed what the
 * unit agreed, each at its cell:
 *
 * <ul>
 *   <li>a weight other than the agreed one (field {@code weight});
 *   <li>a target level (เป้าหมาย) in the summary or detail table other than the agreed one (fields
 *       {@code summary.level}, {@code detail.level}, detail {@value #TARGET});
 *   <li>a threshold other than the agreed one (field {@code rubric.thresholds}, the level in
 *       {@code detail}), on the rubric row that scores the indicator (its group's row of a group
 *       rubric);
 *   <li>a rubric that interpolates where the agreement scores in steps, or the other way round
 *       (detail {@value #INTERPOLATE} or {@value #STEP}), once per rubric table; an agreement that
 *       leaves {@code interpolate} empty follows the form;
 *   <li>for a unit the roster knows: an indicator on the form that was not agreed (detail
 *       {@value #UNAGREED}), and an agreed indicator missing from the form (detail {@value #MISSING},
 *       at the results table of its component, or at the form's first block when the whole
 *       component is missing).
 * </ul>
 *
 * Scoring already used the agreed values; these findings say where the form differs.
 */
public final class RubricMismatchRule implements FormRule {

    /** {@code detail} of an indicator on the form that was not agreed. */
    public static final String UNAGREED = "unagreed";
    /** {@code detail} of an agreed indicator missing from the form. */
    public static final String MISSING = "missing";
    /** {@code detail} of a rubric scored in steps where the agreement interpolates. */
    public static final String INTERPOLATE = "interpolate";
    /** {@code detail} of a rubric that interpolates where the agreement scores in steps. */
    public static final String STEP = "step";
    /** {@code detail} of a printed target level other than the agreed one. */
    public static final String TARGET = FindingIds.TARGET;

    @Override
    public Set<Code> codes() {
        return Set.of(Code.RUBRIC_MISMATCH);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        if (form.reference().agreement().isEmpty()) {
            return;
        }
        UnitAgreement agreement = form.reference().agreement().get();
        Set<IndicatorKey> onForm = new HashSet<>();
        for (BlockScore block : form.score().blocks()) {
            boolean interpolationReported = false;
            for (IndicatorScore s : block.indicators()) {
                IndicatorKey key = IndicatorKey.of(s.block(), s.indicator());
                onForm.add(key);
                Optional<AgreedIndicator> agreed = agreement.find(key);
                if (agreed.isEmpty()) {
                    if (agreement.identified()) {
                        out.accept(Findings.about(Code.RUBRIC_MISMATCH, s, Field.RESULT, s.indicator().cell())
                                .stated(s.indicator().number()).detail(UNAGREED).build());
                    }
                    continue;
                }
                checkWeight(s, agreed.get(), out);
                checkTargets(s, agreed.get(), out);
                if (agreement.hasLine(key)) {
                    formRow(form, s).ifPresent(row -> checkThresholds(s, row, agreed.get().thresholds(), out));
                    if (!interpolationReported) {
                        interpolationReported = checkInterpolation(s.block(), agreed.get(), out);
                    }
                }
            }
        }
        if (agreement.identified()) {
            for (AgreedIndicator agreed : agreement.indicators()) {
                if (!onForm.contains(agreed.key())) {
                    out.accept(Finding.of(Code.RUBRIC_MISMATCH).at(placeOf(form, agreed.key().component()))
                            .component(agreed.key().component()).indicator(agreed.key().indicator())
                            .field(Field.RESULT).expected(agreed.name()).detail(MISSING).build());
                }
            }
        }
    }

    private static void checkWeight(IndicatorScore s, AgreedIndicator agreed, Consumer<Finding> out) {
        Sourced<BigDecimal> weight = s.indicator().results().weight();
        if (weight.isPresent() && weight.value().compareTo(agreed.weight()) != 0) {
            out.accept(Findings.about(Code.RUBRIC_MISMATCH, s, Field.WEIGHT, weight.cell())
                    .stated(Decimals.format(weight.value())).expected(Decimals.format(agreed.weight())).build());
        }
    }

    private static void checkTargets(IndicatorScore s, AgreedIndicator agreed, Consumer<Finding> out) {
        if (agreed.targetLevel().isEmpty()) {
            return;
        }
        int target = agreed.targetLevel().get();
        s.indicator().summary().ifPresent(row -> checkTarget(s, row.target(), target, Field.SUMMARY_LEVEL, out));
        s.indicator().detail().ifPresent(d -> checkTarget(s, d.target(), target, Field.DETAIL_LEVEL, out));
    }

    private static void checkTarget(IndicatorScore s, Sourced<Integer> printed, int agreed, Field field,
            Consumer<Finding> out) {
        if (printed.isPresent() && printed.value() != agreed) {
            out.accept(Findings.about(Code.RUBRIC_MISMATCH, s, field, printed.cell())
                    .stated(printed.value().toString()).expected(Integer.toString(agreed)).detail(TARGET).build());
        }
    }

    /** The form's rubric row that scores the indicator: its own, or its group's row of a group rubric. */
    private static Optional<RubricRow> formRow(FormContext form, IndicatorScore s) {
        Optional<Rubric> rubric = s.block().rubric();
        if (rubric.isPresent() && rubric.get().groupSpecific()) {
            return Optional.ofNullable(form.score().group()).flatMap(g -> rubric.get().rowFor(g));
        }
        return s.indicator().rubricRow();
    }

    private static void checkThresholds(IndicatorScore s, RubricRow row, List<Threshold> agreed,
            Consumer<Finding> out) {
        for (int k = 1; k <= 5 && k <= row.thresholds().size(); k++) {
            Sourced<Threshold> printed = row.thresholds().get(k - 1);
            // A blank threshold is MISSING_FIELD already; only a changed one is reported here.
            if (printed.isPresent() && !same(printed.value(), agreed.get(k - 1))) {
                out.accept(Findings.about(Code.RUBRIC_MISMATCH, s, Field.RUBRIC_THRESHOLDS, printed.cell())
                        .stated(text(printed.value())).expected(text(agreed.get(k - 1)))
                        .detail(Integer.toString(k)).build());
            }
        }
    }

    /** Reports a rubric whose adjustment line disagrees with the agreement; true when it did. */
    private static boolean checkInterpolation(FormBlock block, AgreedIndicator agreed, Consumer<Finding> out) {
        Optional<Rubric> rubric = block.rubric();
        if (rubric.isEmpty() || agreed.interpolate().isEmpty()
                || rubric.get().interpolate() == agreed.interpolate().get()) {
            return false;
        }
        out.accept(Finding.of(Code.RUBRIC_MISMATCH).at(rubric.get().headerCell()).component(block.component())
                .indicator(Findings.indicatorOf(block)).field(Field.RUBRIC_THRESHOLDS)
                .detail(agreed.interpolate().get() ? INTERPOLATE : STEP).build());
        return true;
    }

    /** Equal thresholds: the same number, or the same milestone text up to spelling noise. */
    private static boolean same(Threshold printed, Threshold agreed) {
        if (printed.isMilestone() || agreed.isMilestone()) {
            return printed.isMilestone() && agreed.isMilestone()
                    && ThaiText.keyOf(printed.text()).equals(ThaiText.keyOf(agreed.text()));
        }
        return printed.value().compareTo(agreed.value()) == 0;
    }

    private static String text(Threshold t) {
        return t.isMilestone() ? ThaiText.normalize(t.text()) : Decimals.format(t.value());
    }

    /** Where an agreed indicator should have been: its component's results table, else the form's start. */
    private static CellRef placeOf(FormContext form, int component) {
        for (FormBlock block : form.submission().blocks()) {
            if (block.component() == component) {
                return block.weightHeader().orElse(block.anchor());
            }
        }
        return form.submission().blocks().get(0).anchor();
    }
}
