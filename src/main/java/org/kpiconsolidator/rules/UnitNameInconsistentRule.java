package org.kpiconsolidator.rules;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.consolidate.UnitNames;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Sourced;

/**
 * UNIT_NAME_INCONSISTENT: a block names another unit than the file's (SPEC 2.1: one unit per file,
 * the name most blocks give). Spelling variants of one unit are not inconsistent.
 */
public final class UnitNameInconsistentRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.UNIT_NAME_INCONSISTENT);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        String fileUnit = UnitNames.fileUnit(form.submission());
        if (fileUnit.isEmpty()) {
            return;
        }
        String fileKey = UnitNames.keyOf(fileUnit);
        for (FormBlock block : form.submission().blocks()) {
            Sourced<String> name = block.header().unitName();
            if (name.isPresent() && !name.value().isBlank() && !UnitNames.keyOf(name.value()).equals(fileKey)) {
                String indicator = block.indicators().size() == 1 ? block.indicators().get(0).number() : "";
                out.accept(Finding.of(Code.UNIT_NAME_INCONSISTENT).at(name.cell()).component(block.component())
                        .indicator(indicator).field(Field.UNIT).stated(name.value()).expected(fileUnit).build());
            }
        }
    }
}
