package org.kpiconsolidator.template;

import java.math.BigDecimal;
import java.util.List;
import org.kpiconsolidator.scoring.ScoringPolicy;

/**
 * The template's formulas, built from the fiscal year's {@link ScoringPolicy} so that Excel computes
 * exactly what the consolidator recomputes (SPEC 3). Every formula shows an empty text while its
 * inputs are incomplete, and an empty text is a blank cell to the reader.
 */
final class Formulas {

    private final ScoringPolicy policy;

    Formulas(ScoringPolicy policy) {
        this.policy = policy;
    }

    /** The points of a level picked from the dropdown; empty when none is picked. */
    String levelScore(String result) {
        StringBuilder f = new StringBuilder("IF(").append(result).append("=\"\",\"\",");
        int open = 1;
        for (int level = 5; level >= 0; level--) {
            f.append("IF(").append(result).append("=\"").append(FormTexts.level(level)).append("\",")
                    .append(points(level)).append(',');
            open++;
        }
        f.append("\"\"");
        f.append(")".repeat(open));
        return f.toString();
    }

    /** The level picked, repeated for the summary and detail tables. */
    String levelText(String result) {
        return "IF(" + result + "=\"\",\"\"," + result + ")";
    }

    /**
     * The score of a measured value on thresholds t1..t5 (cell references or expressions). Step: the
     * points of the highest level reached. Interpolated: linear between the two levels that bracket
     * the value. Written as a sum over the five levels, so one formula serves rising and falling
     * rubrics, the floor below level 1 and the cap above level 5.
     *
     * @param incomplete a condition that is true while the thresholds are not all filled in
     */
    String valueScore(String value, List<String> t, boolean interpolate, String incomplete) {
        String expression = interpolate ? interpolated(value, t) : step(value, t);
        return guarded(value, incomplete, expression);
    }

    /** The level a measured value reaches: {@code ระดับ k}, or {@code ต่ำกว่าระดับ 1}. */
    String valueLevel(String value, List<String> t, String incomplete) {
        StringBuilder count = new StringBuilder("1");
        for (int k = 2; k <= 5; k++) {
            count.append("+IF(").append(meets(value, t, k)).append(",1,0)");
        }
        String expression = "IF(" + misses(value, t, 1) + ",\"" + FormTexts.BELOW_LEVEL_ONE + "\",\"ระดับ \"&("
                + count + "))";
        return guarded(value, incomplete, expression);
    }

    /** น้ำหนัก × คะแนน ÷ 100. */
    String weighted(String weight, String score) {
        return "IF(AND(ISNUMBER(" + weight + "),ISNUMBER(" + score + "))," + weight + "*" + score + "/100,\"\")";
    }

    /** A sum that stays empty until one of its cells holds a number. */
    String sum(String range) {
        return "IF(COUNT(" + range + ")=0,\"\",SUM(" + range + "))";
    }

    /** The same number as another cell, or empty. */
    String copyNumber(String cell) {
        return "IF(ISNUMBER(" + cell + ")," + cell + ",\"\")";
    }

    /** The same text as another cell, or empty. */
    String copyText(String cell) {
        return "IF(" + cell + "=\"\",\"\"," + cell + ")";
    }

    /** The number a label such as {@code 1. ระดับความสำเร็จ...} starts with, followed by a dot: {@code 1.}. */
    String labelNumberText(String label) {
        return "IFERROR(VALUE(LEFT(TRIM(" + label + "),FIND(\".\",TRIM(" + label + "))-1))&\".\",\"\")";
    }

    /** The number a label starts with, as a number. */
    String labelNumber(String label) {
        return "IFERROR(VALUE(LEFT(TRIM(" + label + "),FIND(\".\",TRIM(" + label + "))-1)),\"\")";
    }

    /** The name after a label's number. */
    String labelName(String label) {
        return "IFERROR(TRIM(MID(TRIM(" + label + "),FIND(\".\",TRIM(" + label + "))+1,1000)),\"\")";
    }

    /** Data validation: a label must start with a number and a dot, then the name. */
    String numberedLabelRule(String label) {
        return "AND(ISNUMBER(VALUE(LEFT(TRIM(" + label + "),FIND(\".\",TRIM(" + label + "))-1))),LEN(TRIM(" + label
                + "))>FIND(\".\",TRIM(" + label + ")))";
    }

    /** The points of a level 0..5 as written in formulas. */
    String points(int level) {
        return plain(policy.pointsOf(level));
    }

    /** The points between two adjacent levels, when they are the same throughout (FY2564: 10). */
    String pointsStep() {
        BigDecimal step = policy.pointsOf(2).subtract(policy.pointsOf(1));
        for (int k = 2; k < 5; k++) {
            if (policy.pointsOf(k + 1).subtract(policy.pointsOf(k)).compareTo(step) != 0) {
                return "";
            }
        }
        return plain(step);
    }

    private String interpolated(String v, List<String> t) {
        StringBuilder f = new StringBuilder(points(1));
        for (int k = 1; k <= 4; k++) {
            BigDecimal rise = policy.pointsOf(k + 1).subtract(policy.pointsOf(k));
            f.append('+').append(plain(rise)).append("*MIN(1,MAX(0,(").append(v).append('-').append(t.get(k - 1))
                    .append(")/(").append(t.get(k)).append('-').append(t.get(k - 1)).append(")))");
        }
        if (policy.pointsOf(0).compareTo(policy.pointsOf(1)) == 0) {
            return f.toString();
        }
        return "IF(" + misses(v, t, 1) + "," + points(0) + "," + f + ")";
    }

    private String step(String v, List<String> t) {
        StringBuilder f = new StringBuilder(points(0));
        for (int k = 1; k <= 5; k++) {
            BigDecimal rise = policy.pointsOf(k).subtract(policy.pointsOf(k - 1));
            if (rise.signum() != 0) {
                f.append("+IF(").append(meets(v, t, k)).append(',').append(plain(rise)).append(",0)");
            }
        }
        return f.toString();
    }

    /** The value meets threshold k in the rubric's direction (rising when t5 > t1). */
    private static String meets(String v, List<String> t, int k) {
        return "(" + v + "-" + t.get(k - 1) + ")*" + direction(t) + ">=0";
    }

    private static String misses(String v, List<String> t, int k) {
        return "(" + v + "-" + t.get(k - 1) + ")*" + direction(t) + "<0";
    }

    private static String direction(List<String> t) {
        return "SIGN(" + t.get(4) + "-" + t.get(0) + ")";
    }

    private static String guarded(String value, String incomplete, String expression) {
        return "IF(OR(NOT(ISNUMBER(" + value + "))," + incomplete + "),\"\",IFERROR(" + expression + ",\"\"))";
    }

    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
