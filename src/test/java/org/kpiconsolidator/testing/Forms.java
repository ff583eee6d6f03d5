package org.kpiconsolidator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.form.FormReader;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.pipeline.FileProcessor;
import org.kpiconsolidator.workbook.PoiWorkbookReader;
import org.kpiconsolidator.workbook.UnreadableWorkbookException;

/** Runs real workbooks through the product's stages for tests: read, or read and check. */
public final class Forms {

    private Forms() {
    }

    /** The submission read from a workbook file. */
    public static Submission read(Path file) {
        try {
            return new FormReader().read(new PoiWorkbookReader().read(file)).submission()
                    .orElseThrow(() -> new AssertionError("no form block found in " + file));
        } catch (UnreadableWorkbookException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One file through every per-file stage, as {@code consolidate} runs it. */
    public static FileOutcome process(Path file) {
        RunSettings settings = RunSettings.defaults(List.of(file), file.getParent().resolve("out"));
        return new FileProcessor(new PoiWorkbookReader(), settings)
                .process(new InputFile(file, file.getFileName().toString(), null));
    }

    /** Renders a form and returns its findings. */
    public static List<Finding> findings(FormSpec spec, Layout layout, Path dir, String fileName) {
        Path file = dir.resolve(fileName);
        try {
            FormRenderer.render(spec, file, layout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return process(file).findings();
    }

    /** The findings of one code. */
    public static List<Finding> ofCode(List<Finding> findings, Code code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }
}
