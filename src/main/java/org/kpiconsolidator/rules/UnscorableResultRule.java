package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.ResultRow;
import org.kpiconsolidator.scoring.IndicatorScore;

/**
 * MISSING_FIELD for a measured result that has nothing to be placed on: no rubric row for the
 * indicator, a rubric of textual milestones, or a group-specific rubric without a known unit group.
 * The indicator counts nothing in the recomputed total until that is fixed.
 */
public final class UnscorableResultRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.MISSING_FIELD);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            ResultRow row = s.indicator().results();
            if (!(row.result().value() instanceof Result.Measured) || s.recomputed().isPresent()) {
                continue;
            }
            boolean groupRubric = s.block().rubric().map(r -> r.groupSpecific()).orElse(false);
            Field field = groupRubric && form.score().group() == null ? Field.GROUP : Field.RUBRIC_THRESHOLDS;
            out.accept(Findings.about(Code.MISSING_FIELD, s, field, row.result().cell())
                    .stated(row.result().raw()).build());
        }
    }
}
