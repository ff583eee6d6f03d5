package org.kpiconsolidator.output;

/**
 * Neutralises text for CSV cells against formula injection: a text that a spreadsheet would run as
 * a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) gets a
 * leading apostrophe. Numbers are never touched, so {@code -3} stays a number.
 */
public final class CsvText {

    private CsvText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !isPlainNumber(text) ? "'" + text : text;
    }

    private static boolean isPlainNumber(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i >= s.length()) {
            return false;
        }
        boolean digits = false;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
