package org.kpiconsolidator.output.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.kpiconsolidator.finding.Language;

/**
 * The words of the workbook (titles, column headers, value names) in the run's language, from
 * {@code labels_th.properties} and {@code labels_en.properties}. A {@code \n} in a header is where
 * it breaks: Excel does not break Thai text between words by itself.
 */
final class Labels {

    private final Properties words;

    private Labels(Properties words) {
        this.words = words;
    }

    static Labels of(Language language) {
        String name = "labels_" + language.name().toLowerCase(Locale.ROOT) + ".properties";
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("workbook labels missing from the jar: " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Labels(p);
    }

    /** The text of a key; {@code {0}}, {@code {1}}... are replaced by the arguments in order. */
    String get(String key, Object... args) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no workbook label " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
