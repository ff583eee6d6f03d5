package org.kpiconsolidator.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Builds a finding's message from its fields with the templates in {@code messages_th.properties}
 * and {@code messages_en.properties}: each says what was found, what was expected and what to do.
 */
public final class Messages {

    private static final Map<Language, Properties> TEMPLATES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            TEMPLATES.put(language, load("messages_" + language.name().toLowerCase(java.util.Locale.ROOT)
                    + ".properties"));
        }
    }

    private Messages() {
    }

    /**
     * The message of a finding in a language: the most specific template of its code (see
     * {@link #templateKeys}), filled with the finding's fields.
     */
    public static String of(Finding f, Language language) {
        return fill(template(f, language), f, language);
    }

    /**
     * The message as the discrepancy log gives it: for a waived finding, the waiver first
     * ({@code [waived: reason — reviewer, 2021-11-30] ...}), so the log keeps the header of SPEC 5
     * and still says which findings the office accepted and why.
     */
    public static String logged(Finding f, Language language) {
        String message = of(f, language);
        if (f.waiver().isEmpty()) {
            return message;
        }
        Waiver w = f.waiver().get();
        String by = w.reviewer() + ", " + w.date();
        String word = language == Language.EN ? "waived" : "ยกเว้นแล้ว";
        return "[" + word + (w.reason().isBlank() ? " — " + by : ": " + w.reason() + " — " + by) + "] " + message;
    }

    /**
     * A message in its two halves, for layouts that show them apart: what is wrong, and what to do
     * ({@code คะแนนที่ได้ 80 ไม่ตรงกับเกณฑ์...} and {@code แก้คะแนนที่ได้เป็น 90}). The action is empty
     * when the message asks nothing of the unit.
     */
    public static Parts parts(Finding f, Language language) {
        String template = template(f, language);
        int at = template.indexOf(ACTION_SEPARATOR);
        if (at >= 0) {
            return new Parts(fill(template.substring(0, at), f, language),
                    fill(template.substring(at + ACTION_SEPARATOR.length()), f, language));
        }
        // English templates end with the action as their last sentence.
        int dot = language == Language.EN ? template.lastIndexOf(". ") : -1;
        if (dot >= 0) {
            return new Parts(fill(template.substring(0, dot + 1), f, language),
                    fill(template.substring(dot + 2), f, language));
        }
        return new Parts(fill(template, f, language), "");
    }

    /** What is wrong, and what to do about it. */
    public record Parts(String problem, String action) {
    }

    /** Separates what is wrong from what to do in the Thai templates. */
    private static final String ACTION_SEPARATOR = " — ";

    private static String template(Finding f, Language language) {
        Properties t = TEMPLATES.get(language);
        String template = null;
        for (String key : templateKeys(f)) {
            template = t.getProperty(key);
            if (template != null) {
                break;
            }
        }
        if (template == null) {
            template = f.code().summary(language);
        }
        return template;
    }

    /**
     * The template with each {@code {name}} it holds replaced by the finding's field, in one pass: a
     * value that itself holds a {@code {name}} (a unit's own text) stays as the unit wrote it.
     */
    private static String fill(String template, Finding f, Language language) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder b = new StringBuilder(template.length() + 64);
        int done = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            String value = field(template.substring(open + 1, close), f, language);
            if (value == null) {
                open = template.indexOf('{', open + 1); // not a field: left as written
                continue;
            }
            b.append(template, done, open).append(value);
            done = close + 1;
            open = template.indexOf('{', done);
        }
        return b.append(template, done, template.length()).toString();
    }

    /** The value of the field a template names, or {@code null} when it names none. */
    private static String field(String name, Finding f, Language language) {
        return switch (name) {
            case "stated" -> f.stated();
            case "expected" -> f.expected();
            case "cell" -> f.a1();
            case "sheet" -> f.sheet();
            case "component" -> f.component();
            case "indicator" -> f.indicator();
            case "field" -> fieldName(f.field(), language);
            case "detail" -> f.detail();
            default -> null;
        };
    }

    /**
     * Template keys from the most specific: the reason a file was not read, a special variant of the
     * code ({@code unit} for the
     * unit-level weight sum, {@code range} for an out-of-range value), then {@code CODE.field.kind}
     * where the detail is a kind word such as {@code missing} (or a level number, kind {@code level}),
     * then {@code CODE.field}, then {@code CODE}.
     */
    static List<String> templateKeys(Finding f) {
        String code = f.code().name();
        List<String> keys = new ArrayList<>(4);
        if (code.startsWith("FILE_") && !f.detail().isEmpty()) {
            keys.add(code + "." + f.detail()); // the reason a file was not read: zip-bomb-ratio, lock-file, timeout...
        }
        if (f.code() == Code.WEIGHT_SUM_MISMATCH && f.component().isEmpty()) {
            keys.add(code + ".unit");
        }
        if (f.code() == Code.INVALID_VALUE && !f.expected().isEmpty()) {
            keys.add(code + ".range");
        }
        if (f.field() != null) {
            String kind = kindOf(f.detail());
            if (kind != null) {
                keys.add(code + "." + f.field().key() + "." + kind);
            }
            keys.add(code + "." + f.field().key());
        }
        keys.add(code);
        return keys;
    }

    /** {@code level} for a level number, the word itself for a lower-case word, else {@code null}. */
    private static String kindOf(String detail) {
        if (detail.isEmpty()) {
            return null;
        }
        if (detail.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "level";
        }
        return detail.chars().allMatch(c -> c >= 'a' && c <= 'z') ? detail : null;
    }

    /** A field as a reader says it, e.g. {@code น้ำหนัก}; empty for {@code null}. */
    public static String fieldName(Field field, Language language) {
        return field == null ? "" : TEMPLATES.get(language).getProperty("field." + field.key(), field.key());
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("message templates missing from the jar: " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
