package org.kpiconsolidator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kpiconsolidator.template.TemplateSamples;

/**
 * A batch of forms of every kind the reader meets, for tests that compare two runs of the same
 * batch: every sample, drifted forms (combined drifts, typed-over formulas, one block per sheet in
 * a legacy .xls) and forms made from the template and filled in.
 */
public final class MixedBatch {

    private MixedBatch() {
    }

    /** Writes the batch into {@code input}; {@code templateMade} forms made from the template. */
    public static void render(Path input, int templateMade) throws IOException {
        for (SampleForms.Sample s : SampleForms.all()) {
            s.render(input.resolve("samples"));
        }
        Path drifted = Files.createDirectories(input.resolve("drifted"));
        Drifts.render(ExtraForms.financeDepartment(), Drifts.combined(), drifted, ".xlsx");
        Drifts.render(SampleForms.environmentDepartment(), Drifts.formulas(), drifted, ".xlsx");
        Drifts.render(SampleForms.bangKhaeDistrict(), Drifts.onePerSheet(), drifted, ".xls");
        for (int i = 1; i <= templateMade; i++) {
            TemplateSamples.filled(input, "สำนักงานเขตทดสอบ " + i, "template-made-" + i + ".xlsx");
        }
    }
}
