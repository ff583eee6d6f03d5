package org.kpiconsolidator.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task per file, each on its own daemon thread, so that no file can stop the batch:
 *
 * <ul>
 *   <li><b>Deadline.</b> POI's parsing cannot be interrupted reliably, so a file still running when
 *       its deadline passes is abandoned: it gets its timeout outcome, its thread is interrupted and
 *       left to die (being a daemon it never keeps the process alive), and a new thread takes its
 *       place. The deadline counts from the moment the file starts, not while it waits its turn.</li>
 *   <li><b>Memory.</b> Each file reserves its estimated heap from a budget before it starts, so
 *       large files run one or two at a time whatever the thread count; a file estimated above the
 *       whole budget runs alone.</li>
 *   <li><b>Isolation.</b> Anything a task throws, errors included, becomes that file's failure
 *       outcome.</li>
 * </ul>
 *
 * Outcomes come back in file order, so results do not depend on timing or the thread count.
 */
final class FileScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(FileScheduler.class);
    private static final long MIB = 1024 * 1024;

    private final int threads;
    private final Duration timeout;
    private final long budgetBytes;

    /**
     * @param threads files run at once, at least 1
     * @param timeout the per-file deadline
     * @param budgetBytes the heap the files running at once may share
     */
    FileScheduler(int threads, Duration timeout, long budgetBytes) {
        this.threads = threads;
        this.timeout = timeout;
        this.budgetBytes = Math.max(budgetBytes, MIB);
    }

    /** What to do with a file, and what a file that ran out of time or failed outright becomes. */
    interface Work {
        FileOutcome process(InputFile file);

        FileOutcome timedOut(InputFile file, Duration timeout);

        FileOutcome failed(InputFile file, Throwable error);
    }

    /**
     * @param footprint the heap a file is expected to need, in bytes
     * @param progress told about each file when it is done (from worker or watchdog threads)
     */
    List<FileOutcome> run(List<InputFile> files, Work work, ToLongFunction<InputFile> footprint,
            Consumer<FileOutcome> progress) {
        int budgetMib = (int) Math.min(Integer.MAX_VALUE, budgetBytes / MIB);
        Semaphore slots = new Semaphore(threads);
        Semaphore memory = new Semaphore(budgetMib);
        AtomicInteger serial = new AtomicInteger();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kpi-watchdog"));
        List<CompletableFuture<FileOutcome>> results = new ArrayList<>(files.size());
        try {
            for (InputFile file : files) {
                int mib = (int) Math.max(1, Math.min(budgetMib, footprint.applyAsLong(file) / MIB));
                slots.acquireUninterruptibly();
                memory.acquireUninterruptibly(mib);
                AtomicBoolean released = new AtomicBoolean();
                Runnable release = () -> {
                    if (released.compareAndSet(false, true)) {
                        memory.release(mib);
                        slots.release();
                    }
                };
                CompletableFuture<FileOutcome> result = new CompletableFuture<>();
                Thread worker = daemon(() -> {
                    try {
                        result.complete(work.process(file));
                    } catch (Throwable t) { // NOPMD: one file's failure, whatever it is, stays that file's
                        result.complete(work.failed(file, t));
                    } finally {
                        release.run();
                    }
                }, "kpi-reader-" + serial.incrementAndGet());
                worker.start();
                ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                    if (result.complete(work.timedOut(file, timeout))) {
                        LOG.warn("{}: still reading after {} s; abandoned", file.name(), timeout.toSeconds());
                        // The abandoned thread may keep its memory; the budget is freed anyway so the
                        // batch goes on (termination over tidiness).
                        release.run();
                        worker.interrupt();
                    }
                }, timeout.toMillis(), TimeUnit.MILLISECONDS);
                result.whenComplete((outcome, e) -> {
                    alarm.cancel(false);
                    progress.accept(outcome);
                });
                results.add(result);
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (CompletableFuture<FileOutcome> r : results) {
                outcomes.add(r.join());
            }
            return outcomes;
        } finally {
            watchdog.shutdownNow();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
