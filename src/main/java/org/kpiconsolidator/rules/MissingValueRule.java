package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.ResultRow;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.Score;
import org.kpiconsolidator.text.Decimals;

/**
 * MISSING_VALUE: the stated score or weighted score is blank though a result is given. The
 * indicator is recomputed anyway; the finding tells the unit what to fill in.
 */
public final class MissingValueRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.MISSING_VALUE);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            ResultRow row = s.indicator().results();
            if (row.result().isBlank()) {
                continue;
            }
            if (row.score().isBlank()) {
                out.accept(Findings.about(Code.MISSING_VALUE, s, Field.SCORE, row.score().cell())
                        .expected(Decimals.format(s.recomputed().map(Score::score).orElse(null))).build());
            }
            if (row.weighted().isBlank()) {
                out.accept(Findings.about(Code.MISSING_VALUE, s, Field.WEIGHTED, row.weighted().cell())
                        .expected(Decimals.format(s.recomputedWeighted())).build());
            }
        }
    }
}
