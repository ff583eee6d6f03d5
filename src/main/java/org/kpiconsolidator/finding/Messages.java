package org.kpiconsolidator.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
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

    /** The message of a finding in a language. */
    public static String of(Finding f, Language language) {
        Properties t = TEMPLATES.get(language);
        String template = null;
        String variant = variant(f);
        if (variant != null) {
            template = t.getProperty(f.code().name() + "." + variant);
        }
        if (template == null) {
            template = t.getProperty(f.code().name(), f.code().summary(language));
        }
        return template
                .replace("{stated}", f.stated())
                .replace("{expected}", f.expected())
                .replace("{cell}", f.a1())
                .replace("{sheet}", f.sheet())
                .replace("{component}", f.component())
                .replace("{indicator}", f.indicator())
                .replace("{field}", fieldName(f.field(), language))
                .replace("{detail}", f.detail());
    }

    /** A field as a reader says it, e.g. {@code น้ำหนัก}; empty for {@code null}. */
    public static String fieldName(Field field, Language language) {
        return field == null ? "" : TEMPLATES.get(language).getProperty("field." + field.key(), field.key());
    }

    private static String variant(Finding f) {
        if (f.code().name().startsWith("FILE_") && !f.detail().isEmpty()) {
            return f.detail(); // the reason a file was not read: zip-bomb-ratio, lock-file, timeout...
        }
        if (f.code() == Code.WEIGHT_SUM_MISMATCH && f.component().isEmpty()) {
            return "unit";
        }
        if (f.code() == Code.INVALID_VALUE && !f.expected().isEmpty()) {
            return "range";
        }
        return f.field() == null ? null : f.field().key();
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
