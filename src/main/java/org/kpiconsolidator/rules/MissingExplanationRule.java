package org.kpiconsolidator.rules;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.DetailEntry;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.Narrative;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.SummaryRow;
import org.kpiconsolidator.reference.AgreedIndicator;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.Score;
import org.kpiconsolidator.text.ThaiText;
import org.kpiconsolidator.workbook.CellRef;

/**
 * MISSING_EXPLANATION (SPEC 4.1): the level achieved is below the target level (เป้าหมาย) of the
 * summary or detail table, and the explanation คำชี้แจงผลการปฏิบัติราชการ (กรณีการดำเนินการไม่เป็นไปตามเป้าหมาย)
 * is absent, blank, {@code -} or {@code ไม่มี}. The target is the agreed one when the agreements of
 * record give it, else the one printed. The level achieved is the recomputed one (a unit claiming its
 * target does not escape), else the level the form states. The explanation is the indicator's own
 * (after its detail table), else its block's. Not judged without a target, nor for an indicator
 * without summary and detail rows (single-indicator blocks have no place for an explanation).
 */
public final class MissingExplanationRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.MISSING_EXPLANATION);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        for (IndicatorScore s : form.score().indicators()) {
            Indicator indicator = s.indicator();
            if (indicator.summary().isEmpty() && indicator.detail().isEmpty()) {
                continue; // a single-indicator block has no target and no place for an explanation
            }
            IndicatorKey key = IndicatorKey.of(s.block(), indicator);
            Optional<Integer> target = form.reference().agreement().flatMap(a -> a.find(key))
                    .flatMap(AgreedIndicator::targetLevel)
                    .or(() -> printedTarget(indicator));
            Optional<Integer> achieved = s.recomputed().map(Score::level).or(() -> statedLevel(indicator));
            // A target that is not a level 1-5 (a value such as ร้อยละ 80) is INVALID_VALUE, not judged here.
            if (target.isEmpty() || target.get() < 1 || target.get() > 5 || achieved.isEmpty()
                    || achieved.get() >= target.get()) {
                continue;
            }
            Optional<Sourced<String>> explanation = indicator.detail()
                    .map(d -> d.narratives().get(Narrative.EXPLANATION))
                    .or(() -> Optional.ofNullable(s.block().narratives().get(Narrative.EXPLANATION)));
            if (explanation.isPresent() && says(explanation.get())) {
                continue;
            }
            CellRef at = explanation.map(Sourced::cell).orElseGet(() -> levelCell(indicator));
            out.accept(Findings.about(Code.MISSING_EXPLANATION, s, Field.EXPLANATION, at)
                    .stated(achieved.get().toString()).expected(target.get().toString()).build());
        }
    }

    /** The target the summary table, else the detail table, prints. */
    private static Optional<Integer> printedTarget(Indicator indicator) {
        return indicator.summary().map(SummaryRow::target).filter(Sourced::isPresent)
                .or(() -> indicator.detail().map(DetailEntry::target).filter(Sourced::isPresent))
                .map(Sourced::value);
    }

    /** The level the detail table, else the summary table, says was achieved. */
    private static Optional<Integer> statedLevel(Indicator indicator) {
        return indicator.detail().map(DetailEntry::achieved).filter(Sourced::isPresent)
                .or(() -> indicator.summary().map(SummaryRow::level).filter(Sourced::isPresent))
                .map(Sourced::value);
    }

    /** Where to point when the form has no explanation section at all: the achieved level. */
    private static CellRef levelCell(Indicator indicator) {
        return indicator.detail().map(d -> d.achieved().cell())
                .or(() -> indicator.summary().map(r -> r.level().cell()))
                .orElse(indicator.cell());
    }

    /** Whether a narrative says something: not blank, {@code -}, {@code ไม่มี} (none) or {@code n/a}. */
    static boolean says(Sourced<String> narrative) {
        if (!narrative.isPresent()) {
            return false;
        }
        String key = ThaiText.keyOf(narrative.value());
        if (key.startsWith("(") && key.indexOf(')') > 0) {
            // The rest of the label, "(กรณีการดำเนินการไม่เป็นไปตามเป้าหมาย)", may come with the text.
            key = key.substring(key.indexOf(')') + 1);
        }
        StringBuilder letters = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                letters.append(Character.toLowerCase(c));
            }
        }
        String text = letters.toString();
        return !(text.isEmpty() || text.equals("ไม่มี") || text.equals("none") || text.equals("na"));
    }
}
