package org.kpiconsolidator.text;

/**
 * Reads achievement levels as units write them: {@code ระดับ 4}, {@code ระดับที่ 4}, {@code ระดับ ๔},
 * {@code ระดับ 5 (100 คะแนน)}, and {@code ต่ำกว่าระดับ 1} (level 0). Works on label keys
 * ({@link ThaiText#key}), where {@code ระดับที่} is already {@code ระดับ} and spaces are gone.
 */
public final class Levels {

    /** The level printed for a value below the first threshold. */
    public static final int BELOW_FIRST = 0;

    private static final String LEVEL = "ระดับ";
    private static final String BELOW = "ต่ำกว่าระดับ";
    private static final String POINTS = "คะแนน";

    private Levels() {
    }

    /**
     * The level named in {@code key}, or -1 when the text names none. A level written with more
     * than one digit (e.g. {@code ระดับ 12}) is returned as written, so range checks can report it.
     */
    public static int parse(String key) {
        if (key.startsWith(BELOW)) {
            return BELOW_FIRST;
        }
        if (!key.startsWith(LEVEL)) {
            return -1;
        }
        int from = LEVEL.length();
        // ระดับคะแนน 4, ระดับคะแนนที่ 4: the same level.
        if (key.startsWith(POINTS, from)) {
            from += POINTS.length();
            if (key.startsWith("ที่", from)) {
                from += "ที่".length();
            }
        }
        return leadingInt(key, from);
    }

    /**
     * The points printed in a rubric header key such as {@code ระดับ4(90คะแนน)}, as the digits
     * before {@code คะแนน}; {@code null} when the header prints no points.
     */
    public static String pointsText(String key) {
        int end = key.lastIndexOf(POINTS);
        if (end < 0) {
            return null;
        }
        int start = end;
        while (start > 0 && (Character.isDigit(key.charAt(start - 1)) || key.charAt(start - 1) == '.')) {
            start--;
        }
        return start == end ? null : key.substring(start, end);
    }

    private static int leadingInt(String s, int from) {
        int i = from;
        int value = 0;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 6) {
            value = value * 10 + (s.charAt(i) - '0');
            i++;
            digits++;
        }
        return digits == 0 ? -1 : value;
    }
}
