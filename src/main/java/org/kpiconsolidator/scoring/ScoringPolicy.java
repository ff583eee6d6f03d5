package org.kpiconsolidator.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The scoring rules of one fiscal year: points per level, the floor rule, the interpolation default
 * and the precision of comparisons and divisions. The evaluation office republishes these yearly,
 * so they are a value handed to the scorer (built in for FY2564, or read from a settings file), not
 * constants in the code.
 *
 * @param points the points of levels 1 to 5 (FY2564: 60, 70, 80, 90, 100)
 * @param floorAtLevelOne a result below level 1 scores the points of level 1 (else 0)
 * @param comparisonScale decimals to which stated and recomputed numbers are rounded (half-up)
 *     before comparing them
 * @param divisionScale decimals kept by divisions inside the computation (half-up)
 * @param interpolateByDefault whether scores are interpolated when nothing says: an agreed
 *     indicator whose {@code interpolate} is left empty, on a form without a rubric table for it
 *     (FY2564: no, step scores)
 */
public record ScoringPolicy(List<BigDecimal> points, boolean floorAtLevelOne, int comparisonScale,
        int divisionScale, boolean interpolateByDefault) {

    /** The FY2564 rules of SPEC section 3. */
    public static final ScoringPolicy FY2564 = new ScoringPolicy(
            List.of(BigDecimal.valueOf(60), BigDecimal.valueOf(70), BigDecimal.valueOf(80), BigDecimal.valueOf(90),
                    BigDecimal.valueOf(100)),
            true, 2, 10, false);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScoringPolicy {
        points = List.copyOf(points);
        if (points.size() != 5) {
            throw new IllegalArgumentException("points must list levels 1 to 5, got " + points.size());
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).compareTo(points.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("points must increase with the level: " + points);
            }
        }
        if (comparisonScale < 0 || divisionScale < comparisonScale) {
            throw new IllegalArgumentException("scales must satisfy 0 <= comparison <= division");
        }
    }

    /** The points of level 1..5; level 0 (below level 1) scores level 1's points under the floor rule, else 0. */
    public BigDecimal pointsOf(int level) {
        if (level <= 0) {
            return floorAtLevelOne ? points.get(0) : BigDecimal.ZERO;
        }
        return points.get(level - 1);
    }

    /** Whether a stated and a recomputed number are equal at the comparison precision. */
    public boolean same(BigDecimal stated, BigDecimal recomputed) {
        return round(stated).compareTo(round(recomputed)) == 0;
    }

    /** A number rounded half-up to the comparison precision. */
    public BigDecimal round(BigDecimal n) {
        return n.setScale(comparisonScale, RoundingMode.HALF_UP);
    }

    /**
     * The weight if it can be scored with, else {@code null}: a weight outside 0-100 is an
     * INVALID_VALUE finding, and computing with it would only spread the error to every total.
     */
    public static BigDecimal usableWeight(BigDecimal weight) {
        return weight != null && weight.signum() >= 0 && weight.compareTo(HUNDRED) <= 0 ? weight : null;
    }

    /** weight × score / 100, exactly. */
    public static BigDecimal weighted(BigDecimal weight, BigDecimal score) {
        return weight.multiply(score).divide(HUNDRED);
    }
}
