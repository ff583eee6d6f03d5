package org.kpiconsolidator.rules;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.consolidate.UnitNames;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.reference.RosterUnit;
import org.kpiconsolidator.reference.UnitKeys;
import org.kpiconsolidator.reference.UnitMatch;
import org.kpiconsolidator.text.ThaiText;

/**
 * UNIT_NAME_INCONSISTENT: a block names another unit than the file's (SPEC 2.1: one unit per file,
 * the one most blocks name). Spellings of one unit are not inconsistent: names with equal
 * {@link UnitKeys}, or, with a roster, names that match the same roster unit.
 */
public final class UnitNameInconsistentRule implements FormRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.UNIT_NAME_INCONSISTENT);
    }

    @Override
    public void check(FormContext form, Consumer<Finding> out) {
        FormReference reference = form.reference();
        UnitMatch file = reference.unit().formName().isEmpty()
                ? UnitNames.identify(form.submission(), Optional.empty()) : reference.unit();
        if (file.formName().isEmpty()) {
            return;
        }
        for (FormBlock block : form.submission().blocks()) {
            Sourced<String> name = block.header().unitName();
            if (!name.isPresent() || name.value().isBlank() || sameUnit(name.value(), file, reference)) {
                continue;
            }
            String indicator = block.indicators().size() == 1 ? block.indicators().get(0).number() : "";
            out.accept(Finding.of(Code.UNIT_NAME_INCONSISTENT).at(name.cell()).component(block.component())
                    .indicator(indicator).field(Field.UNIT).stated(name.value()).expected(file.displayName())
                    .build());
        }
    }

    private static boolean sameUnit(String name, UnitMatch file, FormReference reference) {
        Optional<RosterUnit> unit = reference.roster().flatMap(r -> r.match(ThaiText.normalize(name)));
        if (unit.isPresent() && file.rosterUnit().isPresent()) {
            return unit.get().id().equals(file.rosterUnit().get().id());
        }
        return UnitKeys.of(name).equals(UnitKeys.of(file.formName()));
    }
}
