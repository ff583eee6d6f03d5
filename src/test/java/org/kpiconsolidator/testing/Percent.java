package org.kpiconsolidator.testing;

import java.math.BigDecimal;

/**
 * A number cell formatted as a percentage, as units often type weights and results: the cell holds
 * {@code fraction} (0.15) and shows 15.0%.
 */
public record Percent(BigDecimal fraction) {

    /** The cell a person reads as {@code percent}%. */
    public static Percent of(Object percent) {
        return new Percent(new BigDecimal(FormLabels.plain(percent)).movePointLeft(2));
    }
}
