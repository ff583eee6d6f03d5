package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.RubricRow;
import org.kpiconsolidator.scoring.Evaluator;
import org.kpiconsolidator.scoring.RubricLine;

/**
 * THRESHOLDS_NOT_MONOTONIC: a numeric rubric row that neither rises nor falls strictly from level 1
 * to level 5, so a value cannot be placed on it without ambiguity.
 */
public final class ThresholdsNotMonotonicRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.THRESHOLDS_NOT_MONOTONIC);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (FormBlock block : form.submission().blocks()) {
            block.rubric().ifPresent(rubric -> {
                for (RubricRow row : rubric.rows()) {
                    RubricLine line = Evaluator.lineOf(row, rubric.interpolate());
                    if (line.isNumeric() && !line.isStrictlyMonotonic()) {
                        String indicator = !row.indicatorNumber().isEmpty() ? row.indicatorNumber()
                                : block.indicators().size() == 1 ? block.indicators().get(0).number() : "";
                        out.accept(Finding.of(Code.THRESHOLDS_NOT_MONOTONIC).at(row.labelCell())
                                .component(block.component()).indicator(indicator)
                                .field(Field.RUBRIC_THRESHOLDS).stated(thresholdsText(line))
                                .detail(row.group() == null ? "" : row.group().name()).build());
                    }
                }
            });
        }
    }

    private static String thresholdsText(RubricLine line) {
        StringBuilder b = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
            if (k > 1) {
                b.append(" | ");
            }
            b.append(org.kpiconsolidator.text.Decimals.format(line.value(k)));
        }
        return b.toString();
    }
}
