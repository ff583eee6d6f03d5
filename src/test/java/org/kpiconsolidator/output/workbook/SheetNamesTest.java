package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The names sheets leave from several threads are set in sheet order, once each. */
class SheetNamesTest {

    @Test
    void namesLeftInAnyOrderAreSetInSheetOrder() throws Exception {
        SheetNames names = new SheetNames();
        List<Integer> order = new CopyOnWriteArrayList<>();
        names.later(4, () -> order.add(4));
        CompletableFuture.runAsync(() -> {
            names.later(2, () -> order.add(2));
            names.later(3, () -> order.add(3));
        }).get();
        names.later(0, () -> order.add(0));
        assertThat(order).as("nothing is set before set()").isEmpty();
        names.set();
        assertThat(order).containsExactly(0, 2, 3, 4);
        names.set();
        assertThat(order).as("each once").containsExactly(0, 2, 3, 4);
    }

    @Test
    void aSheetLeavesItsNamesOnce() {
        SheetNames names = new SheetNames();
        names.later(1, () -> { });
        assertThatThrownBy(() -> names.later(1, () -> { })).isInstanceOf(IllegalStateException.class);
    }
}
