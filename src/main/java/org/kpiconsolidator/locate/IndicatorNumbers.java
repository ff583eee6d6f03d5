package org.kpiconsolidator.locate;

/**
 * Reads the indicator number a cell starts with: {@code 1.}, {@code 1. ระดับความสำเร็จ...},
 * {@code 2.ระดับ...}, {@code 5.1 ความสำเร็จ...}, {@code ตัวชี้วัดที่ 3}. Works on label keys (no
 * spaces, ASCII digits).
 */
public final class IndicatorNumbers {

    private static final String INDICATOR_WORD = "ตัวชี้วัดที่";

    private IndicatorNumbers() {
    }

    /**
     * The number at the start of {@code key} ({@code 1}, {@code 5.1}), or {@code null} when the key
     * does not start with one. A bare number ({@code 3}) counts; so does a number followed by a dot,
     * a closing parenthesis or text.
     */
    public static String leading(String key) {
        int start = key.startsWith(INDICATOR_WORD) ? INDICATOR_WORD.length() : 0;
        int i = start;
        while (i < key.length() && isDigit(key.charAt(i))) {
            i++;
        }
        if (i == start || i - start > 3) {
            return null;
        }
        String whole = key.substring(start, i);
        if (i == key.length()) {
            return whole;
        }
        char next = key.charAt(i);
        if (next == '.' || next == ')') {
            int j = i + 1;
            if (next == '.') {
                while (j < key.length() && isDigit(key.charAt(j))) {
                    j++;
                }
            }
            if (next == '.' && j > i + 1) {
                return key.substring(start, j); // a sub-indicator such as 5.1
            }
            return whole;
        }
        return isDigitOrPoint(next) ? null : (start > 0 || Character.isLetter(next) ? whole : null);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOrPoint(char c) {
        return isDigit(c) || c == ',';
    }
}
