package org.kpiconsolidator.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are written in outputs: {@code .} as decimal separator, no grouping, at most 4 decimals. */
public final class Decimals {

    private static final int OUTPUT_SCALE = 4;

    private Decimals() {
    }

    /** {@code 13.5}, {@code 84}, {@code 0.3333}; empty for {@code null}. */
    public static String format(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal r = n.setScale(OUTPUT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.scale() < 0) {
            r = r.setScale(0);
        }
        String s = r.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A number kept to the output precision, for cells of the consolidated workbook. */
    public static BigDecimal rounded(BigDecimal n) {
        return n == null ? null : n.setScale(OUTPUT_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
