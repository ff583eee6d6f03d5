package org.kpiconsolidator.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The normalised text and label key of the texts a thread met before. A form's labels come back in
 * every form of a batch, the same few hundred texts thousands of times, and normalising them is
 * much of locating a form's tables; with this each is normalised once per thread. Only short texts
 * are kept, and only so many characters in all: narratives and data seldom repeat.
 */
public final class KnownTexts {

    /** Texts longer than this are normalised each time: labels are shorter. */
    private static final int MAX_TEXT_CHARS = 160;
    /** When the texts kept reach this many characters, the thread starts again with none. */
    private static final int MAX_CHARS_KEPT = 1 << 18;

    private static final ThreadLocal<KnownTexts> OF_THREAD = ThreadLocal.withInitial(KnownTexts::new);

    /** A text as {@link ThaiText#normalize} and {@link ThaiText#key} give it. */
    public record Normalized(String text, String key) {
    }

    private final Map<String, Normalized> texts = new HashMap<>(4096);
    private int charsKept;

    private KnownTexts() {
    }

    /** The current thread's texts. */
    public static KnownTexts ofThisThread() {
        return OF_THREAD.get();
    }

    /** {@code raw} normalised and keyed, as {@link ThaiText} does it. */
    public Normalized of(String raw) {
        if (raw == null || raw.length() > MAX_TEXT_CHARS) {
            return normalized(raw);
        }
        Normalized known = texts.get(raw);
        if (known == null) {
            known = normalized(raw);
            if (charsKept + raw.length() > MAX_CHARS_KEPT) {
                texts.clear(); // starting again costs less than keeping an order to evict by
                charsKept = 0;
            }
            texts.put(raw, known);
            charsKept += raw.length();
        }
        return known;
    }

    private static Normalized normalized(String raw) {
        String text = ThaiText.normalize(raw);
        return new Normalized(text, ThaiText.key(text));
    }
}
