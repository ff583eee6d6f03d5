package org.kpiconsolidator.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.BatchRule;
import org.kpiconsolidator.consolidate.BatchRules;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.review.Waiving;
import org.kpiconsolidator.workbook.WorkbookReader;
import org.kpiconsolidator.workbook.WorkbookReaders;

/**
 * Runs a batch: lists the input files, processes them in parallel (each file isolated, with a
 * deadline and a share of a fixed heap budget: see {@link FileScheduler}), merges the outcomes in
 * file order (so the result does not depend on the thread count), then applies the batch rules.
 */
public final class BatchRunner {

    private final WorkbookReader reader;

    /** A runner with the standard reader: .xlsx streamed, .xls and odd files read by POI. */
    public BatchRunner() {
        this(WorkbookReaders.standard());
    }

    public BatchRunner(WorkbookReader reader) {
        this.reader = reader;
    }

    /**
     * @param progress told about each file when it is done (from worker threads)
     * @throws IOException when an input folder cannot be listed
     */
    public Consolidation run(RunSettings settings, Consumer<FileOutcome> progress) throws IOException {
        return run(settings, new BatchProgress() {
            @Override
            public void started(int files) {
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                progress.accept(outcome);
            }
        });
    }

    /**
     * @param progress told how many files there are, then about each file when it is done
     * @throws IOException when an input folder cannot be listed
     */
    public Consolidation run(RunSettings settings, BatchProgress progress) throws IOException {
        List<InputFile> files = InputWalker.walk(settings.inputs(), settings.outputDir());
        progress.started(files.size());
        List<FileOutcome> outcomes = processAll(files, settings, progress::fileDone);
        Integer year = BatchRules.fiscalYear(outcomes, settings.fiscalYear());
        Map<String, List<Finding>> byFile = new HashMap<>();
        List<Finding> batchFindings = new ArrayList<>();
        BatchRule.BatchContext context = new BatchRule.BatchContext(outcomes, year, settings.reference().roster(),
                settings.review().verified());
        for (BatchRule rule : BatchRules.all()) {
            rule.check(context, found -> settings.rules().apply(found).ifPresent(f -> {
                if (f.file().isEmpty()) {
                    batchFindings.add(f);
                } else {
                    byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
                }
            }));
        }
        List<FileOutcome> merged = outcomes.stream()
                .map(o -> o.withFindings(byFile.getOrDefault(o.file().name(), List.of()))).toList();
        // The office's waivers apply to the run's findings as the log lists them, batch rules included.
        return Waiving.apply(new Consolidation(year, merged, batchFindings), settings.review().waivers(),
                settings.rules());
    }

    /**
     * Share of the heap the files read at once may hold; the rest is for the outcomes gathered so
     * far and for writing the outputs.
     */
    private static final double READ_BUDGET = 0.5;

    private List<FileOutcome> processAll(List<InputFile> files, RunSettings settings, Consumer<FileOutcome> progress) {
        FileProcessor processor = new FileProcessor(reader, settings);
        FileScheduler scheduler = new FileScheduler(settings.threads(), settings.fileTimeout(),
                (long) (Runtime.getRuntime().maxMemory() * READ_BUDGET));
        return scheduler.run(files, processor, f -> f.skipped() ? 0 : reader.heapEstimate(f.path()), progress);
    }
}
