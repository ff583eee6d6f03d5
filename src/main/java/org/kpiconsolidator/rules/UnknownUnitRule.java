package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.reference.UnitMatch;

/**
 * UNKNOWN_UNIT: with a roster, the unit the form names matches no roster unit by name, alias or
 * prefix. Once per file, at the cell that names the unit. A form naming no unit at all is
 * MISSING_FIELD instead.
 */
public final class UnknownUnitRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.UNKNOWN_UNIT);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        UnitMatch unit = form.reference().unit();
        if (!form.reference().rosterGiven() || unit.rosterUnit().isPresent() || unit.formName().isEmpty()) {
            return;
        }
        out.accept(Finding.of(Code.UNKNOWN_UNIT).at(unit.nameCell()).field(Field.UNIT).stated(unit.formName())
                .build());
    }
}
