package org.kpiconsolidator.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.model.UnitGroup;

/**
 * A whole submission recomputed.
 *
 * @param group the unit group that picked group-specific rubric rows, or {@code null}
 * @param total the sum of every recomputed weighted score
 * @param statedTotal the sum of the stated block subtotals (forms print no grand total); empty when
 *     nothing is stated
 */
public record SubmissionScore(Submission submission, UnitGroup group, List<BlockScore> blocks, BigDecimal total,
        Optional<BigDecimal> statedTotal) {

    public SubmissionScore {
        blocks = List.copyOf(blocks);
    }

    public List<IndicatorScore> indicators() {
        return blocks.stream().flatMap(b -> b.indicators().stream()).toList();
    }
}
