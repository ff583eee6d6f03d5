package org.kpiconsolidator.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kpiconsolidator.scoring.ScoringPolicy;

/** Template-made forms for tests outside this package (the benchmark): made, filled in and saved as Excel saves them. */
public final class TemplateSamples {

    private TemplateSamples() {
    }

    /** The district form of {@link TemplateForms#bangKhae()} for unit {@code unitName}, filled in and recalculated. */
    public static Path filled(Path dir, String unitName, String fileName) throws IOException {
        TemplateContent c = TemplateForms.bangKhae();
        TemplateContent named = new TemplateContent(c.fiscalYear(), c.unitId(), unitName, c.group(), c.blocks(),
                c.agreed());
        Path work = Files.createTempDirectory(dir, "template");
        Path template = new TemplateWriter(ScoringPolicy.FY2564).write(named, work);
        Path out = dir.resolve(fileName);
        try (FormFiller form = FormFiller.open(template)) {
            TemplateForms.fillBangKhae(form);
            form.saveEvaluated(out);
        }
        Files.delete(template);
        Files.delete(work);
        return out;
    }
}
