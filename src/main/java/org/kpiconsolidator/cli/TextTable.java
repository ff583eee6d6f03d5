package org.kpiconsolidator.cli;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table for the terminal that stays aligned with Thai text. Thai vowel and tone marks
 * above and below a consonant take no column of their own, so widths count code points without
 * them; long cells wrap at Thai word boundaries (the JDK's dictionary line breaker).
 */
final class TextTable {

    private static final String GAP = "  ";
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final List<String> headers;
    private final int[] maxWidths;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param maxWidths the widest each column may be, in display columns; longer cells wrap
     */
    TextTable(List<String> headers, int[] maxWidths) {
        if (headers.size() != maxWidths.length) {
            throw new IllegalArgumentException("one width per column");
        }
        this.headers = List.copyOf(headers);
        this.maxWidths = maxWidths.clone();
    }

    void add(List<String> row) {
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException("one cell per column");
        }
        rows.add(List.copyOf(row));
    }

    /** The table as lines: the header, a rule, then each row (wrapped over as many lines as it needs). */
    List<String> lines() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(maxWidths[c], displayWidth(headers.get(c)));
            for (List<String> row : rows) {
                widths[c] = Math.min(maxWidths[c], Math.max(widths[c], displayWidth(row.get(c))));
            }
            widths[c] = Math.max(widths[c], 1);
        }
        List<String> lines = new ArrayList<>();
        lines.addAll(render(headers, widths));
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        lines.add(String.join(GAP, rule));
        for (List<String> row : rows) {
            lines.addAll(render(row, widths));
        }
        return lines;
    }

    private static List<String> render(List<String> cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> w = wrap(cells.get(c), widths[c]);
            wrapped.add(w);
            height = Math.max(height, w.size());
        }
        List<String> lines = new ArrayList<>(height);
        for (int i = 0; i < height; i++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String part = i < wrapped.get(c).size() ? wrapped.get(c).get(i) : "";
                if (c > 0) {
                    line.append(GAP);
                }
                line.append(part).append(" ".repeat(widths[c] - displayWidth(part)));
            }
            lines.add(stripTrailing(line.toString()));
        }
        return lines;
    }

    /**
     * The columns a text takes on a terminal: its code points, less the Thai marks that combine with
     * the consonant before them (U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E).
     */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isThaiCombining(cp)) {
                width++;
            }
            i += Character.charCount(cp);
        }
        return width;
    }

    static boolean isThaiCombining(int cp) {
        return cp == 0x0E31 || cp >= 0x0E34 && cp <= 0x0E3A || cp >= 0x0E47 && cp <= 0x0E4E;
    }

    /** Splits a text into lines of at most {@code width} display columns, at word boundaries where it can. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n", -1)) {
            wrapParagraph(paragraph, width, lines);
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static void wrapParagraph(String text, int width, List<String> lines) {
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(text);
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = text.substring(start, end);
            int w = displayWidth(word);
            int trimmed = displayWidth(stripTrailing(word));
            if (lineWidth > 0 && lineWidth + trimmed > width) {
                lines.add(stripTrailing(line.toString()));
                line.setLength(0);
                lineWidth = 0;
                word = word.stripLeading();
                w = displayWidth(word);
            }
            while (w > width) {
                // A single word wider than the column: cut it, never between a letter and its marks.
                int cut = cutAt(word, width - lineWidth);
                line.append(word, 0, cut);
                lines.add(stripTrailing(line.toString()));
                line.setLength(0);
                lineWidth = 0;
                word = word.substring(cut);
                w = displayWidth(word);
            }
            line.append(word);
            lineWidth += w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(stripTrailing(line.toString()));
        }
    }

    /** The index after the longest prefix of {@code word} that fits in {@code columns} (at least one letter). */
    private static int cutAt(String word, int columns) {
        int width = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!isThaiCombining(cp)) {
                if (width == Math.max(columns, 1)) {
                    break;
                }
                width++;
            }
            i = next;
        }
        return Math.max(i, Character.charCount(word.codePointAt(0)));
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }
}
