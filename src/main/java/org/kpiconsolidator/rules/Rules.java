package org.kpiconsolidator.rules;

import java.util.List;

/** The per-form rules, in the one explicit list a run applies them from. */
public final class Rules {

    private Rules() {
    }

    /** Every per-form rule; a run may skip codes but never reorders or adds rules elsewhere. */
    public static List<FormRule> all() {
        return List.of(
                new FieldConstraintsRule(),
                new UnitNameInconsistentRule(),
                new UnknownUnitRule(),
                new GroupMismatchRule(),
                new RubricMismatchRule(),
                new UnscorableResultRule(),
                new RubricPointsInvalidRule(),
                new ThresholdsNotMonotonicRule(),
                new LevelMismatchRule(),
                new ScoreMismatchRule(),
                new WeightedMismatchRule(),
                new WeightInconsistentRule(),
                new WeightSumMismatchRule(),
                new SubtotalMismatchRule(),
                new MissingValueRule(),
                new MissingExplanationRule(),
                new VerifiedResultRule());
    }
}
