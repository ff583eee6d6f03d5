package org.kpiconsolidator.workbook;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * How Excel shows a stored value, for every reader of this package, so two readers of one file give
 * equal grids: numbers to 15 significant digits, percent number formats, error codes.
 *
 * <p>{@link PoiWorkbookReader} keeps its own copies of these rules (it predates this class); a test
 * holds the two equal, and the next change to that reader should make it call these.
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
