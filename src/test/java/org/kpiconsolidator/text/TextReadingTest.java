package org.kpiconsolidator.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading what units type: Thai noise, numbers written as text, levels. */
class TextReadingTest {

    @ParameterizedTest(name = "normalize({0})")
    @CsvSource(delimiter = '|', textBlock = """
            น้ำหนัก  (ร้อยละ)            | น้ำหนัก (ร้อยละ)
            ค่าคะแนนถ่วงน\u0E49\u0E4D\u0E32หนัก | ค่าคะแนนถ่วงน้ำหนัก
            ค่าคะแนนถ่วงน\u0E4D\u0E49\u0E32หนัก | ค่าคะแนนถ่วงน้ำหนัก
            หน่วยงาน\uFF1A\u00A0เขตบางแค    | หน่วยงาน: เขตบางแค
            ตัวชี้\u200Bวัด               | ตัวชี้วัด
            ระดับ ๔                      | ระดับ 4
            พ.ศ. ๒๕๖๔                     | พ.ศ. 2564
            """)
    void normalizesThaiNoise(String raw, String expected) {
        assertThat(ThaiText.normalize(raw)).isEqualTo(expected);
    }

    /** Text with nothing to change (the fast path) loses only the spaces at its ends. */
    @ParameterizedTest(name = "normalize(''{0}'')")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            ตัวชี้วัดที่ 1.1|ตัวชี้วัดที่ 1.1
             ระดับ 4 |ระดับ 4
            13.5 |13.5
             |
            a b c|a b c
            a  b|a b
            """)
    void plainTextIsOnlyTrimmed(String raw, String expected) {
        assertThat(ThaiText.normalize(raw)).isEqualTo(expected == null ? "" : expected);
    }

    @org.junit.jupiter.api.Test
    void narrativesKeepTheirLinesButNotBlankOnes() {
        assertThat(ThaiText.normalizeLines("ข้อ ๑\r\n\r\n  ข้อ  2 \rข้อ 3\u2028\nข้อ 4\n")).isEqualTo("ข้อ 1\nข้อ 2\nข้อ 3\nข้อ 4");
        assertThat(ThaiText.normalizeLines("\n\n")).isEmpty();
        assertThat(ThaiText.normalizeLines("หนึ่งบรรทัด")).isEqualTo("หนึ่งบรรทัด");
    }

    @ParameterizedTest(name = "key({0})")
    @CsvSource(delimiter = '|', textBlock = """
            ระดับที่4                 | ระดับ4
            ร้อยละ 80 % %            | ร้อยละ80ร้อยละร้อยละ
            ระดับที่ 4                | ระดับ4
            น้ำหนัก (%)              | น้ำหนัก(ร้อยละ)
            ผลการดำเนินงาน :         | ผลการดำเนินงาน:
            """)
    void keysIgnoreSpacesAndSpellingVariants(String text, String key) {
        assertThat(ThaiText.keyOf(text)).isEqualTo(key);
    }

    @ParameterizedTest(name = "parse({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            95.5          | 95.5
            ร้อยละ 95.5    | 95.5
            95.5%         | 95.5
            1,320         | 1320
            ≤ 60          | 60
            -3            | -3
            100 คะแนน     | 100
            .5            | 0.5
            """)
    void readsNumbersWrittenAsText(String text, String value) {
        assertThat(Numbers.parse(ThaiText.normalize(text))).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "not a number: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ระดับ 4
            สิบห้า
            1,32
            12-15
            4. สำนักงาน
            """)
    void rejectsTextThatIsNotANumber(String text) {
        assertThat(Numbers.parse(ThaiText.normalize(text))).isNull();
    }

    @ParameterizedTest(name = "level({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ระดับ 4               | 4
            ระดับที่ 4            | 4
            ระดับ ๔               | 4
            ระดับ 5 (100 คะแนน)  | 5
            ต่ำกว่าระดับ 1         | 0
            ระดับคะแนน 3          | 3
            ระดับคะแนนที่ 2       | 2
            ร้อยละ 80             | -1
            """)
    void readsLevels(String text, int level) {
        assertThat(Levels.parse(ThaiText.keyOf(text))).isEqualTo(level);
    }

    @ParameterizedTest(name = "format({0}) = {1}")
    @CsvSource({"13.50, 13.5", "84.0000, 84", "63.333333, 63.3333", "0.00005, 0.0001", "100, 100"})
    void formatsOutputNumbers(String n, String text) {
        assertThat(Decimals.format(new java.math.BigDecimal(n))).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void aKeyStartsWithAConsonantOnlyWhenTheTextsFirstVisibleLetterIsIt() {
        String[] pieces = {"อ", "ก", "ง", "ค์", "ํ", "า", "ํา", "่", " ", "\u200B", "\u00A0", "\u3000", "\uFEFF", "\t", "\n",
            "๑", "1", "%", ":", "x", "é", "e\u0301", "ระดับที่", "องค์ประกอบที่"};
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder raw = new StringBuilder();
            for (int i = random.nextInt(5); i >= 0; i--) {
                raw.append(pieces[random.nextInt(pieces.length)]);
            }
            String key = ThaiText.keyOf(raw.toString());
            for (char letter : new char[] {'อ', 'ก', 'ง'}) {
                if (!key.isEmpty() && key.charAt(0) == letter) {
                    assertThat(ThaiText.mayKeyStartWith(raw.toString(), letter)).as("[%s]", raw).isTrue();
                }
            }
        }
    }
}
