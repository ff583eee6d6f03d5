package org.kpiconsolidator.workbook;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * How Excel shows a stored value, for every reader of this package, so two readers of one file give
 * equal grids: numbers to 15 significant digits, percent number formats, error codes.
 *
 */
public final class ExcelDisplay {

    private ExcelDisplay() {
    }

    /** The value Excel shows (15 significant digits), so 0.1+0.2 reads as 0.3, as the unit saw it. */
    public static BigDecimal decimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return BigDecimal.ZERO;
        }
        BigDecimal rounded = roundedClearly(d);
        if (rounded != null) {
            return rounded;
        }
        try {
            return new BigDecimal(NumberToTextConverter.toText(d));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(d);
        }
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
        1e18, 1e19, 1e20, 1e21, 1e22,
    };
    /** Smallest and largest magnitudes rounded here: their 15 digits scaled to an integer stay exact. */
    private static final double MIN_CLEAR = 1e-7;
    private static final double MAX_CLEAR = 1e15;
    /**
     * How far from half a unit of the 15th digit the scaled value must be for its rounding to be
     * beyond doubt: scaling errs by at most 1/16 of a unit (half an ulp below 2^50), and POI, which
     * decides the close ones, by far less.
     */
    private static final double TIE_MARGIN = 0.1;

    /**
     * {@link #decimal(double)} without writing out the digits, for a number whose 15-digit rounding
     * is not near a tie: scaled by a power of ten to 15 integer digits, rounded, trailing zeros
     * dropped. A formula's result goes through here; {@code null} when the rounding is close (POI's
     * digit generation decides) or the number is outside 1e-7 to 1e15.
     */
    static BigDecimal roundedClearly(double d) {
        double magnitude = Math.abs(d);
        if (d == 0) {
            return BigDecimal.ZERO; // -0 too, shown as 0
        }
        if (!(magnitude >= MIN_CLEAR && magnitude < MAX_CLEAR)) {
            return null;
        }
        int scale = 14 - leadingExponent(magnitude);
        double scaled = magnitude * POWERS_OF_TEN[scale];
        if (scaled < 1e14 || scaled >= 1e15) {
            return null; // the leading digit misjudged at a power of ten
        }
        double whole = Math.floor(scaled);
        double fraction = scaled - whole; // exact: both below 2^50
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return null;
        }
        long unscaled = (long) whole + (fraction > 0.5 ? 1 : 0);
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(d < 0 ? -unscaled : unscaled, scale);
    }

    /** The power of ten of a magnitude's leading digit; may err by one at a power of ten. */
    private static int leadingExponent(double magnitude) {
        int exponent = 14;
        if (magnitude >= 1) {
            while (magnitude < POWERS_OF_TEN[exponent]) {
                exponent--;
            }
            return exponent;
        }
        exponent = -1;
        while (magnitude * POWERS_OF_TEN[-exponent] < 1) {
            exponent--;
        }
        return exponent;
    }

    /** Significant digits a double keeps through a round trip from decimal text. */
    private static final int EXACT_DIGITS = 15;
    /** Past this many decimals the value nears the doubles that keep fewer digits; the slow path decides. */
    private static final int MAX_FAST_DECIMALS = 30;

    /**
     * {@code decimal(Double.parseDouble(text))} for a number as a file stores it ({@code 1234.5},
     * {@code -0.25}, {@code 1.5E-3}). A plain decimal of at most 15 significant digits is its own
     * display (a double keeps 15 digits through a round trip), so it is taken as written, with no
     * double and no digit generation: most cells of most forms.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public static BigDecimal decimal(String text) {
        if (isExactDecimal(text)) {
            return exactDecimal(text);
        }
        return decimal(Double.parseDouble(text.trim()));
    }

    /**
     * {@code new BigDecimal(text)} for a text {@link #isExactDecimal} accepts, read digit by digit:
     * its 15 significant digits fit a long, so no parse through a char array.
     */
    public static BigDecimal exactDecimal(String text) {
        boolean negative = text.charAt(0) == '-';
        long unscaled = 0;
        int scale = 0;
        boolean fraction = false;
        for (int i = negative ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                fraction = true;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                scale += fraction ? 1 : 0;
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /**
     * An optional minus, digits without a leading zero (or one zero), and optionally a point with
     * digits not ending in zero; no more than 15 significant digits; not zero but {@code 0} itself.
     * Then {@code new BigDecimal(text)} equals what {@link #decimal(double)} makes, scale included.
     */
    public static boolean isExactDecimal(String text) {
        int n = text.length();
        int i = 0;
        if (n > 0 && text.charAt(0) == '-') {
            i = 1;
        }
        int intStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 1 && text.charAt(intStart) == '0' || intDigits > EXACT_DIGITS) {
            return false;
        }
        boolean zeroInteger = intDigits == 1 && text.charAt(intStart) == '0';
        if (i == n) {
            return !zeroInteger || intStart == 0; // "0" itself, never "-0"
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fracStart = ++i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        int fracDigits = i - fracStart;
        if (i != n || fracDigits == 0 || fracDigits > MAX_FAST_DECIMALS || text.charAt(n - 1) == '0') {
            return false;
        }
        int significant = zeroInteger ? fracDigits : intDigits + fracDigits;
        if (zeroInteger) {
            int f = fracStart;
            while (text.charAt(f) == '0') {
                f++;
                significant--;
            }
        }
        return significant <= EXACT_DIGITS;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A number format that shows a percentage: a {@code %} outside quotes and escapes. */
    public static boolean isPercentFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '\\') {
                i++;
            } else if (ch == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** The text of an error code ({@code #DIV/0!}); {@code #ERROR} for a code Excel does not define. */
    public static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
