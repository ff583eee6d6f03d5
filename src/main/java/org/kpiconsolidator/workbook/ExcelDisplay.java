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
        try {
            return new BigDecimal(NumberToTextConverter.toText(d));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(d);
        }
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
