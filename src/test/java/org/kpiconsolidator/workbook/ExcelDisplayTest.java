package org.kpiconsolidator.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;

/**
 * The number a stored text shows: the quick path (the text as written) must give the very
 * BigDecimal, scale included, that the double and Excel's 15-digit display give.
 */
class ExcelDisplayTest {

    private static BigDecimal throughDouble(String text) {
        return shownByPoi(Double.parseDouble(text.trim()));
    }

    /** Excel's display of a double as POI writes it out digit by digit: what the quick paths must give. */
    private static BigDecimal shownByPoi(double d) {
        return new BigDecimal(NumberToTextConverter.toText(d));
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
    void computedNumbersShowAsExcelShowsThem() {
        Random random = new Random(2021);
        List<Double> typical = new ArrayList<>();
        List<Double> values = new ArrayList<>(List.of(0.1 + 0.2, 93.80000000000001, 66.666666666666671,
                3.3333333333333335, 1.0 / 3, 2.0 / 3, 99.99999999999999, 999999999999999.9, 0.1, 1e-7, 1e15,
                Math.nextDown(1e15), Math.nextUp(1e-7), Math.nextDown(1e-7), -0.0, 0.0, 4.9E-324, 1e300));
        for (int e = -8; e <= 16; e++) {
            double p = Math.pow(10, e);
            for (int ulps = -3; ulps <= 3; ulps++) {
                values.add(p + ulps * Math.ulp(p));
            }
        }
        for (int i = 0; i < 200_000; i++) {
            // numbers as units type them, and what formulas make of them
            int digits = 1 + random.nextInt(15);
            double typed = new BigDecimal(BigInteger.valueOf(random.nextLong() % (long) Math.pow(10, digits)),
                    random.nextInt(12)).doubleValue();
            double other = new BigDecimal(BigInteger.valueOf(random.nextInt(100_000)), random.nextInt(4)).doubleValue();
            typical.addAll(List.of(typed, typed + other, typed * other, other == 0 ? typed : typed / other));
            // every magnitude in range, any bits
            values.add((random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(24) - 8));
            // next to a tie of the 15th digit, where only digit generation can tell
            BigDecimal tie = new BigDecimal(BigInteger.valueOf(100_000_000_000_000L + random.nextLong(900_000_000_000_000L))
                    .multiply(BigInteger.TEN).add(BigInteger.valueOf(5)), 15 + random.nextInt(10) - 3);
            double nearTie = tie.doubleValue();
            values.add(nearTie);
            values.add(Math.nextUp(nearTie));
            values.add(Math.nextDown(nearTie));
        }
        values.addAll(typical);
        for (double d : values) {
            assertThat(ExcelDisplay.decimal(d)).as("%s", d).isEqualTo(shownByPoi(d));
        }
        // most numbers a form holds are rounded without writing out their digits (not those below 1e-7)
        long quick = typical.stream().filter(d -> ExcelDisplay.roundedClearly(d) != null).count();
        assertThat(quick).isGreaterThan(typical.size() * 4L / 5);
        assertThat(ExcelDisplay.roundedClearly(0.1 + 0.2)).isEqualTo(new BigDecimal("0.3"));
        assertThat(ExcelDisplay.roundedClearly(93.80000000000001)).isEqualTo(new BigDecimal("93.8"));
        assertThat(ExcelDisplay.roundedClearly(2.0 / 3)).isEqualTo(new BigDecimal("0.666666666666667"));
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
