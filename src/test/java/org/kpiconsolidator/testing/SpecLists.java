package org.kpiconsolidator.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of cell lists; unlike {@code List.copyOf} they keep {@code null}, which means "blank cell". */
final class SpecLists {

    private SpecLists() {
    }

    static List<Object> copyCells(List<?> cells, int expectedSize, String what) {
        if (cells.size() != expectedSize) {
            throw new IllegalArgumentException(what + " needs " + expectedSize + " cells, got " + cells.size());
        }
        return Collections.unmodifiableList(new ArrayList<>(cells));
    }
}
