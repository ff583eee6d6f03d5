package org.kpiconsolidator.output.workbook;

/**
 * Estimates how wide text is, in the width of the digit {@code 0} of the workbook's font (the unit
 * of column widths), so widths and row heights come from the content and not from the fonts of
 * the machine that writes the file (which is what {@code autoSizeColumn} measures). Thai vowel and
 * tone marks above and below a consonant take no width.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** The width of the longest line of a text. */
    static int of(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line(line));
        }
        return longest;
    }

    /**
     * How many lines a text takes in a column {@code width} wide. Errs on the side of one line more:
     * applications break between words, not at the last character that fits.
     */
    static int lines(String text, int width) {
        int usable = Math.max(1, width * 9 / 10);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line(line) + usable - 1) / usable);
        }
        return lines;
    }

    private static int line(String line) {
        double width = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            width += advance(cp);
        }
        return (int) Math.ceil(width);
    }

    /**
     * Advance widths relative to {@code 0}, measured on Laksaman, the metric-compatible free version
     * of TH Sarabun New: Thai letters 1.12, Latin capitals 1.15, small letters 0.95, spaces and
     * punctuation about half.
     */
    private static double advance(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        if (cp >= 0x0E00 && cp <= 0x0E7F) {
            return 1.12;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return 1.15;
        }
        if (cp >= 'a' && cp <= 'z') {
            return 0.95;
        }
        if (cp >= '0' && cp <= '9') {
            return 1;
        }
        if (cp < 0x80 && !Character.isLetterOrDigit(cp)) {
            return 0.55;
        }
        if (Character.isIdeographic(cp)) {
            return 2;
        }
        return 1.1;
    }
}
