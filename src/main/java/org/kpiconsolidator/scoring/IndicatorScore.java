package org.kpiconsolidator.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;

/**
 * One indicator with its recomputation.
 *
 * @param line the rubric line that scored it, when there is one
 * @param weight the weight the recomputation used (the form's, or the agreed one)
 * @param recomputed the score of the unit's own result, recomputed; empty when it cannot be scored
 * @param verification the office's verified result, when it gave one ({@code --verified})
 * @param verified the verified result scored on the same rubric line and weight; empty without a
 *     verification, or when its value cannot be placed on the rubric
 */
public record IndicatorScore(FormBlock block, Indicator indicator, Optional<RubricLine> line, BigDecimal weight,
        Optional<Score> recomputed, Optional<Verification> verification, Optional<Score> verified) implements Serializable {

    public IndicatorScore {
        verification = verification == null ? Optional.empty() : verification;
        verified = verified == null ? Optional.empty() : verified;
    }

    /** An indicator the office did not verify. */
    public IndicatorScore(FormBlock block, Indicator indicator, Optional<RubricLine> line, BigDecimal weight,
            Optional<Score> recomputed) {
        this(block, indicator, line, weight, recomputed, Optional.empty(), Optional.empty());
    }

    /**
     * The score of record: the verified one where the office verified the indicator (and its value
     * could be placed on the rubric), else the one recomputed from the unit's result.
     */
    public Optional<Score> ofRecord() {
        return verified.isPresent() ? verified : recomputed;
    }

    /** The component number as text ({@code 1}), empty when unknown. */
    public String component() {
        int c = block.component();
        return c <= 0 ? "" : Integer.toString(c);
    }

    /** The recomputed weighted score, or {@code null}. */
    public BigDecimal recomputedWeighted() {
        return recomputed.map(Score::weighted).orElse(null);
    }
}
