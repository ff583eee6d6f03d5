package org.kpiconsolidator.text;

import java.text.Normalizer;

/**
 * The one place where text from a submission is normalised before anything compares it.
 *
 * <p>{@link #normalize} yields display text: Unicode NFC, SARA AM in its one-code-point form,
 * Thai digits as ASCII digits, every kind of space as one ASCII space, zero-width characters
 * removed, the full-width colon as {@code :}, trimmed. {@link #key} yields a comparison key for
 * labels: the normalised text without any spaces, with {@code ระดับที่} read as {@code ระดับ}
 * and {@code %} as {@code ร้อยละ}, so label spelling noise never decides whether a label is found.
 */
public final class ThaiText {

    private static final char NIKHAHIT = '\u0E4D';
    private static final char SARA_AA = '\u0E32';
    private static final char SARA_AM = '\u0E33';
    private static final char THAI_ZERO = '\u0E50';
    private static final char THAI_NINE = '\u0E59';
    /** How a key spells {@code %}. */
    private static final String RORYALA = "ร้อยละ";

    private ThaiText() {
    }

    /** Normalised display text; {@code ""} for {@code null}. */
    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (isPlain(raw)) {
            // Most cells: nothing to change but a space at either end (every cell is normalised once).
            int from = raw.charAt(0) == ' ' ? 1 : 0;
            int to = raw.length() > from && raw.charAt(raw.length() - 1) == ' ' ? raw.length() - 1 : raw.length();
            return raw.substring(from, to);
        }
        String s = needsNfc(raw) ? Normalizer.normalize(raw, Normalizer.Form.NFC) : raw;
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == NIKHAHIT) {
                // SARA AM typed as NIKHAHIT + SARA AA, possibly with a tone mark in between.
                int next = i + 1;
                char tone = 0;
                if (next < s.length() && isToneMark(s.charAt(next))) {
                    tone = s.charAt(next);
                    next++;
                }
                if (next < s.length() && s.charAt(next) == SARA_AA) {
                    if (pendingSpace && out.length() > 0) {
                        out.append(' ');
                    }
                    pendingSpace = false;
                    if (tone != 0) {
                        out.append(tone);
                    }
                    out.append(SARA_AM);
                    i = next;
                    continue;
                }
            }
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            if (c >= THAI_ZERO && c <= THAI_NINE) {
                out.append((char) ('0' + (c - THAI_ZERO)));
            } else if (c == '\uFF1A' || c == '\uFE55') {
                out.append(':');
            } else if (c == '\uFF05') {
                out.append('%');
            } else if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) ('0' + (c - '\uFF10')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The comparison key of already normalised text (see the class comment). */
    public static String key(String normalized) {
        if (normalized.isEmpty()) {
            return normalized;
        }
        if (normalized.indexOf(' ') < 0 && normalized.indexOf('%') < 0) {
            // Nothing to drop or spell out: skip the copy.
            return normalized.contains("ระดับที่") ? normalized.replace("ระดับที่", "ระดับ") : normalized;
        }
        // A char array, not a StringBuilder: a builder starts with Latin-1 bytes and copies itself
        // over when the first Thai letter arrives.
        int percents = 0;
        for (int i = normalized.indexOf('%'); i >= 0; i = normalized.indexOf('%', i + 1)) {
            percents++;
        }
        char[] out = new char[normalized.length() + percents * (RORYALA.length() - 1)];
        int n = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c == '%') {
                RORYALA.getChars(0, RORYALA.length(), out, n);
                n += RORYALA.length();
            } else {
                out[n++] = c;
            }
        }
        String k = new String(out, 0, n);
        return k.contains("ระดับที่") ? k.replace("ระดับที่", "ระดับ") : k;
    }

    /**
     * Like {@link #normalize} but keeps line breaks, for narratives a reviewer reads: each line is
     * normalised, blank lines are dropped.
     */
    public static String normalizeLines(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            // Lines end at CR, LF or LINE SEPARATOR (CR LF gives an empty line between, dropped below).
            if (i < raw.length() && !isLineBreak(raw.charAt(i))) {
                continue;
            }
            String n = normalize(raw.substring(start, i));
            if (!n.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(n);
            }
            start = i + 1;
        }
        return out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n' || c == '\u2028';
    }

    /**
     * Whether {@code key(normalize(raw))} can start with {@code letter}, a Thai consonant other
     * than {@code ร} (which {@code %} becomes): whether it is the first character of {@code raw}
     * that is neither a space nor invisible. Normalising makes no such consonant of another
     * character, so a text that fails this needs no key to be told apart from a label starting
     * with that letter.
     */
    public static boolean mayKeyStartWith(String raw, char letter) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isSpace(c) && !isInvisible(c)) {
                return c == letter;
            }
        }
        return false;
    }

    /** Shorthand for {@code key(normalize(raw))}. */
    public static String keyOf(String raw) {
        return key(normalize(raw));
    }

    /**
     * Whether {@link #normalize} would only strip one space at either end: no character it maps or
     * drops, no other kind of space, no two spaces in a row, nothing NFC could change.
     */
    private static boolean isPlain(String s) {
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                // ASCII: only control characters and a second space in a row change anything.
                if (c < 0x20 || c == ' ' && previous == ' ') {
                    return false;
                }
            } else if (c >= 0x0E00 && c <= 0x0E7F) {
                if (c == NIKHAHIT || c >= THAI_ZERO && c <= THAI_NINE) {
                    return false;
                }
            } else {
                return false; // other scripts, invisible and special spaces, full-width forms: the slow path decides
            }
            previous = c;
        }
        return true;
    }

    private static boolean needsNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Thai and ASCII have no canonical compositions; only other scripts need NFC.
            if (c >= 0x0300 && c < 0x0E00 || c > 0x0E7F && c < 0xFB00 && !(c >= 0x2000 && c <= 0x2BFF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isToneMark(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u3000' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C'
                || (c >= '\u2000' && c <= '\u200A');
    }
}
