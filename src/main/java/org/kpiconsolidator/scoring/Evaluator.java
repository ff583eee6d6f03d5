package org.kpiconsolidator.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.ResultRow;
import org.kpiconsolidator.model.Rubric;
import org.kpiconsolidator.model.RubricRow;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.model.UnitGroup;

/**
 * Recomputes every indicator, block subtotal and the unit total of a submission with the official
 * points, whatever points the form's rubric headers print. With an agreement of record, an agreed
 * indicator is scored on the agreed thresholds and interpolation and weighted with the agreed
 * weight; an indicator that is not agreed is scored with the form's own rubric and weight.
 */
public final class Evaluator {

    private final ScoringPolicy policy;
    private final Scorer scorer;

    public Evaluator(ScoringPolicy policy) {
        this.policy = policy;
        this.scorer = new Scorer(policy);
    }

    /**
     * @param group the unit group that picks the row of a group-specific rubric (the roster's, else
     *     the box checked on the form); {@code null} when unknown
     */
    public SubmissionScore evaluate(Submission submission, UnitGroup group) {
        return evaluate(submission, group, Map.of());
    }

    /**
     * @param group the unit group that picks the row of a group-specific rubric of the form
     * @param agreed the agreement of record by indicator; empty when there is none. An agreed
     *     indicator missing from the form counts nothing: only the form's indicators are scored
     */
    public SubmissionScore evaluate(Submission submission, UnitGroup group, Map<IndicatorKey, AgreedScoring> agreed) {
        return evaluate(submission, group, agreed, Map.of());
    }

    /**
     * @param verified the office's verified results by indicator; empty when there are none. A
     *     verified result is scored on the same rubric line and weight as the unit's and replaces it
     *     in the total; block subtotals stay the recomputation of the unit's own results, which the
     *     form's subtotals are checked against
     */
    public SubmissionScore evaluate(Submission submission, UnitGroup group, Map<IndicatorKey, AgreedScoring> agreed,
            Map<IndicatorKey, Verification> verified) {
        List<BlockScore> blocks = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal statedTotal = null;
        for (FormBlock block : submission.blocks()) {
            BlockScore b = evaluate(block, group, agreed, verified);
            blocks.add(b);
            for (IndicatorScore s : b.indicators()) {
                BigDecimal weighted = s.ofRecord().map(Score::weighted).orElse(null);
                if (weighted != null) {
                    total = total.add(weighted);
                }
            }
            if (b.statedSubtotal().isPresent()) {
                statedTotal = (statedTotal == null ? BigDecimal.ZERO : statedTotal).add(b.statedSubtotal().get());
            }
        }
        return new SubmissionScore(submission, group, blocks, total, Optional.ofNullable(statedTotal));
    }

    private BlockScore evaluate(FormBlock block, UnitGroup group, Map<IndicatorKey, AgreedScoring> agreed,
            Map<IndicatorKey, Verification> verified) {
        List<IndicatorScore> scores = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Indicator indicator : block.indicators()) {
            Optional<AgreedScoring> agreement = Optional.ofNullable(agreed.get(IndicatorKey.of(block, indicator)));
            // An agreement silent on interpolation follows the form's adjustment line, else the policy.
            boolean formInterpolates = block.rubric().map(Rubric::interpolate).orElse(policy.interpolateByDefault());
            Optional<RubricLine> line = agreement.flatMap(a -> a.line(formInterpolates))
                    .or(() -> lineFor(block, indicator, group));
            ResultRow row = indicator.results();
            BigDecimal weight = agreement.map(AgreedScoring::weight)
                    .orElseGet(() -> ScoringPolicy.usableWeight(row.weight().value()));
            Optional<Score> score = row.result().isPresent()
                    ? scorer.score(row.result().value(), line.orElse(null), weight)
                    : Optional.empty();
            Optional<Verification> verification = Optional.ofNullable(verified.get(IndicatorKey.of(block, indicator)));
            Optional<Score> verifiedScore = verification
                    .flatMap(v -> scorer.score(v.result(), line.orElse(null), weight));
            scores.add(new IndicatorScore(block, indicator, line, weight, score, verification, verifiedScore));
            if (score.isPresent() && score.get().weighted() != null) {
                subtotal = subtotal.add(score.get().weighted());
            }
        }
        return new BlockScore(block, scores, subtotal, statedSubtotal(block));
    }

    /** The rubric line of an indicator: its own row, or its group's row of a group-specific rubric. */
    static Optional<RubricLine> lineFor(FormBlock block, Indicator indicator, UnitGroup group) {
        Optional<Rubric> rubric = block.rubric();
        if (rubric.isEmpty()) {
            return Optional.empty();
        }
        Optional<RubricRow> row = rubric.get().groupSpecific()
                ? Optional.ofNullable(group).flatMap(g -> rubric.get().rowFor(g))
                : indicator.rubricRow();
        return row.map(r -> lineOf(r, rubric.get().interpolate()));
    }

    /** SPEC 3: the subtotal row, else the sum of stated weighted scores (or weight × stated score / 100). */
    private static Optional<BigDecimal> statedSubtotal(FormBlock block) {
        if (block.subtotal().isPresent() && block.subtotal().get().value().isPresent()) {
            return Optional.of(block.subtotal().get().value().value());
        }
        BigDecimal sum = null;
        for (Indicator indicator : block.indicators()) {
            ResultRow row = indicator.results();
            BigDecimal part = null;
            if (row.weighted().isPresent()) {
                part = row.weighted().value();
            } else if (row.score().isPresent() && row.weight().isPresent()) {
                part = ScoringPolicy.weighted(row.weight().value(), row.score().value());
            }
            if (part != null) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(part);
            }
        }
        return Optional.ofNullable(sum);
    }

    /** A form's rubric row as a line of thresholds. */
    public static RubricLine lineOf(RubricRow row, boolean interpolate) {
        List<Threshold> thresholds = row.thresholds().stream().map(Sourced::value).toList();
        return new RubricLine(thresholds, interpolate);
    }
}
