package org.kpiconsolidator.finding;

import java.util.Locale;

/** The language of messages: Thai by default, English on request. */
public enum Language {
    TH, EN;

    /** {@code th} or {@code en}, in any case. */
    public static Language parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
