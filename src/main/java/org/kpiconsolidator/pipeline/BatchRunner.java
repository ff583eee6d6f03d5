package org.kpiconsolidator.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.BatchRule;
import org.kpiconsolidator.consolidate.BatchRules;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.consolidate.ScoreSpill;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.review.Waiving;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.workbook.WorkbookReader;
import org.kpiconsolidator.workbook.WorkbookReaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch: lists the input files, processes them in parallel (each file isolated, with a
 * deadline and a share of a fixed heap budget: see {@link FileScheduler}), merges the outcomes in
 * file order (so the result does not depend on the thread count), then applies the batch rules.
 */
public final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    /**
     * The share of the heap the scores of a batch may take while they wait for the outputs. Scores
     * past it are written to a temporary file as soon as their form is read ({@link ScoreSpill}), so
     * the heap holds only what the batch rules and the summary need: ten thousand forms run in the
     * heap of a thousand. Scores within it stay in memory, which is quicker (reading a score back
     * costs about as much as scoring it).
     */
    private static final double HELD_SHARE = 0.25;

    /**
     * The heap a form's score takes at most for each byte of the file on disk: a 16 KB .xlsx form
     * holds about 50-60 KB (measured on the benchmark's forms). A batch under this bound holds every
     * score without measuring any; a larger one measures each score as it comes (a form with sheets
     * of other data is large on disk for the score it gives) and spills those past the budget.
     */
    private static final int HELD_BYTES_PER_FILE_BYTE = 4;

    private final WorkbookReader reader;
    private final long heldBudget;

    /** A runner with the standard reader: .xlsx streamed, .xls and odd files read by POI. */
    public BatchRunner() {
        this(WorkbookReaders.standard());
    }

    public BatchRunner(WorkbookReader reader) {
        this(reader, (long) (Runtime.getRuntime().maxMemory() * HELD_SHARE));
    }

    /**
     * @param heldBudget the heap, in bytes, the batch's scores may take; above it they are spilled to
     *     disk (0: always spilled)
     */
    public BatchRunner(WorkbookReader reader, long heldBudget) {
        this.reader = reader;
        this.heldBudget = heldBudget;
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
        Optional<ScoreSpill> spill = heldEstimate(files) > heldBudget ? newSpill() : Optional.empty();
        List<FileOutcome> outcomes = processAll(files, settings, spill, progress::fileDone);
        spill.ifPresent(s -> LOG.info("{} of {} forms' scores kept in the temporary file", outcomes.stream()
                .filter(o -> o.stored().isSpilled()).count(), outcomes.stream().filter(o -> o.stored().isPresent())
                .count()));
        // The outputs read spilled scores back in file order: the spill reads ahead of them.
        spill.ifPresent(s -> s.readInOrderOf(outcomes));
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

    private List<FileOutcome> processAll(List<InputFile> files, RunSettings settings, Optional<ScoreSpill> spill,
            Consumer<FileOutcome> progress) {
        FileScheduler.Work processor = new FileProcessor(reader, settings);
        if (spill.isPresent()) {
            processor = spilling(processor, spill.get(), new AtomicLong(heldBudget));
        }
        FileScheduler scheduler = new FileScheduler(settings.threads(), settings.fileTimeout(),
                (long) (Runtime.getRuntime().maxMemory() * READ_BUDGET));
        return scheduler.run(files, processor, f -> f.skipped() ? 0 : reader.heapEstimate(f.path()), progress);
    }

    private static Optional<ScoreSpill> newSpill() {
        try {
            Optional<ScoreSpill> spill = Optional.of(ScoreSpill.create());
            LOG.info("a large batch: the scores past a quarter of the heap are kept in a temporary file until the "
                    + "outputs are written");
            return spill;
        } catch (IOException e) {
            LOG.warn("cannot create a temporary file for the scores ({}); keeping them in memory", e.toString());
            return Optional.empty();
        }
    }

    /** What the scores of a batch would take if held, from the size of its files on disk. */
    private static long heldEstimate(List<InputFile> files) {
        long bytes = 0;
        for (InputFile f : files) {
            if (!f.skipped()) {
                try {
                    bytes += Files.size(f.path()) * HELD_BYTES_PER_FILE_BYTE;
                } catch (IOException e) {
                    // unreadable: it will get its finding, and no score
                }
            }
        }
        return bytes;
    }

    /**
     * The heap of a score, measured ({@link ScoreSpill#heapEstimate} writes it out) for the first
     * scores and one in {@value #MEASURE_EVERY} after, else the mean of those measured: measuring
     * every score took a twentieth of the reading time (with Java serialization).
     */
    private static final class Footprint {
        private static final int MEASURE_FIRST = 32;
        private static final int MEASURE_EVERY = 8;
        private final AtomicLong scores = new AtomicLong();
        private final AtomicLong measured = new AtomicLong();
        private final AtomicLong measuredBytes = new AtomicLong();

        long of(SubmissionScore score) {
            long n = scores.getAndIncrement();
            long m = measured.get();
            if (n < MEASURE_FIRST || n % MEASURE_EVERY == 0 || m == 0) {
                long bytes = ScoreSpill.heapEstimate(score);
                measuredBytes.addAndGet(bytes);
                measured.incrementAndGet();
                return bytes;
            }
            return measuredBytes.get() / m;
        }
    }

    /**
     * The same work, each form's score held while its estimated heap fits what is {@code left} of
     * the budget, else written to {@code spill}, by the thread that read it.
     */
    private static FileScheduler.Work spilling(FileScheduler.Work work, ScoreSpill spill, AtomicLong left) {
        Footprint footprint = new Footprint();
        return new FileScheduler.Work() {
            @Override
            public FileOutcome process(InputFile file) {
                FileOutcome outcome = work.process(file);
                Optional<SubmissionScore> score = outcome.score();
                if (score.isEmpty()) {
                    return outcome;
                }
                if (left.get() > 0) {
                    long needs = footprint.of(score.get());
                    if (left.getAndUpdate(l -> l >= needs ? l - needs : l) >= needs) {
                        return outcome;
                    }
                }
                return outcome.spilledTo(spill);
            }

            @Override
            public FileOutcome timedOut(InputFile file, Duration timeout) {
                return work.timedOut(file, timeout);
            }

            @Override
            public FileOutcome failed(InputFile file, Throwable error) {
                return work.failed(file, error);
            }
        };
    }
}
