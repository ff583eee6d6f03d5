package org.kpiconsolidator.scoring;

import java.io.Serializable;
import java.util.Objects;
import org.kpiconsolidator.model.Result;

/**
 * The office's own verified result for one indicator of a unit ({@code --verified}): it replaces the
 * unit's result in the unit's total, while the checks of the form keep judging what the unit wrote.
 *
 * @param result the verified level, or the verified measured value placed on the indicator's rubric
 * @param reason why the office's result differs from (or confirms) the unit's
 * @param reviewer who verified it
 * @param source where the decision was read, {@code verified.csv:4}
 */
public record Verification(Result result, String reason, String reviewer, String source) implements Serializable {

    public Verification {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(source, "source");
    }
}
