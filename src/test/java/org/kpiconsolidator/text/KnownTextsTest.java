package org.kpiconsolidator.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Known texts answer as {@link ThaiText} does, however many texts came before, on every thread. */
class KnownTextsTest {

    private static final List<String> TEXTS = List.of("องค์ประกอบที่ 1", " ระดับที่  5 ", "ร้อยละ", "80 %",
            "\u0e19\u0e4d\u0e49\u0e32", "ตัวชี้วัด\u200b ที่ ๑.๒", "น้ำหนัก（ร้อยละ）", "１２：３０", "\u00a0\t", "", "1.5",
            "ผลการดำเนินงาน".repeat(20), " x".repeat(200));

    private static void answersAsThaiText(KnownTexts known, String raw) {
        KnownTexts.Normalized n = known.of(raw);
        String normalized = ThaiText.normalize(raw);
        assertThat(n.text()).as("text of [%s]", raw).isEqualTo(normalized);
        assertThat(n.key()).as("key of [%s]", raw).isEqualTo(ThaiText.key(normalized));
    }

    @Test
    void answersAsThaiTextTheFirstTimeAndEveryTimeAfter() {
        KnownTexts known = KnownTexts.ofThisThread();
        for (int round = 0; round < 3; round++) {
            for (String raw : TEXTS) {
                // a new String each round, as each form's texts are
                answersAsThaiText(known, new String(raw.toCharArray()));
            }
        }
        assertThat(known.of(null)).isEqualTo(new KnownTexts.Normalized("", ""));
    }

    @Test
    void aTextMetBeforeIsNotNormalisedAgain() {
        KnownTexts known = KnownTexts.ofThisThread();
        String label = "ค่าคะแนนที่ได้ " + System.nanoTime();
        assertThat(known.of(new String(label.toCharArray()))).isSameAs(known.of(new String(label.toCharArray())));
        String narrative = "ผลการดำเนินงาน ".repeat(30);
        assertThat(known.of(narrative)).as("long texts are not kept").isNotSameAs(known.of(narrative))
                .isEqualTo(known.of(narrative));
    }

    @Test
    void manyTextsLaterItStillAnswersAsThaiText() {
        KnownTexts known = KnownTexts.ofThisThread();
        for (int i = 0; i < 40_000; i++) {
            // some 900,000 characters: more than it keeps, so it starts again several times
            String raw = (i % 3 == 0 ? " ระดับที่ " : "ตัวชี้วัดที่ ") + i + (i % 5 == 0 ? " %" : "");
            answersAsThaiText(known, raw);
        }
        for (String raw : TEXTS) {
            answersAsThaiText(known, raw);
        }
    }

    @Test
    void eachThreadHasItsOwn() throws Exception {
        KnownTexts mine = KnownTexts.ofThisThread();
        KnownTexts other = CompletableFuture.supplyAsync(KnownTexts::ofThisThread, r -> new Thread(r).start()).get();
        assertThat(other).isNotSameAs(mine);
        assertThat(KnownTexts.ofThisThread()).isSameAs(mine);
    }
}
