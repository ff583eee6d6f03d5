package org.kpiconsolidator.consolidate;

import java.util.Set;
import java.util.function.Consumer;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;

/** FISCAL_YEAR_MISMATCH: a form's year differs from the year being consolidated. Once per file. */
public final class FiscalYearMismatchRule implements BatchRule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.FISCAL_YEAR_MISMATCH);
    }

    @Override
    public void check(BatchContext batch, Consumer<Finding> out) {
        if (batch.fiscalYear() == null) {
            return;
        }
        for (FileOutcome f : batch.files()) {
            if (f.isForm() && f.fiscalYear() != null && !f.fiscalYear().equals(batch.fiscalYear())) {
                out.accept(Finding.of(Code.FISCAL_YEAR_MISMATCH).file(f.file().name()).at(f.yearCell())
                        .unit(f.unit(), f.unitKey()).field(Field.YEAR)
                        .stated(f.fiscalYear().toString()).expected(batch.fiscalYear().toString()).build());
            }
        }
    }
}
