package org.kpiconsolidator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;

/**
 * The scheduler's readers take the files themselves: every file is read once, by no more threads
 * than asked, whatever its heap estimate does; a run whose failure or timeout outcome itself fails
 * ends instead of waiting for it; a stuck file whose thread cannot be replaced does not stall the
 * batch; and a system short of threads gets the files read on those it gives.
 */
class FileSchedulerTest {

    private static List<InputFile> files(int n) {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(new InputFile(Path.of("form-" + i + ".xlsx"), "form-" + i + ".xlsx", null));
        }
        return files;
    }

    /** Work that counts the files it reads and the threads reading at once; outcomes are not looked at. */
    private static class Counting implements FileScheduler.Work {
        final Set<String> read = ConcurrentHashMap.newKeySet();
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public FileOutcome process(InputFile file) {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(read.add(file.name())).as("read once: %s", file.name()).isTrue();
            now.decrementAndGet();
            return null;
        }

        @Override
        public FileOutcome timedOut(InputFile file, Duration timeout) {
            throw new AssertionError("no file runs out of time here");
        }

        @Override
        public FileOutcome failed(InputFile file, Throwable error) {
            throw new AssertionError(error);
        }
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stalled run fails, not hangs
    void everyFileIsReadOnceByNoMoreThreadsThanAsked() {
        for (int threads : new int[] {1, 2, 5}) {
            Counting work = new Counting();
            AtomicInteger told = new AtomicInteger();
            List<FileOutcome> outcomes = new FileScheduler(threads, Duration.ofSeconds(60), 64L << 20)
                    .run(files(300), work, f -> 1L << 20, outcome -> told.incrementAndGet());
            assertThat(outcomes).hasSize(300);
            assertThat(work.read).hasSize(300);
            assertThat(work.most.get()).as("threads=%d", threads).isBetween(1, threads);
            assertThat(told.get()).isEqualTo(300);
        }
        assertThat(new FileScheduler(2, Duration.ofSeconds(60), 64L << 20).run(List.of(), new Counting(), f -> 0,
                outcome -> { })).isEmpty();
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stalled run fails, not hangs
    void aHeapEstimateThatFailsLeavesItsFileToRunAlone() {
        Counting work = new Counting();
        List<FileOutcome> outcomes = new FileScheduler(2, Duration.ofSeconds(60), 64L << 20).run(files(20), work, f -> {
            if (f.name().equals("form-7.xlsx")) {
                throw new IllegalStateException("no estimate");
            }
            return 1L << 20;
        }, outcome -> { });
        assertThat(outcomes).hasSize(20);
        assertThat(work.read).hasSize(20);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stalled run fails, not hangs
    void aFailureThatCannotBeRecordedEndsTheRunRatherThanStallingIt() {
        FileScheduler.Work broken = new Counting() {
            @Override
            public FileOutcome process(InputFile file) {
                if (file.name().equals("form-3.xlsx")) {
                    throw new IllegalStateException("reader failed");
                }
                return super.process(file);
            }

            @Override
            public FileOutcome failed(InputFile file, Throwable error) {
                throw new IllegalStateException("and so did its outcome");
            }
        };
        assertThatThrownBy(() -> new FileScheduler(2, Duration.ofSeconds(60), 64L << 20).run(files(10), broken,
                f -> 1L << 20, outcome -> { })).isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("and so did its outcome");
    }

    /** Work whose {@code stuck} file runs, deaf to interrupts as POI's parsing is, until {@code freed}. */
    private static class Stuck extends Counting {
        final String stuck;
        final CountDownLatch freed;
        final Set<String> timedOut = ConcurrentHashMap.newKeySet();

        Stuck(String stuck, CountDownLatch freed) {
            this.stuck = stuck;
            this.freed = freed;
        }

        @Override
        public FileOutcome process(InputFile file) {
            if (file.name().equals(stuck)) {
                read.add(file.name());
                boolean done = false;
                while (!done) {
                    try {
                        done = freed.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException deaf) {
                        // ignored, as a parser deep in a zip ignores it
                    }
                }
                return null;
            }
            return super.process(file);
        }

        @Override
        public FileOutcome timedOut(InputFile file, Duration timeout) {
            timedOut.add(file.name());
            return null;
        }
    }

    /** Reader threads for the first {@code allowed} asked, then none: a system out of threads. */
    private static ThreadFactory threadsUpTo(int allowed, AtomicInteger asked) {
        return r -> {
            if (asked.incrementAndGet() > allowed) {
                throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
            }
            return new Thread(r);
        };
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stalled run fails, not hangs
    void aStuckReaderThatCannotBeReplacedGoesOnInItsOwnPlaceWhenItsFileReturns() throws Exception {
        CountDownLatch freed = new CountDownLatch(1);
        Stuck work = new Stuck("form-2.xlsx", freed);
        AtomicInteger asked = new AtomicInteger();
        Thread freer = new Thread(() -> {
            while (work.timedOut.isEmpty()) {
                Thread.onSpinWait();
            }
            freed.countDown(); // the file returns after its deadline, with no new thread started
        });
        freer.setDaemon(true);
        freer.start();
        List<FileOutcome> outcomes = new FileScheduler(1, Duration.ofMillis(200), 64L << 20, threadsUpTo(1, asked))
                .run(files(10), work, f -> 1L << 20, outcome -> { });
        assertThat(outcomes).hasSize(10);
        assertThat(work.read).hasSize(10);
        assertThat(work.timedOut).containsExactly("form-2.xlsx");
        assertThat(asked.get()).as("a replacement was asked for, and refused").isGreaterThan(1);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stalled run fails, not hangs
    void aReplacementRefusedOnceIsStartedWhenTheSystemHasAThreadAgain() {
        CountDownLatch freed = new CountDownLatch(1);
        Stuck work = new Stuck("form-2.xlsx", freed);
        AtomicInteger asked = new AtomicInteger();
        ThreadFactory refusesOnce = r -> {
            if (asked.incrementAndGet() == 2) {
                throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
            }
            return new Thread(r);
        };
        try {
            List<FileOutcome> outcomes = new FileScheduler(1, Duration.ofMillis(200), 64L << 20, refusesOnce)
                    .run(files(10), work, f -> 1L << 20, outcome -> { });
            // The stuck file never returned: the other nine were read by the thread started on the retry.
            assertThat(outcomes).hasSize(10);
            assertThat(work.read).hasSize(10);
            assertThat(work.timedOut).containsExactly("form-2.xlsx");
            assertThat(asked.get()).isEqualTo(3);
        } finally {
            freed.countDown();
        }
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stalled run fails, not hangs
    void aTimeoutThatCannotBeRecordedEndsTheRunRatherThanStallingIt() {
        CountDownLatch freed = new CountDownLatch(1);
        Stuck broken = new Stuck("form-1.xlsx", freed) {
            @Override
            public FileOutcome timedOut(InputFile file, Duration timeout) {
                throw new IllegalStateException("no timeout outcome");
            }
        };
        try {
            assertThatThrownBy(() -> new FileScheduler(2, Duration.ofMillis(200), 64L << 20).run(files(5), broken,
                    f -> 1L << 20, outcome -> { })).isInstanceOf(CompletionException.class)
                    .hasRootCauseMessage("no timeout outcome");
        } finally {
            freed.countDown();
        }
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stalled run fails, not hangs
    void aRunReadsOnTheThreadsTheSystemGivesAndSaysSoWhenItGivesNone() {
        Counting work = new Counting();
        List<FileOutcome> outcomes = new FileScheduler(3, Duration.ofSeconds(60), 64L << 20,
                threadsUpTo(1, new AtomicInteger())).run(files(20), work, f -> 1L << 20, outcome -> { });
        assertThat(outcomes).hasSize(20);
        assertThat(work.read).hasSize(20);
        assertThat(work.most.get()).isEqualTo(1);

        assertThatThrownBy(() -> new FileScheduler(2, Duration.ofSeconds(60), 64L << 20,
                threadsUpTo(0, new AtomicInteger())).run(files(5), new Counting(), f -> 1L << 20, outcome -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot start a thread");
    }
}
