package org.kpiconsolidator.form;

/**
 * Reads the fiscal year of a title such as {@code ...ประจำปีงบประมาณ พ.ศ. 2564} (Buddhist Era, Thai
 * or Arabic digits already normalised). A Common Era year (2021) is converted to the Buddhist Era.
 */
final class FiscalYears {

    private static final int BE_OFFSET = 543;

    private FiscalYears() {
    }

    /** The Buddhist Era year, or {@code null} when the text names none. */
    static Integer parse(String text) {
        int from = text.indexOf("ปีงบประมาณ");
        if (from < 0) {
            from = text.indexOf("พ.ศ.");
        }
        if (from < 0) {
            return null;
        }
        for (int i = from; i + 4 <= text.length(); i++) {
            if (isYearAt(text, i)) {
                int year = Integer.parseInt(text.substring(i, i + 4));
                if (year >= 2400 && year <= 2700) {
                    return year;
                }
                if (year >= 1900 && year <= 2157) {
                    return year + BE_OFFSET;
                }
            }
        }
        return null;
    }

    private static boolean isYearAt(String s, int i) {
        for (int k = i; k < i + 4; k++) {
            if (!Character.isDigit(s.charAt(k)) || s.charAt(k) > '9') {
                return false;
            }
        }
        boolean before = i == 0 || !Character.isDigit(s.charAt(i - 1));
        boolean after = i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4));
        return before && after;
    }
}
