package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.Score;
import org.kpiconsolidator.text.Decimals;

/**
 * SCORE_MISMATCH: the stated score (ค่าคะแนนที่ได้) differs from the rubric's score for the level or
 * value, with the official points, whatever points the form's header prints.
 */
public final class ScoreMismatchRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.SCORE_MISMATCH);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            Sourced<java.math.BigDecimal> stated = s.indicator().results().score();
            if (!stated.isPresent() || s.recomputed().isEmpty()) {
                continue;
            }
            Score expected = s.recomputed().get();
            if (!form.policy().same(stated.value(), expected.score())) {
                out.accept(Findings.about(Code.SCORE_MISMATCH, s, Field.SCORE, stated.cell())
                        .stated(Decimals.format(stated.value()))
                        .expected(Decimals.format(expected.score()))
                        .detail(Integer.toString(expected.level()))
                        .build());
            }
        }
    }
}
