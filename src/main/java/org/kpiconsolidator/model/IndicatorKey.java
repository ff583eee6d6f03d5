package org.kpiconsolidator.model;

import java.util.Objects;

/**
 * Which indicator of a unit a value is about, as the discrepancy log keys it (SPEC 4.1): the
 * component number and the indicator number as printed ({@code 1}, {@code 5.1}), or the component
 * number for a component whose single indicator is unnumbered ({@code 4}). Agreements and forms
 * are joined on it.
 */
public record IndicatorKey(int component, String indicator) {

    public IndicatorKey {
        Objects.requireNonNull(indicator, "indicator");
    }

    /** The key of an indicator of a block. */
    public static IndicatorKey of(FormBlock block, Indicator indicator) {
        return new IndicatorKey(block.component(), indicator.number());
    }

    @Override
    public String toString() {
        return component + "/" + indicator;
    }
}
