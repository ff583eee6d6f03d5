package org.kpiconsolidator.consolidate;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.reference.UnitKeys;
import org.kpiconsolidator.reference.VerifiedResults;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.text.Decimals;

/**
 * VERIFIED_UNMATCHED: a verified result ({@code --verified}) that no form of the batch used: its
 * unit sent no form, the unit or indicator is misspelt, or its value cannot be placed on the
 * indicator's rubric. Reported so the office's decisions are never silently dropped.
 */
public final class VerifiedUnmatchedRule implements BatchRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.VERIFIED_UNMATCHED);
    }

    @Override
    public void check(BatchContext batch, Consumer<Finding> out) {
        if (batch.verified().entries().isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (FileOutcome f : batch.files()) {
            f.score().ifPresent(score -> {
                for (IndicatorScore s : score.indicators()) {
                    if (s.verified().isPresent()) {
                        used.add(s.verification().orElseThrow().source());
                    }
                }
            });
        }
        for (VerifiedResults.Entry e : batch.verified().entries()) {
            if (used.contains(e.verification().source())) {
                continue;
            }
            Result r = e.verification().result();
            out.accept(Finding.of(Code.VERIFIED_UNMATCHED).unit(e.unit(), UnitKeys.of(e.unit()))
                    .component(e.key().component()).indicator(e.key().indicator()).field(Field.RESULT)
                    .stated(e.unit())
                    .expected(r instanceof Result.Level l ? "ระดับ " + l.level()
                            : Decimals.format(((Result.Measured) r).value()))
                    .detail(e.verification().source()).build());
        }
    }
}
