package org.kpiconsolidator.output.workbook;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The workbook's defined names behind each sheet's filter and printed titles, which all sheets
 * share: a sheet written beside others leaves its names here, and they are set in sheet order once
 * every sheet is written. The file then comes out the same whichever thread is quicker, and no
 * sheet waits for another to finish (the discrepancy sheet used to wait for the indicators).
 */
final class SheetNames {

    private final SortedMap<Integer, Runnable> left = new TreeMap<>();

    /** Leaves the setting of a sheet's names for {@link #set}. */
    synchronized void later(int sheetIndex, Runnable setNames) {
        if (left.putIfAbsent(sheetIndex, setNames) != null) {
            throw new IllegalStateException("the names of sheet " + sheetIndex + " were left twice");
        }
    }

    /** Sets the names left, in sheet order, once each; after every sheet is written. */
    synchronized void set() {
        left.values().forEach(Runnable::run);
        left.clear();
    }
}
