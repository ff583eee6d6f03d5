package org.kpiconsolidator.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpiconsolidator.workbook.GridCell;
import org.kpiconsolidator.workbook.SheetGrid;

/** The look at a sheet before it is normalised finds a block anchor exactly when locating does. */
class BlockLocatorTest {

    private static SheetGrid sheet(String... texts) {
        List<GridCell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(GridCell.text(i, 1, texts[i]));
        }
        return new SheetGrid("Sheet1", 0, false, cells, List.of());
    }

    private static boolean located(SheetGrid sheet) {
        return !BlockLocator.locate(new SheetText(sheet)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"องค์ประกอบที่ 1", " องค์ ประกอบ ที่ ๑ : ประสิทธิผล", "\u200Bองค์ประกอบที่1", "องค์ประกอบที่\u00A02",
        "องค์ประกอบที่ １", "อ\u200Cงค์ประกอบที่ 3 (ต่อ)", "องค์ประกอบที่ 12", "\tองค์ประกอบที่\n4"})
    void anAnchorIsSeenHoweverItIsSpaced(String text) {
        SheetGrid sheet = sheet("แบบฟอร์มการรายงาน", text, "ตัวชี้วัด");
        assertThat(BlockLocator.hasAnchor(sheet)).isTrue();
        assertThat(located(sheet)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"องค์ประกอบที่", "องค์ประกอบที่ ก", "ร้อยละ", "ผลงานองค์ประกอบที่ 1", "องค์ประกอบ 1", "หน่วยงาน อ"})
    void textThatOnlyLooksLikeAnAnchorIsNot(String text) {
        SheetGrid sheet = sheet("บันทึกกิจกรรม", text, "12.5");
        assertThat(BlockLocator.hasAnchor(sheet)).isFalse();
        assertThat(located(sheet)).isFalse();
    }

    @Test
    void agreesWithLocatingOnRandomTexts() {
        String[] pieces = {"อ", "ง", "ค์", "ป", "ร", "ะ", "ก", "บ", "ที่", "องค์ประกอบที่", "องค์", "ประกอบ", " ", "\u200B",
            "\u00A0", "1", "๒", "０", ":", "(", "ํา", "%", "x"};
        Random random = new Random(7);
        int anchors = 0;
        for (int n = 0; n < 5_000; n++) {
            // Half the texts start as an anchor does, so both answers come up often.
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "องค์ประกอบที่" : "");
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            SheetGrid sheet = sheet(text.toString());
            boolean located = located(sheet);
            assertThat(BlockLocator.hasAnchor(sheet)).as("[%s]", text).isEqualTo(located);
            anchors += located ? 1 : 0;
        }
        assertThat(anchors).as("anchors among the random texts").isGreaterThan(100);
    }
}
