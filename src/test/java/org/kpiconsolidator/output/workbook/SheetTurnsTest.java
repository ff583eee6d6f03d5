package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sheets written at the same time take their turns in sheet order, and none waits for a failed one. */
class SheetTurnsTest {

    @Test
    void aLaterSheetWaitsForTheSheetsBeforeIt() throws Exception {
        SheetTurns turns = new SheetTurns();
        List<Integer> order = new CopyOnWriteArrayList<>();
        turns.await(0);
        turns.done(0);
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            turns.await(2);
            order.add(2);
            turns.done(2);
        });
        Thread.sleep(200); // the later sheet asks first
        assertThat(later).isNotDone();
        turns.await(1);
        order.add(1);
        turns.done(1);
        later.get(10, TimeUnit.SECONDS);
        assertThat(order).containsExactly(1, 2);
    }

    @Test
    void aSheetWaitingForAFailedOneIsToldSoAtOnce() throws Exception {
        SheetTurns turns = new SheetTurns();
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> turns.await(3));
        Thread.sleep(100);
        turns.fail();
        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SheetTurns.OtherSheetFailed.class);
        assertThatThrownBy(() -> turns.await(0)).isInstanceOf(SheetTurns.OtherSheetFailed.class);
    }
}
