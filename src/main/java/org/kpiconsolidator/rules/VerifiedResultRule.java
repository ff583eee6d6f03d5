package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.Verification;
import org.kpiconsolidator.text.Decimals;

/**
 * VERIFIED_RESULT: the office verified an indicator ({@code --verified}) and the unit's total uses
 * its result instead of the unit's. Keyed at the unit's result cell, so the log shows both: what the
 * unit wrote ({@code stated}) and what the office accepts ({@code expected}), with the reason and
 * reviewer. A verified value that cannot be placed on the rubric is not used (VERIFIED_UNMATCHED).
 */
public final class VerifiedResultRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.VERIFIED_RESULT);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            if (s.verification().isEmpty() || s.verified().isEmpty()) {
                continue;
            }
            Verification v = s.verification().get();
            out.accept(Findings.about(Code.VERIFIED_RESULT, s, Field.RESULT, s.indicator().results().result().cell())
                    .stated(s.indicator().results().result().raw())
                    .expected(text(v.result()))
                    .detail(v.reason() + " (" + v.reviewer() + ")").build());
        }
    }

    /** A result as a reviewer writes it: {@code ระดับ 3}, or the value. */
    static String text(Result result) {
        return result instanceof Result.Level l ? "ระดับ " + l.level()
                : Decimals.format(((Result.Measured) result).value());
    }
}
