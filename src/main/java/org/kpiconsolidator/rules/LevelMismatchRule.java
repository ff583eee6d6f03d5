package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.scoring.IndicatorScore;

/**
 * LEVEL_MISMATCH: the level printed in the summary or detail table differs from the results
 * table's level, or from the level its measured value reaches (a value below level 1 is level 0,
 * printed {@code ต่ำกว่าระดับ 1}). When the result cannot be placed on a rubric, the detail table's
 * level is compared with the summary table's.
 */
public final class LevelMismatchRule implements FormRule {

    /** {@code detail} of a detail-table level compared with the summary table's, not with a result. */
    public static final String AGAINST_SUMMARY = "summary";

    @Override
    public Set<Code> codes() {
        return Set.of(Code.LEVEL_MISMATCH);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            if (s.recomputed().isEmpty()) {
                s.indicator().summary().filter(row -> row.level().isPresent()).ifPresent(row -> s.indicator()
                        .detail().ifPresent(d -> compare(s, d.achieved(), row.level().value(), Field.DETAIL_LEVEL, AGAINST_SUMMARY,
                                out)));
                continue;
            }
            int reached = s.recomputed().get().level();
            s.indicator().summary().ifPresent(row -> compare(s, row.level(), reached, Field.SUMMARY_LEVEL, "", out));
            s.indicator().detail().ifPresent(d -> compare(s, d.achieved(), reached, Field.DETAIL_LEVEL, "", out));
        }
    }

    private static void compare(IndicatorScore s, Sourced<Integer> stated, int reached, Field field, String detail,
            Consumer<Finding> out) {
        if (stated.isPresent() && stated.value() != reached) {
            out.accept(Findings.about(Code.LEVEL_MISMATCH, s, field, stated.cell())
                    .stated(Integer.toString(stated.value()))
                    .expected(Integer.toString(reached))
                    .detail(detail)
                    .build());
        }
    }
}
