package org.kpiconsolidator.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kpiconsolidator.workbook.CellRef;

/** A message split into what is wrong and what to do, as {@code check} and the feedback sheet show it. */
class MessagePartsTest {

    private static final Finding SCORE = Finding.of(Code.SCORE_MISMATCH).at(new CellRef("องค์ประกอบที่ 1", 22, 3))
            .component(1).indicator("1").field(Field.SCORE).stated("80").expected("90").detail("4").build();

    @Test
    void thaiSplitsAtTheDash() {
        Messages.Parts parts = Messages.parts(SCORE, Language.TH);

        assertThat(parts.problem()).isEqualTo("คะแนนที่ได้ 80 ไม่ตรงกับเกณฑ์: ระดับ 4 = 90 คะแนน (เซลล์ D23)");
        assertThat(parts.action()).isEqualTo("แก้คะแนนที่ได้เป็น 90");
    }

    @Test
    void englishSplitsBeforeTheLastSentence() {
        Messages.Parts parts = Messages.parts(SCORE, Language.EN);

        assertThat(parts.problem()).endsWith("(cell D23).");
        assertThat(parts.action()).isEqualTo("Change the score to 90.");
    }

    @ParameterizedTest
    @EnumSource(Code.class)
    void thePartsAreTheWholeMessage(Code code) {
        Finding f = Finding.of(code).at(new CellRef("s", 0, 0)).stated("1").expected("2").detail("x").build();
        for (Language language : Language.values()) {
            Messages.Parts parts = Messages.parts(f, language);
            String joined = parts.action().isEmpty() ? parts.problem()
                    : parts.problem() + (language == Language.TH ? " — " : " ") + parts.action();
            assertThat(joined).isEqualTo(Messages.of(f, language));
        }
    }
}
