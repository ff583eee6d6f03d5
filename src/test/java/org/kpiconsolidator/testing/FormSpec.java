package org.kpiconsolidator.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one unit types into its report form for one fiscal year. Test-side model: {@link FormRenderer}
 * turns it into a workbook. Cell values anywhere in the model are {@code Object}s: a {@link Number}
 * (numeric cell), a {@link String} (text cell), {@code null} (blank) or a {@link Formula}.
 *
 * @param unitName the unit as its blocks name it unless a block overrides it
 * @param fiscalYearBE Buddhist Era year, e.g. 2564
 * @param groupLetter the group ticked on {@code กลุ่มหน่วยงาน :} lines, A-D, or {@code null}
 */
public record FormSpec(String unitName, int fiscalYearBE, String groupLetter, List<BlockSpec> blocks) {

    public FormSpec {
        if (groupLetter != null && !groupLetter.matches("[A-D]")) {
            throw new IllegalArgumentException("group must be A, B, C or D, not " + groupLetter);
        }
        blocks = List.copyOf(blocks);
    }

    public FormSpec withBlock(int index, UnaryOperator<BlockSpec> change) {
        List<BlockSpec> changed = new ArrayList<>(blocks);
        changed.set(index, change.apply(blocks.get(index)));
        return new FormSpec(unitName, fiscalYearBE, groupLetter, changed);
    }

    public FormSpec withUnitName(String name) {
        return new FormSpec(name, fiscalYearBE, groupLetter, blocks);
    }

    public FormSpec withGroupLetter(String letter) {
        return new FormSpec(unitName, fiscalYearBE, letter, blocks);
    }

    public FormSpec withFiscalYearBE(int year) {
        return new FormSpec(unitName, year, groupLetter, blocks);
    }
}
