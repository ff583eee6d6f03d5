package org.kpiconsolidator.text;

import java.math.BigDecimal;

/**
 * Reads numbers as units write them in text cells: {@code 95.5}, {@code ร้อยละ 95.5}, {@code 95.5%},
 * {@code 1,320}, {@code ≤ 60}, {@code -3}, {@code 100 คะแนน}. Input is normalised text
 * ({@link ThaiText#normalize}), so Thai digits are already ASCII. No regular expressions: this runs
 * for every numeric cell of every form.
 */
public final class Numbers {

    private static final String PERCENT_WORD = "ร้อยละ";
    private static final String POINTS_WORD = "คะแนน";

    private Numbers() {
    }

    /** What a number cell said besides the number itself. */
    public enum Bound {
        NONE, AT_MOST, AT_LEAST
    }

    /** A parsed number and the decorations around it. */
    public record Parsed(BigDecimal value, boolean percent, Bound bound, boolean grouped) {
    }

    /** The number in {@code normalized}, or {@code null} when the text is not a number. */
    public static BigDecimal parse(String normalized) {
        Parsed p = parseDetailed(normalized);
        return p == null ? null : p.value();
    }

    /** Like {@link #parse} but keeps the decorations; {@code null} when the text is not a number. */
    public static Parsed parseDetailed(String normalized) {
        if (normalized == null) {
            return null;
        }
        String s = normalized.trim();
        if (s.isEmpty()) {
            return null;
        }
        boolean percent = false;
        Bound bound = Bound.NONE;
        if (s.startsWith(PERCENT_WORD)) {
            percent = true;
            s = s.substring(PERCENT_WORD.length()).trim();
        }
        if (s.startsWith("≤") || s.startsWith("<=") || s.startsWith("=<")) {
            bound = Bound.AT_MOST;
            s = s.substring(s.charAt(0) == '≤' ? 1 : 2).trim();
        } else if (s.startsWith("≥") || s.startsWith(">=") || s.startsWith("=>")) {
            bound = Bound.AT_LEAST;
            s = s.substring(s.charAt(0) == '≥' ? 1 : 2).trim();
        } else if (s.startsWith("<")) {
            bound = Bound.AT_MOST;
            s = s.substring(1).trim();
        } else if (s.startsWith(">")) {
            bound = Bound.AT_LEAST;
            s = s.substring(1).trim();
        }
        if (!percent && s.startsWith(PERCENT_WORD)) {
            percent = true;
            s = s.substring(PERCENT_WORD.length()).trim();
        }
        if (s.endsWith(POINTS_WORD)) {
            s = s.substring(0, s.length() - POINTS_WORD.length()).trim();
        }
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).trim();
        }
        return digits(s, percent, bound);
    }

    private static Parsed digits(String s, boolean percent, Bound bound) {
        int n = s.length();
        if (n == 0 || n > 40) {
            return null;
        }
        StringBuilder plain = new StringBuilder(n);
        int i = 0;
        if (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '\u2212') {
            if (s.charAt(0) != '+') {
                plain.append('-');
            }
            i = 1;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
        }
        boolean grouped = false;
        boolean seenDigit = false;
        boolean seenPoint = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                seenDigit = true;
            } else if (c == ',' && !seenPoint && seenDigit && isDigitRun(s, i + 1, 3)) {
                grouped = true; // thousands separator: exactly three digits follow
            } else if (c == '.' && !seenPoint && i + 1 < n && isDigit(s.charAt(i + 1))) {
                if (!seenDigit) {
                    plain.append('0');
                }
                plain.append('.');
                seenPoint = true;
            } else {
                return null;
            }
        }
        if (!seenDigit) {
            return null;
        }
        return new Parsed(new BigDecimal(plain.toString()), percent, bound, grouped);
    }

    private static boolean isDigitRun(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return from + count == s.length() || !isDigit(s.charAt(from + count));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
