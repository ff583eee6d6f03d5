package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {

    @ParameterizedTest
    @CsvSource({
        "SCORE_MISMATCH, 14",
        "ที่, 1",
        "น้ำหนัก, 5",
        "คะแนนที่ได้, 8",
        "ต่ำกว่าระดับ 1, 11",
        "องค์ประกอบที่ 1!D23, 16",
    })
    void thaiMarksAboveAndBelowTakeNoColumn(String text, int width) {
        assertThat(TextTable.displayWidth(text)).isEqualTo(width);
    }

    @Test
    void wrapsThaiAtWordBoundariesWithinTheWidthAndLosesNothing() {
        String text = "คะแนนที่ได้ในตารางสรุป 12 ไม่เท่ากับ น้ำหนัก 15 × คะแนน ÷ 100 = 13.5 (เซลล์ G38)";

        List<String> lines = TextTable.wrap(text, 12);

        assertThat(lines).hasSizeGreaterThan(4)
                .allSatisfy(l -> assertThat(TextTable.displayWidth(l)).isLessThanOrEqualTo(12));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        // คะแนน|ที่|ได้|ใน|ตาราง: the Thai words that fit, not a cut inside ตาราง.
        assertThat(lines.get(0)).isEqualTo("คะแนนที่ได้ใน");
    }

    @Test
    void aWordWiderThanTheColumnIsCutWithoutSeparatingALetterFromItsMarks() {
        List<String> lines = TextTable.wrap("ที่ที่ที่ที่", 2);

        assertThat(lines).containsExactly("ที่ที่", "ที่ที่");
    }

    @Test
    void columnsLineUpWhateverTheThaiMarks() {
        // Widths: rule 14 (SCORE_MISMATCH), cell 16 (องค์ประกอบที่ 1!D23), two-space gaps: text starts at 34.
        TextTable table = new TextTable(List.of("กฎ", "เซลล์", "สิ่งที่ผิด"), new int[] {20, 20, 12});
        table.add(List.of("SCORE_MISMATCH", "องค์ประกอบที่ 1!D23", "คะแนนที่ได้ไม่ตรงกับเกณฑ์"));
        table.add(List.of("MISSING_VALUE", "ตัวชี้วัด 5.1!D16", "ไม่ได้กรอก"));

        List<String> lines = table.lines();

        for (String line : lines) {
            if (line.startsWith("SCORE") || line.startsWith("MISSING") || line.startsWith("กฎ")) {
                int third = line.lastIndexOf("  ") + 2;
                assertThat(TextTable.displayWidth(line.substring(0, third))).as(line).isEqualTo(34);
            }
        }
        assertThat(lines).hasSizeGreaterThan(4);
    }
}
