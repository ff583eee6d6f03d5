package org.kpiconsolidator.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, independent recomputation of a {@link FormSpec} by the FY2564 rules (SPEC section 3), used
 * only to prove that each sample holds the mistakes its documentation names and no others. It reads
 * the spec, not a workbook, and reports plain sentences keyed {@code component/indicator field}.
 * Rows it cannot score (blank result, weight over 100) are reported and leave their block's totals
 * unchecked, so the list shows root causes rather than their echoes.
 */
final class SpecArithmetic {

    private static final List<BigDecimal> POINTS = List.of(BigDecimal.valueOf(60), BigDecimal.valueOf(70),
            BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(100));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern LEVEL = Pattern.compile("ระดับ(?:ที่)?\\s*(\\d)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");

    private SpecArithmetic() {
    }

    static List<String> discrepancies(FormSpec form) {
        List<String> found = new ArrayList<>();
        BigDecimal unitWeights = BigDecimal.ZERO;
        for (BlockSpec block : form.blocks()) {
            unitWeights = unitWeights.add(checkBlock(form, block, found));
        }
        if (unitWeights.compareTo(HUNDRED) != 0) {
            found.add("unit weights sum to " + plain(unitWeights));
        }
        return found;
    }

    /** Checks one block and returns the sum of its printed weights. */
    private static BigDecimal checkBlock(FormSpec form, BlockSpec block, List<String> found) {
        String component = block.subIndicator() != null
                ? block.subIndicator().substring(0, block.subIndicator().indexOf(' '))
                : String.valueOf(block.component());
        RubricSpec rubric = block.rubric();
        if (!rubric.levelPoints().equals(RubricSpec.OFFICIAL_POINTS)) {
            found.add(component + " rubric points " + rubric.levelPoints());
        }
        ResultsSpec results = block.results();
        Map<String, Integer> levels = new HashMap<>();
        Map<String, BigDecimal> weights = new HashMap<>();
        Map<String, BigDecimal> scores = new HashMap<>();
        BigDecimal weightSum = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        boolean totalsCheckable = true;
        for (int i = 0; i < results.rows().size(); i++) {
            ResultsSpec.Row row = results.rows().get(i);
            String indicator = results.singleIndicator() ? component : row.indicator().toString().replace(".", "");
            String key = component + "/" + indicator;
            noteThaiDigits(key + " weight", row.weight(), found);
            BigDecimal weight = number(row.weight());
            weightSum = weightSum.add(weight);
            weights.put(indicator, weight);
            if (weight.compareTo(HUNDRED) > 0) {
                found.add(key + " weight: " + plain(weight) + " is out of range");
                totalsCheckable = false;
                continue;
            }
            if (row.result() == null) {
                found.add(key + " result: blank");
                totalsCheckable = false;
                continue;
            }
            List<Object> thresholds = rubric.groupSpecific() ? groupRow(rubric, form.groupLetter())
                    : rubric.rows().get(i).thresholds();
            int level = level(row.result(), thresholds);
            BigDecimal score = score(level, row.result(), thresholds, rubric.interpolate());
            BigDecimal weighted = weight.multiply(score).divide(HUNDRED, 10, RoundingMode.HALF_UP);
            compare(key + " score", row.score(), score, found);
            compare(key + " weighted", row.weighted(), weighted, found);
            levels.put(indicator, level);
            scores.put(indicator, score);
            weightedSum = weightedSum.add(weighted);
        }
        if (results.subtotal() != null) {
            compare(component + " subtotal weight", results.subtotal().weight(), weightSum, found);
            if (totalsCheckable) {
                compare(component + " subtotal", results.subtotal().subtotal(), weightedSum, found);
            }
        }
        if (block.componentWeightHeading() != null) {
            Matcher heading = Pattern.compile("\\(ร้อยละ (\\S+)\\)").matcher(block.componentWeightHeading());
            if (heading.find()) {
                compare(component + " heading weight", heading.group(1), weightSum, found);
            }
        }
        if (block.summary() != null) {
            for (SummarySpec.Row row : block.summary().rows()) {
                String indicator = FormLabels.plain(row.order());
                String key = component + "/" + indicator;
                compare(key + " summary weight", row.weight(), weights.get(indicator), found);
                if (levels.containsKey(indicator)) {
                    compareLevel(key + " summary level", row.achievedLevel(), levels.get(indicator), found);
                    compare(key + " summary weighted", row.weighted(), weights.get(indicator)
                            .multiply(scores.get(indicator)).divide(HUNDRED, 10, RoundingMode.HALF_UP), found);
                }
            }
            if (totalsCheckable) {
                compare(component + " summary total", block.summary().total(), weightedSum, found);
            }
        }
        for (DetailSpec detail : block.details()) {
            Matcher number = LEADING_NUMBER.matcher(detail.indicator().toString());
            String indicator = number.find() ? number.group(1) : "?";
            if (levels.containsKey(indicator)) {
                String key = component + "/" + indicator;
                compareLevel(key + " detail level", detail.achieved(), levels.get(indicator), found);
                boolean belowTarget = levels.get(indicator) < levelOf(detail.target());
                String explanation = detail.explanation() == null ? "" : detail.explanation().trim();
                if (belowTarget && (explanation.isEmpty() || explanation.equals("-") || explanation.equals("ไม่มี"))) {
                    found.add(key + " explanation missing");
                }
            }
        }
        return weightSum;
    }

    private static List<Object> groupRow(RubricSpec rubric, String group) {
        return rubric.rows().stream().filter(row -> row.label().toString().endsWith(" " + group)).findFirst()
                .orElseThrow().thresholds();
    }

    /** The level a result reaches: a printed level, or the highest threshold a measured value meets. */
    private static int level(Object result, List<Object> thresholds) {
        if (result instanceof String text && LEVEL.matcher(text).find()) {
            return levelOf(text);
        }
        BigDecimal value = number(result);
        boolean upward = number(thresholds.get(4)).compareTo(number(thresholds.get(0))) > 0;
        int reached = 0;
        for (int k = 1; k <= 5; k++) {
            int comparison = value.compareTo(number(thresholds.get(k - 1)));
            if (upward ? comparison >= 0 : comparison <= 0) {
                reached = k;
            }
        }
        return reached;
    }

    private static BigDecimal score(int level, Object result, List<Object> thresholds, boolean interpolate) {
        if (level == 0) {
            return POINTS.get(0);
        }
        boolean measured = !(result instanceof String text && LEVEL.matcher(text).find());
        if (!measured || !interpolate || level == 5) {
            return POINTS.get(level - 1);
        }
        BigDecimal value = number(result);
        BigDecimal low = number(thresholds.get(level - 1));
        BigDecimal high = number(thresholds.get(level));
        BigDecimal step = POINTS.get(level).subtract(POINTS.get(level - 1));
        return POINTS.get(level - 1).add(value.subtract(low).multiply(step)
                .divide(high.subtract(low), 10, RoundingMode.HALF_UP));
    }

    private static void compare(String what, Object stated, BigDecimal expected, List<String> found) {
        if (expected == null) {
            return;
        }
        if (stated == null) {
            found.add(what + ": blank");
            return;
        }
        noteThaiDigits(what, stated, found);
        BigDecimal value = number(stated);
        if (value.setScale(2, RoundingMode.HALF_UP).compareTo(expected.setScale(2, RoundingMode.HALF_UP)) != 0) {
            found.add(what + ": stated " + plain(value) + ", expected " + plain(expected));
        }
    }

    private static void compareLevel(String what, Object stated, int expected, List<String> found) {
        int level = levelOf(stated);
        if (level != expected) {
            found.add(what + ": stated " + level + ", expected " + expected);
        }
    }

    private static void noteThaiDigits(String what, Object value, List<String> found) {
        if (value instanceof String text && text.codePoints().anyMatch(c -> c >= '๐' && c <= '๙')) {
            found.add(what + ": Thai digits " + text);
        }
    }

    private static int levelOf(Object text) {
        Matcher matcher = LEVEL.matcher(String.valueOf(text));
        if (!matcher.find()) {
            throw new IllegalArgumentException("not a level: " + text);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** A number from a numeric cell or a text such as {@code ร้อยละ 80}, {@code ≤ 60} or {@code ๑๐}. */
    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        StringBuilder ascii = new StringBuilder();
        String.valueOf(value).codePoints()
                .map(c -> c >= '๐' && c <= '๙' ? '0' + (c - '๐') : c)
                .forEach(ascii::appendCodePoint);
        Matcher matcher = NUMBER.matcher(ascii);
        if (!matcher.find()) {
            throw new IllegalArgumentException("not a number: " + value);
        }
        return new BigDecimal(matcher.group());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
