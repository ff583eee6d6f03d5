package org.kpiconsolidator.rules;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.UnitGroup;

/**
 * GROUP_MISMATCH: a block checks another unit group (กลุ่มหน่วยงาน) than the roster gives the unit.
 * The roster's group scores the form regardless; each block whose box differs is reported at its
 * group line. A block that checks no box is not a mismatch.
 */
public final class GroupMismatchRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.GROUP_MISMATCH);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        Optional<UnitGroup> roster = form.reference().unit().rosterGroup();
        if (roster.isEmpty()) {
            return;
        }
        for (FormBlock block : form.submission().blocks()) {
            Sourced<UnitGroup> checked = block.header().group();
            if (checked.isPresent() && checked.value() != roster.get()) {
                out.accept(Finding.of(Code.GROUP_MISMATCH).at(checked.cell()).component(block.component())
                        .indicator(Findings.indicatorOf(block)).field(Field.GROUP)
                        .stated(checked.value().name()).expected(roster.get().name()).build());
            }
        }
    }
}
