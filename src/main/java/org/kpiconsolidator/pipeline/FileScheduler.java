package org.kpiconsolidator.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
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
 * Runs one task per file on a pool of daemon threads, so that no file can stop the batch:
 *
 * <ul>
 *   <li><b>Threads.</b> A thread that finished a file takes the next one (a thread per file cost a
 *       thread start each, 1,000 for 1,000 files); the pool starts a new thread only when none is
 *       idle, so there are about as many as files run at once, plus the abandoned ones.</li>
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
        // No queue: a file is handed to an idle thread or to a new one, so it starts at once and its
        // deadline counts from then; the slots above bound how many run. Idle threads end after a while.
        ThreadPoolExecutor workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> daemon(r, "kpi-reader-" + serial.incrementAndGet()));
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
                Worker worker = new Worker();
                workers.execute(() -> {
                    worker.begin();
                    try {
                        result.complete(work.process(file));
                    } catch (Throwable t) { // NOPMD: one file's failure, whatever it is, stays that file's
                        result.complete(work.failed(file, t));
                    } finally {
                        worker.end();
                        release.run();
                    }
                });
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
            workers.shutdown(); // abandoned files' threads run on, as daemons
        }
    }

    /**
     * The thread running one file, for the watchdog to interrupt: only while it still runs that
     * file, as a pool thread goes on to other files.
     */
    private static final class Worker {
        private Thread thread;
        private boolean done;

        synchronized void begin() {
            thread = Thread.currentThread();
        }

        synchronized void end() {
            done = true;
            thread = null;
            Thread.interrupted(); // an interrupt meant for this file must not reach the next one
        }

        synchronized void interrupt() {
            if (!done && thread != null) {
                thread.interrupt();
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
