package org.kpiconsolidator.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.ThaiText;

/**
 * One indicator row of a template block: what the agreement fixes (name, weight, thresholds,
 * target) and how the unit reports its result. Every agreement field may be absent, and then the
 * unit fills it in.
 *
 * @param number the indicator number as printed ({@code 1}, {@code 5.1}); empty for a blank slot
 *     (the unit types {@code 1. name} itself) or for a single-indicator block, which prints none
 * @param name the indicator's name; empty when the unit fills it in
 * @param weight น้ำหนัก (ร้อยละ), or {@code null}
 * @param thresholds the rubric cells of levels 1 to 5: plain numbers, or milestone texts; empty
 *     when the unit fills them in
 * @param targetLevel เป้าหมาย 1-5, or {@code null}
 * @param kind whether the unit picks a level or types a measured value
 */
public record TemplateIndicator(String number, String name, BigDecimal weight, List<String> thresholds,
        Integer targetLevel, ResultKind kind) {

    /** How the result cell is filled in. */
    public enum ResultKind {
        /** A level from the dropdown ({@code ระดับ 1}..{@code ระดับ 5}, {@code ต่ำกว่าระดับ 1}); points by level. */
        LEVEL,
        /** A measured number, placed on the numeric thresholds (step or interpolated, floor and cap). */
        VALUE
    }

    public TemplateIndicator {
        number = number == null ? "" : number.trim();
        name = name == null ? "" : name.trim();
        thresholds = thresholds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(thresholds));
        if (!thresholds.isEmpty() && thresholds.size() != 5) {
            throw new IllegalArgumentException("indicator " + number + ": a rubric has 5 thresholds, got "
                    + thresholds.size());
        }
        if (weight != null && (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("indicator " + number + ": weight " + weight + " is not 0-100");
        }
        if (targetLevel != null && (targetLevel < 1 || targetLevel > 5)) {
            throw new IllegalArgumentException("indicator " + number + ": target level " + targetLevel + " is not 1-5");
        }
        if (kind == null) {
            throw new IllegalArgumentException("indicator " + number + ": result kind missing");
        }
        if (kind == ResultKind.VALUE && !thresholds.isEmpty() && !allNumeric(thresholds)) {
            throw new IllegalArgumentException("indicator " + number
                    + ": a measured result needs numeric thresholds, got " + thresholds);
        }
    }

    /**
     * An agreed indicator. Numeric thresholds make it value-based (the template computes the level
     * from the number the unit types); milestone texts make it level-based.
     */
    public static TemplateIndicator agreed(String number, String name, BigDecimal weight, List<String> thresholds,
            Integer targetLevel) {
        ResultKind kind = thresholds != null && thresholds.size() == 5 && allNumeric(thresholds)
                ? ResultKind.VALUE : ResultKind.LEVEL;
        return new TemplateIndicator(number, name, weight, thresholds, targetLevel, kind);
    }

    /** An empty row the unit fills in completely. */
    public static TemplateIndicator slot(ResultKind kind) {
        return new TemplateIndicator("", "", null, List.of(), null, kind);
    }

    /** The numeric threshold of a level 1..5. */
    BigDecimal threshold(int level) {
        return Numbers.parse(ThaiText.normalize(thresholds.get(level - 1)));
    }

    /** Plain numbers only: a bound such as {@code ≤ 60} has no single value a formula can compare with. */
    static boolean allNumeric(List<String> thresholds) {
        for (String t : thresholds) {
            Numbers.Parsed p = t == null ? null : Numbers.parseDetailed(ThaiText.normalize(t));
            if (p == null || p.bound() != Numbers.Bound.NONE) {
                return false;
            }
        }
        return true;
    }
}
