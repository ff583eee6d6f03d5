package org.kpiconsolidator.consolidate;

/**
 * A unit's place by recomputed total: 1 is the highest total. Units with equal totals (at the
 * 4 decimals the outputs keep) share a place and the next place is skipped (1, 2, 2, 4).
 *
 * @param overall the place among every ranked file, or {@code null} when the file is not ranked
 * @param inGroup the place among the ranked files of the same unit group, or {@code null} when the
 *     file is not ranked or its group is unknown
 */
public record Rank(Integer overall, Integer inGroup) {

    public static final Rank NONE = new Rank(null, null);
}
