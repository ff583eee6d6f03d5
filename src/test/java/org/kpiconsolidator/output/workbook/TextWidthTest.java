package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Widths in digit widths: Thai marks above and below a consonant take none. */
class TextWidthTest {

    @Test
    void thaiMarksAboveAndBelowTakeNoWidth() {
        assertThat(TextWidth.of("กกกกกกกกกก")).isEqualTo(12); // ten consonants, 11.2
        assertThat(TextWidth.of("กิ่กิ่กิ่กิ่กิ่กิ่กิ่กิ่กิ่กิ่")).isEqualTo(12); // the same with a vowel and a tone mark on each
        assertThat(TextWidth.of("ตัวชี้วัด")).isEqualTo(TextWidth.of("ตวชวด"));
        assertThat(TextWidth.of("ำ")).isEqualTo(2); // SARA AM takes its own width
    }

    @Test
    void widthsAddUpExactly() {
        assertThat(TextWidth.of("ก".repeat(25))).isEqualTo(28); // 25 x 1.12, no rounding error to round up
        assertThat(TextWidth.lines("ก".repeat(25), 28)).isEqualTo(2); // 28 in 25.2 usable
        assertThat(TextWidth.lines("ก".repeat(20), 28)).isEqualTo(1); // 22.4
    }

    @Test
    void aCharacterOutsideTheBmpIsOneCharacter() {
        assertThat(TextWidth.of("\uD83D\uDE00")).isEqualTo(2); // 1.1, once
        assertThat(TextWidth.of("\uD83D\uDE00".repeat(10))).isEqualTo(11);
        assertThat(TextWidth.of("\uD83D")).isEqualTo(2); // an unpaired half counts as a character
        assertThat(TextWidth.of("\uDE00")).isEqualTo(2);
        assertThat(TextWidth.of("\uD83D\uDE00\uDE00")).isEqualTo(3); // a pair, then a low half alone: 2.2
        assertThat(TextWidth.of("\uD83D\uD83D\uDE00")).isEqualTo(3); // a high half alone, then a pair
    }

    @Test
    void linesCountTheBreaksAndTheWrapping() {
        assertThat(TextWidth.lines("ก\nข\n", 10)).isEqualTo(3);
        assertThat(TextWidth.lines("ก".repeat(20), 10)).isEqualTo(3); // 22.4 in 9 usable
        assertThat(TextWidth.of("0123456789\nab")).isEqualTo(10);
    }
}
