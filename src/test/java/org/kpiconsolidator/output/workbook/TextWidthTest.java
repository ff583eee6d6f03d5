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
    void linesCountTheBreaksAndTheWrapping() {
        assertThat(TextWidth.lines("ก\nข\n", 10)).isEqualTo(3);
        assertThat(TextWidth.lines("ก".repeat(20), 10)).isEqualTo(3); // 22.4 in 9 usable
        assertThat(TextWidth.of("0123456789\nab")).isEqualTo(10);
    }
}
