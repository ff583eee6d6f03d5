package org.kpiconsolidator.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.model.UnitGroup;

/**
 * A whole submission recomputed.
 *
 * @param group the unit group that picked group-specific rubric rows, or {@code null}
 * @param total the sum of every weighted score of record: recomputed from the unit's results, with
 *     the office's verified results in place of the unit's where it gave them
 * @param statedTotal the sum of the stated block subtotals (forms print no grand total); empty when
 *     nothing is stated
 */
public record SubmissionScore(Submission submission, UnitGroup group, List<BlockScore> blocks, BigDecimal total,
        Optional<BigDecimal> statedTotal) implements Serializable {

    public SubmissionScore {
        blocks = List.copyOf(blocks);
    }

    /** The sum of the block subtotals recomputed from the unit's own results (no verified result). */
    public BigDecimal selfAssessedTotal() {
        return blocks.stream().map(BlockScore::recomputedSubtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the office verified any of the unit's indicators. */
    public boolean hasVerified() {
        return indicators().stream().anyMatch(i -> i.verification().isPresent());
    }

    public List<IndicatorScore> indicators() {
        return blocks.stream().flatMap(b -> b.indicators().stream()).toList();
    }
}
