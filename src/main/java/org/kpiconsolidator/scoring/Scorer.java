package org.kpiconsolidator.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.kpiconsolidator.model.Result;

/**
 * Recomputes one indicator's score from its result and rubric, as SPEC section 3 says. Pure: no
 * I/O, no state beyond the policy, decimal arithmetic only.
 */
public final class Scorer {

    private final ScoringPolicy policy;

    public Scorer(ScoringPolicy policy) {
        this.policy = policy;
    }

    /**
     * The score of a result. A stated level scores its points; a measured value is placed on the
     * rubric line (step, or interpolated between the two levels that bracket it, with the floor
     * below level 1 and the cap above level 5). Empty when the result cannot be scored: a level
     * outside 0-5, or a measured value without a numeric rubric line.
     *
     * @param weight the weight, or {@code null} to leave the weighted score out
     */
    public Optional<Score> score(Result result, RubricLine line, BigDecimal weight) {
        if (result instanceof Result.Level l) {
            if (l.level() < 0 || l.level() > 5) {
                return Optional.empty();
            }
            return Optional.of(withWeight(l.level(), policy.pointsOf(l.level()), weight));
        }
        if (result instanceof Result.Measured m && line != null && line.isNumeric()) {
            int level = levelReached(m.value(), line);
            return Optional.of(withWeight(level, pointsFor(m.value(), level, line), weight));
        }
        return Optional.empty();
    }

    /** The highest level whose threshold the value meets; 0 when none. */
    public static int levelReached(BigDecimal v, RubricLine line) {
        boolean down = line.isDownward();
        for (int k = 5; k >= 1; k--) {
            int c = v.compareTo(line.value(k));
            if (down ? c <= 0 : c >= 0) {
                return k;
            }
        }
        // "≤ 60" on level 1 of an upward rubric (or "≥" downward) covers everything beyond it.
        return line.thresholds().get(0).orBeyond() ? 1 : 0;
    }

    private BigDecimal pointsFor(BigDecimal v, int level, RubricLine line) {
        if (level <= 0) {
            return policy.pointsOf(0);
        }
        if (level >= 5 || !line.interpolate()) {
            return policy.pointsOf(level);
        }
        BigDecimal tk = line.value(level);
        BigDecimal tNext = line.value(level + 1);
        BigDecimal pk = policy.pointsOf(level);
        BigDecimal pNext = policy.pointsOf(level + 1);
        BigDecimal span = tNext.subtract(tk);
        if (span.signum() == 0) {
            return pk;
        }
        BigDecimal step = v.subtract(tk).multiply(pNext.subtract(pk))
                .divide(span, policy.divisionScale(), RoundingMode.HALF_UP);
        BigDecimal score = pk.add(step);
        // A value past t_k but short of t_{k+1} stays within [p_k, p_{k+1}).
        return score.min(pNext).max(pk);
    }

    private static Score withWeight(int level, BigDecimal score, BigDecimal weight) {
        return new Score(level, score, weight == null ? null : ScoringPolicy.weighted(weight, score));
    }
}
