package org.kpiconsolidator.workbook.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The machinery under {@link SheetScanner}: a cursor over a part's bytes for plain XML only, UTF-8,
 * elements, attributes, text, the predefined entities and character references, in the
 * SpreadsheetML namespace by default. It checks what it passes over as an XML parser would (names,
 * end tags, entities, UTF-8, prefixes in scope) and throws {@link NotPlain} at anything else: a
 * comment, CDATA, a DTD, another encoding, a prefix bound to SpreadsheetML, a default namespace
 * declared below the root where elements are read by name, malformed XML. The reader built on it
 * then leaves the part to StAX.
 */
abstract class PlainXml {

    private static final int MAX_DEPTH = 256;
    private static final int MAX_ATTRIBUTES = 64;
    private static final byte[] MAIN_NS = Xml.MAIN_NS.getBytes(StandardCharsets.US_ASCII);
    /** A rich text's text and run elements. */
    private static final byte[] TEXT = ascii("t");
    private static final byte[] RUN = ascii("r");
    /** The XML declarations read: version 1.0, UTF-8. */
    private static final Pattern DECLARATION = Pattern.compile("<\\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*"
            + "([\"'])1\\.0\\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*([\"'])(?i:utf-8)\\3)?"
            + "([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*([\"'])(yes|no)\\5)?[ \t\r\n]*\\?>");

    /** The part is not plain XML: the reader leaves it to StAX. */
    static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    final byte[] b;
    private final int end;
    private int pos;

    // The last start tag read: its name, attributes and whether it closed itself.
    private int nameFrom;
    private int nameTo;
    boolean selfClosing;
    private int attributes;
    private int[] attrName = new int[8];
    private int[] attrNameEnd = new int[8];
    private int[] attrColon = new int[8];
    int[] attrValue = new int[8];
    int[] attrValueEnd = new int[8];
    /** The value is ASCII without entities, control characters or markup. */
    private boolean[] attrPlain = new boolean[8];
    /** The last start tag: any namespace declaration, any prefixed attribute, the colon in its name (or -1). */
    private boolean declarations;
    private boolean prefixedAttributes;
    private int nameColon;
    /** The colon {@link #name} met last, or -1. */
    private int lastColon;

    // Prefixes in scope, each with the depth of the element that declared it.
    private final List<String> prefixes = new ArrayList<>();
    private int[] prefixDepths = new int[8];

    private char[] chars = new char[64];

    PlainXml(byte[] bytes) {
        this.b = bytes;
        this.end = bytes.length;
    }


    static NotPlain notPlain() {
        return NOT_PLAIN;
    }


    /** After the root element, only white space. */
    void requireEnd() {
        while (pos < end && isSpace(b[pos])) {
            pos++;
        }
        if (pos != end) {
            throw notPlain();
        }
    }

    // ---- attribute values of the last start tag ----

    /** The index of the unprefixed attribute {@code name} of the last start tag, or -1. */
    int attribute(byte[] name) {
        for (int k = 0; k < attributes; k++) {
            int local = attrColon[k] < 0 ? attrName[k] : attrColon[k] + 1;
            if (attrNameEnd[k] - local == name.length && matches(local, name)) {
                if (attrColon[k] >= 0) {
                    throw notPlain(); // whether a prefixed one counts is the XML parser's to say
                }
                return k;
            }
        }
        return -1;
    }

    /** The value of an attribute the cells are read from: plain ASCII without entities or line ends. */
    String plainValue(int k) {
        requirePlainValue(k);
        return new String(b, attrValue[k], attrValueEnd[k] - attrValue[k], StandardCharsets.ISO_8859_1);
    }

    void requirePlainValue(int k) {
        if (!attrPlain[k]) {
            throw notPlain();
        }
    }

    /**
     * An unsigned int attribute as {@link Xml#unsignedInt} reads it; -1 when absent. Up to nine
     * digits and nothing else (a style index, a row number) are read from the bytes, no string made.
     */
    long unsignedInt(int k, String what) {
        if (k < 0) {
            return -1;
        }
        requirePlainValue(k);
        int from = attrValue[k];
        int to = attrValueEnd[k];
        if (to > from && to - from <= 9) {
            long n = 0;
            for (int i = from; i < to && n >= 0; i++) {
                int c = b[i];
                n = c >= '0' && c <= '9' ? n * 10 + (c - '0') : -1;
            }
            if (n >= 0) {
                return n;
            }
        }
        return Xml.unsignedInt(plainValue(k), what); // spaces, signs, long or malformed: read and named there
    }

    /** Whether the plain value of attribute {@code k} is the ASCII text {@code ascii}. */
    boolean valueIs(int k, String ascii) {
        requirePlainValue(k);
        return attrValueEnd[k] - attrValue[k] == ascii.length() && matches(attrValue[k], ascii);
    }

    /** A boolean attribute as {@link Xml#bool} reads it; {@code false} when absent. */
    boolean bool(int k, String what) {
        return k >= 0 && Xml.bool(plainValue(k), what);
    }

    // ---- XML ----

    /** The XML declaration, if any (version 1.0, UTF-8); leaves {@link #pos} on the root's {@code <}. */
    void prolog() {
        if (end >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
        if (startsWith(pos, "<?xml") && pos + 5 < end && isSpace(b[pos + 5])) {
            int close = indexOf(pos, "?>");
            if (close < 0 || !DECLARATION.matcher(new String(b, pos, close + 2 - pos, StandardCharsets.ISO_8859_1))
                    .matches()) {
                throw notPlain();
            }
            pos = close + 2;
            while (pos < end && isSpace(b[pos])) {
                pos++;
            }
        }
    }

    /** The root declares SpreadsheetML as its default namespace, and binds no prefix to it. */
    boolean declaresMainAsDefault() {
        if (nameColon >= 0) {
            return false;
        }
        boolean main = false;
        for (int k = 0; k < attributes; k++) {
            boolean isDefault = attrNameEnd[k] - attrName[k] == 5 && matches(attrName[k], "xmlns");
            boolean isPrefix = attrColon[k] == attrName[k] + 5 && matches(attrName[k], "xmlns");
            if (!isDefault && !isPrefix) {
                continue;
            }
            requirePlainValue(k);
            boolean valueIsMain = attrValueEnd[k] - attrValue[k] == MAIN_NS.length
                    && Arrays.equals(b, attrValue[k], attrValueEnd[k], MAIN_NS, 0, MAIN_NS.length);
            if (isDefault) {
                main = valueIsMain;
            } else if (valueIsMain || attrValueEnd[k] == attrValue[k]) {
                return false;
            } else {
                declare(attrColon[k] + 1, attrNameEnd[k], 1);
            }
        }
        checkAttributePrefixes();
        return main;
    }

    /**
     * Checks a child's start tag where children are read by name: a default namespace declared
     * there is not plain (it may change what an element is); prefixes it declares come into scope
     * (none may stand for SpreadsheetML, or an element read by name could be a prefixed one); the
     * prefixes it uses must be in scope.
     */
    void checkChildTag() {
        if (declarations) {
            for (int k = 0; k < attributes; k++) {
                if (attrNameEnd[k] - attrName[k] == 5 && matches(attrName[k], "xmlns")) {
                    throw notPlain();
                }
            }
        }
        scope();
    }

    /**
     * Takes the prefixes the start tag just read declares into scope (a self-closing element's
     * serve itself only), and checks the prefixes it uses are in scope.
     */
    private void scope() {
        if (declarations) {
            declarePrefixes(selfClosing ? open + 1 : open);
        }
        if (nameColon >= 0 && !declared(nameFrom, nameColon)) {
            throw notPlain();
        }
        if (prefixedAttributes) {
            checkAttributePrefixes();
        }
        dropPrefixesDeeperThan(open);
    }

    private void checkAttributePrefixes() {
        for (int k = 0; k < attributes; k++) {
            if (attrColon[k] >= 0 && !matches(attrName[k], "xmlns:") && !(attrColon[k] - attrName[k] == 3
                    && matches(attrName[k], "xml:")) && !declared(attrName[k], attrColon[k])) {
                throw notPlain();
            }
        }
    }

    private boolean declared(int from, int colon) {
        for (String prefix : prefixes) {
            if (prefix.length() == colon - from && matches(from, prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves to the next child of the current element: {@code true} with its start tag read,
     * {@code false} past the current element's end tag. Text between children must be plain.
     */
    boolean nextChild() {
        toNextTag();
        if (b[pos + 1] == '/') {
            endTag();
            return false;
        }
        startTag();
        return true;
    }

    /** Moves to the next tag; the text before it must be plain. */
    private void toNextTag() {
        int i = pos;
        boolean plain = true;
        while (b[i] != '<') {
            int c = b[i];
            if (c < 0x20 || c == '&' || c == '>') {
                plain = false; // checked below
            }
            i++;
        }
        if (!plain) {
            checkText(pos, i);
        }
        pos = i;
    }

    /** The text of the element just started up to its end tag, which must come next. */
    String text() {
        if (selfClosing) {
            return "";
        }
        int from = pos;
        int i = pos;
        while (b[i] != '<') {
            int c = b[i];
            if (c < 0 || c == '&') {
                return decodedText(from); // letters past ASCII, or entities: decoded from the start
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n') {
                    throw notPlain(); // a carriage return reads as a line feed in XML; StAX does that
                }
            } else if (c == '>' && i >= from + 2 && b[i - 1] == ']' && b[i - 2] == ']') {
                throw notPlain();
            }
            i++;
        }
        String text = new String(b, from, i - from, StandardCharsets.ISO_8859_1);
        endText(i);
        return text;
    }

    /**
     * The text from {@code from} to the end tag that must come next, checked as {@link #text}
     * checks it and decoded in the same pass: UTF-8 (as {@link #utf8} checks it; the three-byte
     * letters, Thai among them, without a call each), entities and character references.
     * {@link #chars} is scratch space.
     */
    private String decodedText(int from) {
        int n = 0;
        int i = from;
        while (true) {
            int c = b[i];
            if (n + 2 > chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            if (c >= 0x20 && c != '&' && c != '<' && c != '>') {
                chars[n++] = (char) c;
                i++;
            } else if (c < 0) {
                int c1 = b[i + 1];
                int c2 = b[i + 2];
                int cp = (c & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F);
                if ((c & 0xF0) == 0xE0 && (c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80 && cp >= 0x800
                        && (cp < 0xD800 || cp > 0xDFFF) && cp < 0xFFFE) {
                    chars[n++] = (char) cp;
                    i += 3;
                } else {
                    i = utf8(i, end, chars, n);
                    n += lastUtf8Chars;
                }
            } else if (c == '<') {
                break;
            } else if (c == '&') {
                n += Character.toChars(entityValue(i), chars, n);
                i = entityEnd;
            } else if (c == '>') {
                if (i >= from + 2 && b[i - 1] == ']' && b[i - 2] == ']') {
                    throw notPlain();
                }
                chars[n++] = '>';
                i++;
            } else if (c == '\t' || c == '\n') {
                chars[n++] = (char) c;
                i++;
            } else {
                throw notPlain(); // a carriage return reads as a line feed in XML; StAX does that
            }
        }
        String text = new String(chars, 0, n);
        endText(i);
        return text;
    }

    /** Past the end tag at {@code i}, which must close the element whose text was read. */
    private void endText(int i) {
        pos = i;
        if (b[pos + 1] != '/') {
            throw notPlain(); // a child element, comment or CDATA: the StAX parser's
        }
        endTag();
    }

    /**
     * The text of the rich text element just started (an inline string's {@code <is>}, a shared
     * string's {@code <si>}), as {@code RichText.read} gives it: the runs' texts joined (a run
     * without text as "null", as POI does), else the plain text; {@code null} with neither.
     */
    String richText() {
        String plain = null;
        boolean plainSeen = false;
        StringBuilder runs = null;
        if (!selfClosing) {
            while (nextChild()) {
                checkChildTag();
                if (isName(TEXT) && !plainSeen) {
                    plain = text();
                    plainSeen = true;
                } else if (isName(RUN)) {
                    if (runs == null) {
                        runs = new StringBuilder();
                    }
                    runs.append(run());
                } else {
                    skip();
                }
            }
        }
        return RichText.decode(runs != null ? runs.toString() : plain);
    }

    private String run() {
        String text = null;
        if (!selfClosing) {
            while (nextChild()) {
                checkChildTag();
                if (text == null && isName(TEXT)) {
                    text = text();
                } else {
                    skip();
                }
            }
        }
        return text;
    }

    /** Skips the element just started, its content checked to be plain, well-formed XML. */
    void skip() {
        if (selfClosing) {
            return;
        }
        int depth = open;
        while (open >= depth) {
            toNextTag();
            if (b[pos + 1] == '/') {
                endTag();
            } else {
                startTag();
                scope();
            }
        }
    }

    private void dropPrefixesDeeperThan(int depth) {
        while (!prefixes.isEmpty() && prefixDepths[prefixes.size() - 1] > depth) {
            prefixes.remove(prefixes.size() - 1);
        }
    }

    /**
     * The prefixes the element at {@code depth} declares: allowed, unless bound to SpreadsheetML or
     * to nothing. (A default namespace declared in skipped content changes nothing that is read.)
     */
    private void declarePrefixes(int depth) {
        for (int k = 0; k < attributes; k++) {
            if (attrColon[k] == attrName[k] + 5 && matches(attrName[k], "xmlns")) {
                requirePlainValue(k);
                boolean valueIsMain = attrValueEnd[k] - attrValue[k] == MAIN_NS.length
                        && Arrays.equals(b, attrValue[k], attrValueEnd[k], MAIN_NS, 0, MAIN_NS.length);
                if (valueIsMain || attrValueEnd[k] == attrValue[k]) {
                    throw notPlain();
                }
                declare(attrColon[k] + 1, attrNameEnd[k], depth);
            }
        }
    }

    private void declare(int from, int to, int depth) {
        if (prefixes.size() == prefixDepths.length) {
            prefixDepths = Arrays.copyOf(prefixDepths, prefixDepths.length * 2);
        }
        prefixDepths[prefixes.size()] = depth;
        prefixes.add(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /** Reads a start tag at {@link #pos}: its name and attributes, each checked. */
    void startTag() {
        if (b[pos] != '<') {
            throw notPlain();
        }
        nameFrom = pos + 1;
        nameTo = name(nameFrom);
        nameColon = lastColon;
        declarations = false;
        prefixedAttributes = false;
        int i = nameTo;
        attributes = 0;
        while (true) {
            int spaces = i;
            while (isSpace(b[i])) {
                i++;
            }
            if (b[i] == '>') {
                selfClosing = false;
                i++;
                break;
            }
            if (b[i] == '/') {
                if (b[i + 1] != '>') {
                    throw notPlain();
                }
                selfClosing = true;
                i += 2;
                break;
            }
            if (i == spaces) {
                throw notPlain();
            }
            i = attribute(i);
        }
        pos = i;
        if (!selfClosing) {
            opened();
        }
        for (int k = 1; k < attributes; k++) {
            for (int j = 0; j < k; j++) {
                if (sameLocalName(j, k)) {
                    throw notPlain();
                }
            }
        }
    }

    private int attribute(int i) {
        if (attributes == MAX_ATTRIBUTES) {
            throw notPlain();
        }
        if (attributes == attrName.length) {
            int n = attributes * 2;
            attrName = Arrays.copyOf(attrName, n);
            attrNameEnd = Arrays.copyOf(attrNameEnd, n);
            attrColon = Arrays.copyOf(attrColon, n);
            attrValue = Arrays.copyOf(attrValue, n);
            attrValueEnd = Arrays.copyOf(attrValueEnd, n);
            attrPlain = Arrays.copyOf(attrPlain, n);
        }
        int k = attributes;
        attrName[k] = i;
        attrNameEnd[k] = name(i);
        attrColon[k] = lastColon;
        if (lastColon >= 0) {
            prefixedAttributes = true;
            if (lastColon == i + 5 && matches(i, "xmlns")) {
                declarations = true;
            }
        } else if (attrNameEnd[k] - i == 5 && matches(i, "xmlns")) {
            declarations = true;
        }
        int j = attrNameEnd[k];
        while (isSpace(b[j])) {
            j++;
        }
        if (b[j] != '=') {
            throw notPlain();
        }
        j++;
        while (isSpace(b[j])) {
            j++;
        }
        byte quote = b[j];
        if (quote != '"' && quote != '\'') {
            throw notPlain();
        }
        attrValue[k] = ++j;
        boolean plain = true;
        while (b[j] != quote) {
            int c = b[j];
            if (c < 0x20 || c == '&' || c == '<' || c == '>') {
                plain = false; // checked below
            }
            j++;
        }
        attrValueEnd[k] = j;
        attrPlain[k] = plain;
        if (!plain) {
            checkValue(k);
        }
        attributes++;
        return j + 1;
    }

    /** An attribute value is well-formed: no {@code <}, known entities, valid UTF-8. */
    private void checkValue(int k) {
        checkText(attrValue[k], attrValueEnd[k]);
        for (int i = attrValue[k]; i < attrValueEnd[k]; i++) {
            if (b[i] == '<') {
                throw notPlain();
            }
        }
    }

    private boolean sameLocalName(int j, int k) {
        int a = attrColon[j] < 0 ? attrName[j] : attrColon[j] + 1;
        int c = attrColon[k] < 0 ? attrName[k] : attrColon[k] + 1;
        return attrNameEnd[j] - a == attrNameEnd[k] - c && b[a] == b[c]
                && Arrays.equals(b, a, attrNameEnd[j], b, c, attrNameEnd[k]);
    }

    private void endTag() {
        int from = pos + 2;
        int to = name(from);
        // the end tag closes the element whose start tag was read last at this depth: checked by name
        int i = to;
        while (isSpace(b[i])) {
            i++;
        }
        if (b[i] != '>') {
            throw notPlain();
        }
        pos = i + 1;
        endTagNames(from, to);
    }

    // Names of the open elements, to check each end tag against its start tag.
    private int[] openFrom = new int[16];
    private int[] openTo = new int[16];
    private int open;

    /** Called for every start tag that is not self-closing and every end tag, in document order. */
    private void endTagNames(int from, int to) {
        if (open == 0) {
            throw notPlain();
        }
        open--;
        dropPrefixesDeeperThan(open);
        if (to - from != openTo[open] - openFrom[open]
                || !Arrays.equals(b, from, to, b, openFrom[open], openTo[open])) {
            throw notPlain();
        }
    }

    private void opened() {
        if (open == MAX_DEPTH) {
            throw notPlain();
        }
        if (open == openFrom.length) {
            openFrom = Arrays.copyOf(openFrom, open * 2);
            openTo = Arrays.copyOf(openTo, open * 2);
        }
        openFrom[open] = nameFrom;
        openTo[open] = nameTo;
        open++;
    }

    /** Text outside what is read: no markup XML would read differently, entities known, UTF-8 valid. */
    private void checkText(int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c >= 0x20) {
                if (c == '&') {
                    entityValue(i);
                    i = entityEnd - 1;
                } else if (c == '>' && i >= from + 2 && b[i - 1] == ']' && b[i - 2] == ']') {
                    throw notPlain();
                }
            } else if (c < 0) {
                i = utf8(i, to, null, 0) - 1;
            } else if (c != '\t' && c != '\n' && c != '\r') {
                throw notPlain();
            }
        }
    }

    private int lastUtf8Chars;

    /**
     * Checks (and, with {@code out}, decodes) the UTF-8 sequence at {@code i}: strict, no
     * surrogates, not U+FFFE or U+FFFF, which XML does not allow. Returns the index after it.
     */
    private int utf8(int i, int to, char[] out, int at) {
        int c = b[i] & 0xFF;
        int cp;
        int next;
        if (c >= 0xC2 && c <= 0xDF) {
            cp = (c & 0x1F) << 6 | continuation(i + 1, to);
            next = i + 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            cp = (c & 0x0F) << 12 | continuation(i + 1, to) << 6 | continuation(i + 2, to);
            if (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF || cp >= 0xFFFE) {
                throw notPlain();
            }
            next = i + 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            cp = (c & 0x07) << 18 | continuation(i + 1, to) << 12 | continuation(i + 2, to) << 6
                    | continuation(i + 3, to);
            if (cp < 0x10000 || cp > 0x10FFFF) {
                throw notPlain();
            }
            next = i + 4;
        } else {
            throw notPlain();
        }
        if (out != null) {
            lastUtf8Chars = Character.toChars(cp, out, at);
        }
        return next;
    }

    private int continuation(int i, int to) {
        if (i >= to || (b[i] & 0xC0) != 0x80) {
            throw notPlain();
        }
        return b[i] & 0x3F;
    }

    /** Where the entity {@link #entityValue} read last ends. */
    private int entityEnd;

    /**
     * The code point the entity or character reference at {@code i} stands for, its end in
     * {@link #entityEnd}; any other entity is not plain.
     */
    private int entityValue(int i) {
        int semicolon = i + 1;
        while (semicolon < end && semicolon - i <= 10 && b[semicolon] != ';') {
            semicolon++;
        }
        if (semicolon >= end || b[semicolon] != ';') {
            throw notPlain();
        }
        entityEnd = semicolon + 1;
        int from = i + 1;
        int length = semicolon - from;
        if (length == 2 && matches(from, "lt")) {
            return '<';
        }
        if (length == 2 && matches(from, "gt")) {
            return '>';
        }
        if (length == 3 && matches(from, "amp")) {
            return '&';
        }
        if (length == 4 && matches(from, "quot")) {
            return '"';
        }
        if (length == 4 && matches(from, "apos")) {
            return '\'';
        }
        if (length < 2 || b[from] != '#') {
            throw notPlain();
        }
        boolean hex = b[from + 1] == 'x';
        int digitsFrom = hex ? from + 2 : from + 1;
        if (digitsFrom == semicolon) {
            throw notPlain();
        }
        int cp = 0;
        for (int d = digitsFrom; d < semicolon; d++) {
            int digit = hexDigit(b[d]);
            if (digit < 0 || !hex && digit > 9) {
                throw notPlain();
            }
            cp = cp * (hex ? 16 : 10) + digit;
        }
        // A tab or line end by reference is kept; other control characters and non-characters are StAX's.
        if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0xD800 && cp <= 0xDFFF
                || cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF) {
            throw notPlain();
        }
        return cp;
    }

    private static int hexDigit(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The end of the ASCII XML name at {@code i}; its colon in {@link #lastColon} (at most one, not at an end). */
    private int name(int i) {
        if (b[i] < 0 || NAME[b[i]] != START) {
            throw notPlain();
        }
        lastColon = -1;
        int j = i + 1;
        while (true) {
            int c = b[j];
            if (c < 0) {
                throw notPlain();
            }
            byte kind = NAME[c];
            if (kind == OTHER) {
                break;
            }
            if (kind == COLON) {
                if (lastColon >= 0) {
                    throw notPlain();
                }
                lastColon = j;
            }
            j++;
        }
        if (lastColon == j - 1) {
            throw notPlain();
        }
        return j;
    }

    private static final byte OTHER = 0;
    private static final byte START = 1;
    private static final byte PART = 2;
    private static final byte COLON = 3;
    /** What each ASCII character is in a name. */
    private static final byte[] NAME = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                NAME[c] = START;
            } else if (c >= '0' && c <= '9' || c == '-' || c == '.') {
                NAME[c] = PART;
            } else if (c == ':') {
                NAME[c] = COLON;
            }
        }
    }

    /** The last start tag's name is {@code name}, unprefixed. */
    boolean isName(byte[] name) {
        return nameTo - nameFrom == name.length && matches(nameFrom, name);
    }

    /** A name as {@link #isName} and {@link #attribute} take it. */
    static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    private boolean matches(int from, byte[] ascii) {
        for (int i = 0; i < ascii.length; i++) {
            if (b[from + i] != ascii[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(int from, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (b[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int from, String ascii) {
        return from + ascii.length() <= end && matches(from, ascii);
    }

    private int indexOf(int from, String ascii) {
        for (int i = from; i + ascii.length() <= end; i++) {
            if (matches(i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }
}
