package org.kpiconsolidator.output.workbook;

/**
 * Estimates how wide text is, in the width of the digit {@code 0} of the workbook's font (the unit
 * of column widths), so widths and row heights come from the content and not from the fonts of
 * the machine that writes the file (which is what {@code autoSizeColumn} measures). Thai vowel and
 * tone marks above and below a consonant take no width.
 */
final class TextWidth {

    /** Advances of the ASCII characters and of the Thai block, looked up once, not worked out per character. */
    private static final int[] ASCII = new int[0x80];
    private static final int[] THAI = new int[0x80];

    static {
        for (int cp = 0; cp < 0x80; cp++) {
            ASCII[cp] = advance(cp);
            THAI[cp] = advance(0x0E00 + cp);
        }
    }

    private TextWidth() {
    }

    /** The width of the longest line of a text. */
    static int of(String text) {
        char[] chars = text.toCharArray(); // one copy, then no call per character
        int longest = 0;
        int line = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                longest = Math.max(longest, line);
                line = 0;
            } else {
                line += advanceAt(chars, i);
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
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                lines += linesOf(line, usable);
                line = 0;
            } else {
                line += advanceAt(chars, i);
            }
        }
        return lines + linesOf(line, usable);
    }

    /**
     * The advance of the character at {@code i}: a character outside the BMP counts at its high
     * surrogate and not again at its low one; an unpaired half counts as a character.
     */
    private static int advanceAt(char[] chars, int i) {
        char c = chars[i];
        if (c < 0x80) {
            return ASCII[c];
        }
        if (c >= 0x0E00 && c <= 0x0E7F) {
            return THAI[c - 0x0E00];
        }
        if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
            return advance(Character.toCodePoint(c, chars[i + 1]));
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(chars[i - 1])) {
            return 0;
        }
        return advance(c);
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
            return Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 112;
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
