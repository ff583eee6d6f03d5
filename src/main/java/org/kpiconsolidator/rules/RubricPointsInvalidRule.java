package org.kpiconsolidator.rules;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.RubricLevel;
import org.kpiconsolidator.text.Decimals;

/**
 * RUBRIC_POINTS_INVALID: a rubric header prints points other than the official ones (the seed's
 * component 2: {@code ระดับ 4 (80 คะแนน)}). One finding per rubric table, at the first wrong level,
 * keyed with an empty indicator. Recomputation uses the official points regardless.
 */
public final class RubricPointsInvalidRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.RUBRIC_POINTS_INVALID);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (FormBlock block : form.submission().blocks()) {
            block.rubric().ifPresent(rubric -> {
                for (RubricLevel level : rubric.levels()) {
                    if (!level.points().isPresent()) {
                        continue;
                    }
                    BigDecimal official = form.policy().pointsOf(level.level());
                    if (level.points().value().compareTo(official) != 0) {
                        out.accept(Finding.of(Code.RUBRIC_POINTS_INVALID).at(level.points().cell())
                                .component(block.component()).field(Field.RUBRIC_POINTS)
                                .stated(Decimals.format(level.points().value()))
                                .expected(Decimals.format(official))
                                .detail(Integer.toString(level.level())).build());
                        return;
                    }
                }
            });
        }
    }
}
