package org.kpiconsolidator.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.BatchRule;
import org.kpiconsolidator.consolidate.BatchRules;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.workbook.PoiWorkbookReader;
import org.kpiconsolidator.workbook.WorkbookReader;

/**
 * Runs a batch: lists the input files, processes them in parallel, merges the outcomes in file
 * order (so the result does not depend on the thread count), then applies the batch rules.
 */
public final class BatchRunner {

    private final WorkbookReader reader;

    public BatchRunner() {
        this(new PoiWorkbookReader());
    }

    public BatchRunner(WorkbookReader reader) {
        this.reader = reader;
    }

    /**
     * @param progress told about each file when it is done (from worker threads)
     * @throws IOException when an input folder cannot be listed
     */
    public Consolidation run(RunSettings settings, Consumer<FileOutcome> progress) throws IOException {
        List<InputFile> files = InputWalker.walk(settings.inputs(), settings.outputDir());
        List<FileOutcome> outcomes = processAll(files, settings, progress);
        Integer year = BatchRules.fiscalYear(outcomes, settings.fiscalYear());
        Map<String, List<Finding>> byFile = new HashMap<>();
        List<Finding> batchFindings = new ArrayList<>();
        BatchRule.BatchContext context = new BatchRule.BatchContext(outcomes, year, settings.reference().roster());
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
        return new Consolidation(year, merged, batchFindings);
    }

    private List<FileOutcome> processAll(List<InputFile> files, RunSettings settings, Consumer<FileOutcome> progress) {
        FileProcessor processor = new FileProcessor(reader, settings);
        if (settings.threads() == 1 || files.size() < 2) {
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (InputFile f : files) {
                FileOutcome o = processor.process(f);
                progress.accept(o);
                outcomes.add(o);
            }
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), files.size()), r -> {
            Thread t = new Thread(r, "kpi-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(files.size());
            for (InputFile f : files) {
                futures.add(pool.submit(() -> {
                    FileOutcome o = processor.process(f);
                    progress.accept(o);
                    return o;
                }));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (Future<FileOutcome> future : futures) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileOutcome await(Future<FileOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the batch", e);
        } catch (ExecutionException e) {
            // process() catches every exception a file can cause; reaching here is a bug.
            throw new IllegalStateException("internal error while reading a file", e.getCause());
        }
    }
}
