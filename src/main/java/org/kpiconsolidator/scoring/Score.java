package org.kpiconsolidator.scoring;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A recomputed score.
 *
 * @param level the level reached, 0 when below level 1
 * @param score the points, at full precision
 * @param weighted weight × score / 100, or {@code null} when the weight is unknown
 */
public record Score(int level, BigDecimal score, BigDecimal weighted) implements Serializable {
}
