package org.kpiconsolidator.output.workbook;

/**
 * Estimates how wide text is, in the width of the digit {@code 0} of the workbook's font (the unit
 * of column widths), so widths and row heights come from the content and not from the fonts of
 * the machine that writes the file (which is what {@code autoSizeColumn} measures). Thai vowel and
 * tone marks above and below a consonant take no width.
 */
final class TextWidth {

    /** Which characters of the Thai block are marks above or below (looked up once, not per character). */
    private static final boolean[] THAI_MARKS = new boolean[0x80];

    static {
        for (int cp = 0x0E00; cp <= 0x0E7F; cp++) {
            THAI_MARKS[cp - 0x0E00] = Character.getType(cp) == Character.NON_SPACING_MARK;
        }
    }

    private TextWidth() {
    }

    /** The width of the longest line of a text. */
    static int of(String text) {
        char[] chars = text.toCharArray(); // one copy, then no call per character
        int longest = 0;
        int line = 0;
        for (int i = 0; i < chars.length; ) {
            int cp = Character.codePointAt(chars, i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                longest = Math.max(longest, line);
                line = 0;
            } else {
                line += advance(cp);
            }
        }
        return ceilDiv(Math.max(longest, line), 100);
    }

    /**
     * How many lines a text takes in a column {@code width} wide. Errs on the side of one line more:
     * applications break between words, not at the last character that fits.
     */
    static int lines(String text, int width) {
        int usable = Math.max(100, width * 90); // nine tenths of the width, in hundredths
        char[] chars = text.toCharArray();
        int lines = 0;
        int line = 0;
        for (int i = 0; i < chars.length; ) {
            int cp = Character.codePointAt(chars, i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                lines += linesOf(line, usable);
                line = 0;
            } else {
                line += advance(cp);
            }
        }
        return lines + linesOf(line, usable);
    }

    private static int linesOf(int width, int usable) {
        return Math.max(1, ceilDiv(width, usable));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /**
     * Advance widths in hundredths of {@code 0}'s, measured on Laksaman, the metric-compatible free
     * version of TH Sarabun New: Thai letters 1.12, Latin capitals 1.15, small letters 0.95, spaces
     * and punctuation about half, marks above and below nothing. Whole hundredths, so that a sum
     * is exact (25 Thai letters are 28 wide, not 28.000000000000018, which rounded up to 29).
     */
    private static int advance(int cp) {
        if (cp >= 0x0E00 && cp <= 0x0E7F) {
            return THAI_MARKS[cp - 0x0E00] ? 0 : 112;
        }
        if (cp < 0x80) {
            if (cp >= 'a' && cp <= 'z') {
                return 95;
            }
            if (cp >= 'A' && cp <= 'Z') {
                return 115;
            }
            return cp >= '0' && cp <= '9' ? 100 : 55;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return Character.isIdeographic(cp) ? 200 : 110;
    }
}
