package org.kpiconsolidator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.workbook.PoiWorkbookReader;
import org.kpiconsolidator.workbook.UnreadableWorkbookException;
import org.kpiconsolidator.workbook.WorkbookGrid;
import org.kpiconsolidator.workbook.WorkbookReader;

/**
 * One file can neither stop nor stall the batch: a file that never finishes is abandoned at its
 * deadline, a file that throws anything (errors included) becomes its own finding, and large files
 * take turns so the batch fits its heap.
 */
class FileIsolationTest {

    @TempDir
    Path input;

    /** Released after each test, so abandoned readers can end. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letAbandonedReadersEnd() {
        release.countDown();
    }

    /** Reads the real files, except that files named {@code stuck*} never return, ignoring interrupts as POI does. */
    private final class StuckReader implements WorkbookReader {
        private final WorkbookReader real = new PoiWorkbookReader();

        @Override
        public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
            if (file.getFileName().toString().startsWith("stuck")) {
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // like a parser that never checks: keep going
                    }
                }
                throw new IllegalStateException("released");
            }
            return real.read(file);
        }
    }

    @Test
    @Timeout(60)
    void aFileThatNeverFinishesIsAbandonedAndTheBatchGoesOn() throws Exception {
        SampleForms.bangKhaeDistrict().render(input);
        SampleForms.internationalAffairsOffice().render(input);
        Files.copy(input.resolve("bang-khae-district.xlsx"), input.resolve("stuck-1.xlsx"));
        Files.copy(input.resolve("bang-khae-district.xlsx"), input.resolve("stuck-2.xlsx"));
        for (int threads : new int[] {1, 2}) {
            long start = System.nanoTime();
            Consolidation c = new BatchRunner(new StuckReader()).run(settings(threads, Duration.ofSeconds(2)), f -> { });
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(c.files()).extracting(f -> f.file().name(), f -> f.readStatus()).containsExactly(
                    tuple("bang-khae-district.xlsx", FileStatus.OK),
                    tuple("international-affairs-office.xlsx", FileStatus.OK),
                    tuple("stuck-1.xlsx", FileStatus.UNREADABLE),
                    tuple("stuck-2.xlsx", FileStatus.UNREADABLE));
            assertThat(c.findings()).filteredOn(f -> f.file().startsWith("stuck"))
                    .extracting(Finding::code, Finding::detail, Finding::expected)
                    .containsOnly(tuple(org.kpiconsolidator.finding.Code.FILE_UNREADABLE, "timeout", "2"));
            // Two stuck files, one or two at a time: the run ends once their deadlines pass.
            assertThat(took).as("threads=" + threads).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void anythingAReaderThrowsStaysWithItsFile() throws Exception {
        SampleForms.bangKhaeDistrict().render(input);
        for (String name : new String[] {"out-of-memory.xlsx", "stack-overflow.xlsx", "npe.xlsx", "linkage.xlsx"}) {
            Files.copy(input.resolve("bang-khae-district.xlsx"), input.resolve(name));
        }
        WorkbookReader throwing = new WorkbookReader() {
            private final WorkbookReader real = new PoiWorkbookReader();

            @Override
            public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
                switch (file.getFileName().toString()) {
                    case "out-of-memory.xlsx": throw new OutOfMemoryError("Java heap space");
                    case "stack-overflow.xlsx": throw new StackOverflowError();
                    case "npe.xlsx": throw new NullPointerException("array formula without its ArrayRecord");
                    case "linkage.xlsx": throw new NoClassDefFoundError("org/apache/poi/Missing");
                    default: return real.read(file);
                }
            }
        };
        Consolidation c = new BatchRunner(throwing).run(settings(2, Duration.ofSeconds(60)), f -> { });
        assertThat(c.findings()).filteredOn(f -> f.code() == org.kpiconsolidator.finding.Code.FILE_UNREADABLE)
                .extracting(Finding::file, Finding::detail).containsExactlyInAnyOrder(
                        tuple("out-of-memory.xlsx", "out-of-memory"),
                        tuple("stack-overflow.xlsx", "corrupt"),
                        tuple("npe.xlsx", "corrupt"),
                        tuple("linkage.xlsx", "corrupt"));
        assertThat(c.files()).filteredOn(f -> f.file().name().equals("bang-khae-district.xlsx"))
                .extracting(f -> f.readStatus()).containsExactly(FileStatus.OK);
    }

    @Test
    void largeFilesTakeTurnsWhileSmallOnesShareTheHeap() throws Exception {
        SampleForms.bangKhaeDistrict().render(input);
        for (int i = 0; i < 6; i++) {
            Files.copy(input.resolve("bang-khae-district.xlsx"), input.resolve("large-" + i + ".xlsx"));
            Files.copy(input.resolve("bang-khae-district.xlsx"), input.resolve("small-" + i + ".xlsx"));
        }
        AtomicInteger large = new AtomicInteger();
        AtomicInteger small = new AtomicInteger();
        AtomicInteger mostLarge = new AtomicInteger();
        AtomicInteger mostSmall = new AtomicInteger();
        WorkbookReader measuring = new WorkbookReader() {
            private final WorkbookReader real = new PoiWorkbookReader();

            @Override
            public WorkbookGrid read(Path file) throws UnreadableWorkbookException {
                boolean big = file.getFileName().toString().startsWith("large");
                AtomicInteger now = big ? large : small;
                (big ? mostLarge : mostSmall).accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(150);
                    return real.read(file);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    now.decrementAndGet();
                }
            }

            @Override
            public long heapEstimate(Path file) {
                return file.getFileName().toString().startsWith("large") ? Runtime.getRuntime().maxMemory() : 0;
            }
        };
        new BatchRunner(measuring).run(settings(4, Duration.ofSeconds(60)), f -> { });
        assertThat(mostLarge.get()).isEqualTo(1);
        assertThat(mostSmall.get()).isGreaterThan(1);
    }

    private RunSettings settings(int threads, Duration timeout) {
        return new RunSettings(List.of(input), input.resolve("out"), null, threads, FailOn.ERROR, Language.EN, false,
                ScoringPolicy.FY2564, timeout);
    }
}
