package org.kpiconsolidator.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task per file on a few daemon threads, so that no file can stop the batch:
 *
 * <ul>
 *   <li><b>Threads.</b> As many threads as files run at once, each taking the next file itself
 *       when it is done with one: handing each file to a thread from another cost both threads a
 *       wakeup per file, and on busy cores a reader idled a tenth of the time waiting for its
 *       next file. A system that will not give that many threads gets the files read on fewer;
 *       one that gives none ends the run with an error.</li>
 *   <li><b>Deadline.</b> POI's parsing cannot be interrupted reliably, so a file still running when
 *       its deadline passes is abandoned: it gets its timeout outcome, its thread is interrupted and
 *       left to die (being a daemon it never keeps the process alive), and a new thread takes its
 *       place. The deadline counts from the moment the file starts, not while it waits its turn.
 *       When no new thread can be had (the system is out of threads), the watchdog tries again
 *       each second, and the abandoned thread, should its file return first, goes on reading in
 *       its own place: the batch slows down but never waits for a thread that will not come.</li>
 *   <li><b>Memory.</b> Each file reserves its estimated heap from a budget before it starts, in
 *       file order, so large files run one or two at a time whatever the thread count; a file
 *       estimated above the whole budget runs alone.</li>
 *   <li><b>Isolation.</b> Anything a task throws, errors included, becomes that file's failure
 *       outcome.</li>
 * </ul>
 *
 * Outcomes come back in file order, so results do not depend on timing or the thread count.
 */
final class FileScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(FileScheduler.class);
    private static final long MIB = 1024 * 1024;

    /** How long the watchdog waits before it tries again to start a reader the system refused. */
    private static final long RETRY_MILLIS = 1_000;

    private final int threads;
    private final Duration timeout;
    private final long budgetBytes;
    private final ThreadFactory readerThreads;

    /**
     * @param threads files run at once, at least 1
     * @param timeout the per-file deadline
     * @param budgetBytes the heap the files running at once may share
     */
    FileScheduler(int threads, Duration timeout, long budgetBytes) {
        this(threads, timeout, budgetBytes, Thread::new);
    }

    /**
     * @param readerThreads makes the reader threads, which are then named and made daemons (a
     *     test's may refuse, as a system out of threads does)
     */
    FileScheduler(int threads, Duration timeout, long budgetBytes, ThreadFactory readerThreads) {
        this.threads = threads;
        this.timeout = timeout;
        this.budgetBytes = Math.max(budgetBytes, MIB);
        this.readerThreads = readerThreads;
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
        List<CompletableFuture<FileOutcome>> results = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            CompletableFuture<FileOutcome> result = new CompletableFuture<>();
            result.thenAccept(progress);
            results.add(result);
        }
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kpi-watchdog"));
        try {
            Batch batch = new Batch(files, results, work, footprint, watchdog);
            for (int i = 0; i < Math.min(threads, files.size()); i++) {
                try {
                    batch.startReader();
                } catch (Throwable e) { // NOPMD: OutOfMemoryError when the system is out of threads
                    if (i == 0) {
                        throw new IllegalStateException("cannot start a thread to read the files on: " + e, e);
                    }
                    LOG.warn("reading on {} threads, the system would not give more ({})", i, e.toString());
                    break;
                }
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            for (CompletableFuture<FileOutcome> r : results) {
                outcomes.add(r.join());
            }
            return outcomes;
        } finally {
            watchdog.shutdownNow(); // abandoned files' threads run on, as daemons
        }
    }

    /** One run's files, the readers that take them in turn, and the heap they share. */
    private final class Batch {
        private final List<InputFile> files;
        private final List<CompletableFuture<FileOutcome>> results;
        private final Work work;
        private final ToLongFunction<InputFile> footprint;
        private final ScheduledExecutorService watchdog;
        private final int budgetMib = (int) Math.min(Integer.MAX_VALUE, budgetBytes / MIB);
        /** Fair, so that files take the heap in file order: a large one is not passed over by small ones. */
        private final Semaphore memory = new Semaphore(budgetMib, true);
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger serial = new AtomicInteger();
        /** Readers abandoned whose place no new thread has taken yet. */
        private final AtomicInteger vacancies = new AtomicInteger();

        Batch(List<InputFile> files, List<CompletableFuture<FileOutcome>> results, Work work,
                ToLongFunction<InputFile> footprint, ScheduledExecutorService watchdog) {
            this.files = files;
            this.results = results;
            this.work = work;
            this.footprint = footprint;
            this.watchdog = watchdog;
        }

        void startReader() {
            Thread reader = readerThreads.newThread(this::readFiles);
            if (reader == null) {
                throw new IllegalStateException("no thread to read files on");
            }
            reader.setName("kpi-reader-" + serial.incrementAndGet());
            reader.setDaemon(true);
            reader.start();
        }

        /** Starts readers in the places of those abandoned; tries again later when the system has no thread. */
        private void fillVacancies() {
            while (takeVacancy()) {
                try {
                    startReader();
                } catch (Throwable e) { // NOPMD: OutOfMemoryError when the system is out of threads
                    vacancies.incrementAndGet();
                    LOG.warn("cannot start a thread to read files on ({}); trying again in a second", e.toString());
                    try {
                        watchdog.schedule(this::fillVacancies, RETRY_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (RejectedExecutionException runOver) {
                        // the run has ended: no file is left to read
                    }
                    return;
                }
            }
        }

        private boolean takeVacancy() {
            return vacancies.getAndUpdate(v -> v > 0 ? v - 1 : v) > 0;
        }

        /** Reads the next file, and the next, until there is none, or until this thread is left with one. */
        private void readFiles() {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                CompletableFuture<FileOutcome> result = results.get(i);
                try {
                    if (!readFile(files.get(i), result)) {
                        if (!takeVacancy()) {
                            return; // abandoned: another thread took this one's place
                        }
                        Thread.interrupted(); // no other thread could: this one goes on, uninterrupted
                    }
                } catch (Throwable t) { // NOPMD: whatever failed around the file ends the run, it does not wait
                    result.completeExceptionally(t);
                }
            }
        }

        /** Reads one file; {@code false} when its deadline came first and the watchdog has settled who reads on. */
        private boolean readFile(InputFile file, CompletableFuture<FileOutcome> result) {
            int mib = budgetMib;
            try {
                mib = (int) Math.max(1, Math.min(budgetMib, footprint.applyAsLong(file) / MIB));
            } catch (Throwable e) { // NOPMD: an estimate that fails leaves the file to run alone
                LOG.debug("{}: no heap estimate: {}", file.name(), e.toString());
            }
            memory.acquireUninterruptibly(mib);
            int held = mib;
            AtomicBoolean released = new AtomicBoolean();
            Runnable release = () -> {
                if (released.compareAndSet(false, true)) {
                    memory.release(held);
                }
            };
            Thread reader = Thread.currentThread();
            CountDownLatch settled = new CountDownLatch(1); // the watchdog has done with this file
            ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                try {
                    abandon(file, result, release, reader);
                } finally {
                    settled.countDown();
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            FileOutcome outcome = null;
            Throwable broken = null;
            try {
                outcome = work.process(file);
            } catch (Throwable t) { // NOPMD: one file's failure, whatever it is, stays that file's
                try {
                    outcome = work.failed(file, t);
                } catch (Throwable u) { // NOPMD: even the failure outcome failed; the run ends, it does not wait
                    broken = u;
                }
            }
            if (!(broken == null ? result.complete(outcome) : result.completeExceptionally(broken))) {
                // Abandoned: once the watchdog has settled whether a new thread took this one's
                // place, the caller knows whether to go on.
                awaitUninterruptibly(settled);
                return false;
            }
            alarm.cancel(false);
            release.run();
            return true;
        }

        /** Gives a file past its deadline its timeout outcome, unless it just finished, and replaces its thread. */
        private void abandon(InputFile file, CompletableFuture<FileOutcome> result, Runnable release, Thread reader) {
            boolean abandoned;
            try {
                abandoned = result.complete(work.timedOut(file, timeout));
            } catch (Throwable t) { // NOPMD: as a failure outcome that fails: the run ends, it does not wait
                abandoned = result.completeExceptionally(t);
            }
            if (abandoned) {
                LOG.warn("{}: still reading after {} s; abandoned", file.name(), timeout.toSeconds());
                // The abandoned thread may keep its memory; the budget is freed anyway so the
                // batch goes on (termination over tidiness).
                release.run();
                reader.interrupt();
                vacancies.incrementAndGet();
                fillVacancies();
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
