package org.kpiconsolidator.template;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.template.TemplateIndicator.ResultKind;

/**
 * One block of the form (one component, or one sub-indicator of component 5), rendered on its own
 * sheet.
 *
 * @param component 1..5
 * @param title the component title after {@code องค์ประกอบที่ N :}
 * @param indicatorTitle the indicator-group title after {@code ตัวชี้วัด :}
 * @param subIndicator the sub-indicator line ({@code 5.1 ความสำเร็จของ...}), or empty
 * @param shape the results table's shape: with an indicator column and a subtotal row, or the
 *     single-indicator table of components 4 and 5
 * @param interpolate the rubric prints {@code ช่วงการปรับเกณฑ์การให้คะแนน}: measured values are
 *     interpolated between levels. One line covers the whole rubric table, so one block cannot mix.
 * @param groupThresholds for a rubric by unit group ({@code กลุ่มหน่วยงาน A}..{@code D}): each
 *     group's five thresholds; empty otherwise. The unit's group picks the row.
 * @param indicators the rows, in order; a blank form has empty slots the unit fills in
 */
public record TemplateBlock(int component, String title, String indicatorTitle, String subIndicator, Shape shape,
        boolean interpolate, Map<UnitGroup, List<BigDecimal>> groupThresholds, List<TemplateIndicator> indicators) {

    /** The two shapes of the results table (SPEC 2.3). */
    public enum Shape {
        /** {@code ตัวชี้วัด | น้ำหนัก | ผลการดำเนินการ | ค่าคะแนนที่ได้ | ค่าคะแนนถ่วงน้ำหนัก}, then a subtotal row. */
        MULTI,
        /** {@code น้ำหนัก | ผลการดำเนินงาน | คะแนนที่ได้ | ค่าคะแนนถ่วงน้ำหนัก}: one indicator, no subtotal. */
        SINGLE
    }

    public TemplateBlock {
        if (component < 1 || component > 5) {
            throw new IllegalArgumentException("component must be 1-5, got " + component);
        }
        title = title == null ? "" : title.trim();
        indicatorTitle = indicatorTitle == null ? "" : indicatorTitle.trim();
        subIndicator = subIndicator == null ? "" : subIndicator.trim();
        indicators = List.copyOf(indicators);
        Map<UnitGroup, List<BigDecimal>> groups = new EnumMap<>(UnitGroup.class);
        groupThresholds.forEach((g, t) -> groups.put(g, List.copyOf(t)));
        groupThresholds = java.util.Collections.unmodifiableMap(groups);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("component " + component + ": a block needs at least one indicator");
        }
        if (shape == Shape.SINGLE && indicators.size() != 1) {
            throw new IllegalArgumentException("component " + component
                    + ": the single-indicator table holds one indicator, got " + indicators.size());
        }
        if (!groupThresholds.isEmpty()) {
            if (shape != Shape.SINGLE || indicators.get(0).kind() != ResultKind.VALUE) {
                throw new IllegalArgumentException("component " + component
                        + ": a rubric by unit group scores one measured indicator");
            }
            groupThresholds.forEach((g, t) -> {
                if (t.size() != 5) {
                    throw new IllegalArgumentException("component " + component + " group " + g
                            + ": 5 thresholds expected, got " + t.size());
                }
            });
        }
    }

    /** A rubric with one row per unit group. */
    public boolean groupRubric() {
        return !groupThresholds.isEmpty();
    }

    /** The number of the sub-indicator line ({@code 5.1}), or empty. */
    public String subIndicatorNumber() {
        int space = subIndicator.indexOf(' ');
        String first = space < 0 ? subIndicator : subIndicator.substring(0, space);
        return first.matches("\\d+\\.\\d+") ? first : "";
    }

    /** The sheet this block is written on: {@code องค์ประกอบที่ 1}, or {@code ตัวชี้วัด 5.1}. */
    public String sheetName() {
        String sub = subIndicatorNumber();
        return sub.isEmpty() ? "องค์ประกอบที่ " + component : "ตัวชี้วัด " + sub;
    }
}
