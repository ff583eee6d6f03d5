package org.kpiconsolidator.model;

import java.io.Serializable;
import org.kpiconsolidator.model.constraint.Required;

/**
 * The label lines at the top of a block.
 *
 * @param unitName หน่วยงาน
 * @param fiscalYear the Buddhist Era year of the title line
 * @param group the checked กลุ่มหน่วยงาน box, when the block prints one
 * @param component องค์ประกอบที่ N
 * @param subIndicator the number of a sub-indicator line such as {@code 5.1}, or empty
 */
public record BlockHeader(
        @Required Sourced<String> unitName,
        Sourced<Integer> fiscalYear,
        Sourced<UnitGroup> group,
        Sourced<Integer> component,
        String componentTitle,
        String indicatorTitle,
        String subIndicator,
        String subIndicatorTitle,
        Contact contact) implements Serializable {
}
