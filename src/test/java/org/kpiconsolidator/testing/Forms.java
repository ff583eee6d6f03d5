package org.kpiconsolidator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.form.FormReader;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.pipeline.FileProcessor;
import org.kpiconsolidator.reference.ReferenceData;
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
        return process(file, ReferenceData.NONE);
    }

    /** One file through every per-file stage, as {@code consolidate --roster --agreements} runs it. */
    public static FileOutcome process(Path file, ReferenceData reference) {
        RunSettings defaults = RunSettings.defaults(List.of(file), file.getParent().resolve("out"));
        RunSettings settings = new RunSettings(defaults.inputs(), defaults.outputDir(), null, 1, defaults.failOn(),
                defaults.language(), false, defaults.policy(), reference, RuleSelection.ALL);
        return new FileProcessor(new PoiWorkbookReader(), settings)
                .process(new InputFile(file, file.getFileName().toString(), null));
    }

    /** Renders a form and returns its findings. */
    public static List<Finding> findings(FormSpec spec, Layout layout, Path dir, String fileName) {
        return findings(spec, layout, dir, fileName, ReferenceData.NONE);
    }

    /** Renders a form and returns its findings with reference data. */
    public static List<Finding> findings(FormSpec spec, Layout layout, Path dir, String fileName,
            ReferenceData reference) {
        return process(render(spec, layout, dir, fileName), reference).findings();
    }

    /** Renders a form into {@code dir}. */
    public static Path render(FormSpec spec, Layout layout, Path dir, String fileName) {
        Path file = dir.resolve(fileName);
        try {
            FormRenderer.render(spec, file, layout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The findings of one code. */
    public static List<Finding> ofCode(List<Finding> findings, Code code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }
}
