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
 * printed {@code ต่ำกว่าระดับ 1}).
 */
public final class LevelMismatchRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.LEVEL_MISMATCH);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            if (s.recomputed().isEmpty()) {
                continue;
            }
            int reached = s.recomputed().get().level();
            s.indicator().summary().ifPresent(row -> compare(s, row.level(), reached, Field.SUMMARY_LEVEL, out));
            s.indicator().detail().ifPresent(d -> compare(s, d.achieved(), reached, Field.DETAIL_LEVEL, out));
        }
    }

    private static void compare(IndicatorScore s, Sourced<Integer> stated, int reached, Field field,
            Consumer<Finding> out) {
        if (stated.isPresent() && stated.value() != reached) {
            out.accept(Findings.about(Code.LEVEL_MISMATCH, s, field, stated.cell())
                    .stated(Integer.toString(stated.value()))
                    .expected(Integer.toString(reached))
                    .build());
        }
    }
}
