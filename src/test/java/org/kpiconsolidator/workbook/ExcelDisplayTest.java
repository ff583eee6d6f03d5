package org.kpiconsolidator.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The number a stored text shows: the quick path (the text as written) must give the very
 * BigDecimal, scale included, that the double and Excel's 15-digit display give.
 */
class ExcelDisplayTest {

    private static BigDecimal throughDouble(String text) {
        return ExcelDisplay.decimal(Double.parseDouble(text.trim()));
    }

    @Test
    void storedNumbersShowAsThroughADouble() {
        List<String> texts = new ArrayList<>(List.of("0", "1", "-1", "10", "100", "1000000", "0.1", "0.5", "-0.25",
                "1234.56", "99.99", "0.3", "3.0000000000000004", "0.30000000000000004", "123456789012345",
                "1234567890123456", "12345678901234567890", "0.000123", "0.00001", "1E-3", "1.5E-3", "1E+20",
                "2.5E+21", "-0", "-0.0", "0.0", "1.0", "1.50", "00.5", "007", "-.5", ".5", "5.", "1e5", " 12",
                "12 ", "+3", "0.000000000000000000000000000001", "0.0000000000000000000000000000012",
                "4.9E-324", "1.7976931348623157E308", "99999999999999.9", "999999999999999", "0.1000000000000001",
                "-123456.789012345", "60", "3.3333333333333335", "66.666666666666671"));
        Random random = new Random(2564);
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + random.nextInt(17);
            BigInteger unscaled = new BigInteger(digits * 4, random);
            int scale = random.nextInt(30) - 8;
            BigDecimal d = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
            texts.add(d.toPlainString());
            texts.add(d.stripTrailingZeros().toPlainString());
            texts.add(Double.toString(d.doubleValue()));
            texts.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(12))));
        }
        for (String text : texts) {
            BigDecimal expected = throughDouble(text);
            assertThat(ExcelDisplay.decimal(text)).as(text).isEqualTo(expected);
            if (ExcelDisplay.isExactDecimal(text)) {
                // the grid shows such a number as stored, without writing the digits out again
                assertThat(expected.toPlainString()).as(text).isEqualTo(text);
                assertThat(ExcelDisplay.exactDecimal(text)).as(text).isEqualTo(new BigDecimal(text));
            }
        }
    }

    @Test
    void onlyPlainDecimalsTakeTheQuickPath() {
        assertThat(ExcelDisplay.isExactDecimal("1234.56")).isTrue();
        assertThat(ExcelDisplay.isExactDecimal("0.000123")).isTrue();
        assertThat(ExcelDisplay.isExactDecimal("0")).isTrue();
        assertThat(ExcelDisplay.isExactDecimal("-0")).isFalse();
        assertThat(ExcelDisplay.isExactDecimal("1.50")).isFalse();
        assertThat(ExcelDisplay.isExactDecimal("1E-3")).isFalse();
        assertThat(ExcelDisplay.isExactDecimal("3.0000000000000004")).isFalse();
        assertThat(ExcelDisplay.isExactDecimal("1234567890123456")).isFalse();
    }

    @Test
    void aTextThatIsNoNumberIsRefusedAsByTheDouble() {
        assertThatThrownBy(() -> ExcelDisplay.decimal("twelve")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ExcelDisplay.decimal("")).isInstanceOf(NumberFormatException.class);
    }
}
