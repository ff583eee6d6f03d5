package org.kpiconsolidator.output.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.scoring.ScoringPolicy;

/** Real batches run through the pipeline and written as the consolidated workbook, for the tests here. */
final class Batches {

    /** The committed sample submissions (the working directory of the tests is the project root). */
    static final Path SAMPLES = Path.of(System.getProperty("kpi.samples", "samples"));

    private Batches() {
    }

    /** A consolidation and the workbook written from it. */
    record Written(Consolidation run, RunSettings settings, Path workbook) {
    }

    static Written write(Path input, Path out, boolean includeContacts, Language language) {
        try {
            Files.createDirectories(out);
            RunSettings settings = new RunSettings(List.of(input), out, null, 2, FailOn.ERROR, language,
                    includeContacts, ScoringPolicy.FY2564);
            Consolidation c = new BatchRunner().run(settings, f -> { });
            ConsolidatedWorkbook.write(c, settings);
            return new Written(c, settings, out.resolve(ConsolidatedWorkbook.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Written samples(Path out) {
        return write(SAMPLES, out, false, Language.TH);
    }
}
