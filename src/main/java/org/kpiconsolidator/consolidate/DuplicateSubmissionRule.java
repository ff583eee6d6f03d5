package org.kpiconsolidator.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;

/**
 * DUPLICATE_SUBMISSION: two or more files for the same unit and the same fiscal year. Every file of
 * the group is listed, each naming the others; none is dropped from the consolidation.
 */
public final class DuplicateSubmissionRule implements BatchRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.DUPLICATE_SUBMISSION);
    }

    @Override
    public void check(BatchContext batch, Consumer<Finding> out) {
        Map<String, List<FileOutcome>> byUnitAndYear = new LinkedHashMap<>();
        for (FileOutcome f : batch.files()) {
            if (f.isForm() && !f.unitKey().isEmpty()) {
                byUnitAndYear.computeIfAbsent(f.unitKey() + "|" + f.fiscalYear(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<FileOutcome> group : byUnitAndYear.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (FileOutcome f : group) {
                List<String> others = group.stream().filter(o -> o != f).map(o -> o.file().name()).toList();
                out.accept(Finding.of(Code.DUPLICATE_SUBMISSION).file(f.file().name()).unit(f.unit(), f.unitKey())
                        .field(Field.FILE).stated(f.file().name()).detail(String.join(", ", others)).build());
            }
        }
    }
}
