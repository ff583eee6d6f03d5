package org.kpiconsolidator.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A deferred sheet answers for its text cells without building its cells, builds them once when
 * anything else is asked, and is then the sheet an eager reader gives.
 */
class SheetGridTest {

    private static final List<GridCell> CELLS = List.of(
            GridCell.text(0, 0, "บันทึกกิจกรรม"),
            GridCell.number(0, 1, new BigDecimal("12.5"), false),
            GridCell.text(2, 1, "องค์ประกอบที่ 1"),
            GridCell.text(2, 0, "ไตรมาส 1"));

    private static List<String> textsOf(SheetGrid sheet) {
        List<String> texts = new ArrayList<>();
        sheet.anyTextCell(text -> !texts.add(text));
        return texts;
    }

    @Test
    void aDeferredSheetIsBuiltOnlyWhenItsCellsAreAskedFor() {
        AtomicInteger builds = new AtomicInteger();
        SheetGrid deferred = SheetGrid.deferred("log", 1, false, () -> {
            builds.incrementAndGet();
            return CELLS;
        }, List.of("บันทึกกิจกรรม", "ไตรมาส 1", "องค์ประกอบที่ 1"), List.of());
        assertThat(deferred.anyTextCell(t -> t.startsWith("องค์"))).isTrue();
        assertThat(deferred.anyTextCell(t -> t.startsWith("x"))).isFalse();
        assertThat(deferred.name()).isEqualTo("log");
        assertThat(builds).as("answered from its texts").hasValue(0);

        SheetGrid eager = new SheetGrid("log", 1, false, CELLS, List.of());
        assertThat(deferred.rowCount()).isEqualTo(eager.rowCount()).isEqualTo(2);
        assertThat(deferred.rowNumbers()).containsExactly(eager.rowNumbers());
        assertThat(deferred.row(2)).containsExactlyElementsOf(eager.row(2));
        assertThat(deferred.cell(0, 1)).isEqualTo(eager.cell(0, 1));
        assertThat(deferred.cellCount()).isEqualTo(4);
        assertThat(textsOf(deferred)).as("built, it answers from its cells, in sheet order")
                .containsExactlyElementsOf(textsOf(eager)).containsExactly("บันทึกกิจกรรม", "ไตรมาส 1", "องค์ประกอบที่ 1");
        assertThat(builds).hasValue(1);
    }

    @Test
    void anEagerSheetLooksAtTextCellsOnly() {
        SheetGrid eager = new SheetGrid("s", 0, false, CELLS, List.of());
        assertThat(eager.anyTextCell(t -> t.equals("12.5"))).as("a number's text is not a text cell's").isFalse();
        assertThat(eager.anyTextCell(t -> t.equals("ไตรมาส 1"))).isTrue();
    }

    @Test
    void threadsAskingAtOnceBuildItOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Supplier<List<GridCell>> cells = () -> {
            builds.incrementAndGet();
            return CELLS;
        };
        SheetGrid deferred = SheetGrid.deferred("log", 0, false, cells, List.of(), List.of());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> askers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                askers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return deferred.cellCount();
                }, threads));
            }
            start.countDown();
            for (CompletableFuture<Integer> asker : askers) {
                assertThat(asker.get()).isEqualTo(4);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(builds).hasValue(1);
    }
}
