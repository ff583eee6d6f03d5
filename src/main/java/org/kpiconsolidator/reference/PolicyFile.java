package org.kpiconsolidator.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.ThaiText;

/**
 * Reads a fiscal year's scoring policy from a settings file ({@code --policy}), one
 * {@code key = value} per line, {@code #} starting a comment:
 *
 * <pre>
 * points = 60, 70, 80, 90, 100
 * floor_at_level_one = true
 * interpolate_by_default = false   # when neither the agreement nor the form's rubric says
 * comparison_decimals = 2
 * division_decimals = 10
 * </pre>
 *
 * A key left out keeps its FY2564 value ({@link ScoringPolicy#FY2564}); an unknown key, a key given
 * twice or a value that does not read is an error at its line and column.
 */
public final class PolicyFile {

    static final List<String> KEYS = List.of("points", "floor_at_level_one", "interpolate_by_default",
            "comparison_decimals", "division_decimals");

    private PolicyFile() {
    }

    public static ScoringPolicy read(Path file) throws ReferenceFileException {
        TextFile text = TextFile.read(file);
        ScoringPolicy base = ScoringPolicy.FY2564;
        List<BigDecimal> points = base.points();
        boolean floor = base.floorAtLevelOne();
        boolean interpolate = base.interpolateByDefault();
        int comparison = base.comparisonScale();
        int division = base.divisionScale();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.text().split("\r\n|\r|\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int lineNumber = n + 1;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int separator = indexOfSeparator(line);
            if (separator < 0) {
                throw new ReferenceFileException(file, lineNumber, firstNonBlank(line),
                        "expected 'key = value', one of " + String.join(", ", KEYS));
            }
            String key = line.substring(0, separator).strip().toLowerCase(Locale.ROOT);
            int valueColumn = firstNonBlank(line.substring(separator + 1)) + separator + 1;
            String value = line.substring(separator + 1).strip();
            Value v = new Value(file, lineNumber, valueColumn, value);
            if (!KEYS.contains(key)) {
                throw new ReferenceFileException(file, lineNumber, firstNonBlank(line),
                        "unknown setting '" + key + "'; expected one of " + String.join(", ", KEYS));
            }
            Integer first = seen.putIfAbsent(key, lineNumber);
            if (first != null) {
                throw new ReferenceFileException(file, lineNumber, firstNonBlank(line),
                        "'" + key + "' is already set on line " + first);
            }
            switch (key) {
                case "points" -> points = v.points();
                case "floor_at_level_one" -> floor = v.bool();
                case "interpolate_by_default" -> interpolate = v.bool();
                case "comparison_decimals" -> comparison = v.integer(0, 10);
                default -> division = v.integer(0, 30);
            }
        }
        if (division < comparison) {
            // Points were checked as they were read; the one cross-setting rule left is this one.
            int line = seen.getOrDefault("division_decimals", seen.getOrDefault("comparison_decimals", 1));
            throw new ReferenceFileException(file, line, 1, "division_decimals (" + division
                    + ") must be at least comparison_decimals (" + comparison + ")");
        }
        return new ScoringPolicy(points, floor, comparison, division, interpolate);
    }

    private static int indexOfSeparator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }

    /** The 1-based column of the first non-blank character (1 for a blank string). */
    private static int firstNonBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return i + 1;
            }
        }
        return 1;
    }

    /** A setting's value with its position, read as the kind the setting needs. */
    private record Value(Path file, int line, int column, String text) {

        ReferenceFileException error(String problem) {
            return new ReferenceFileException(file, line, column, problem);
        }

        boolean bool() throws ReferenceFileException {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error("'" + text + "' is not true or false");
            };
        }

        int integer(int min, int max) throws ReferenceFileException {
            BigDecimal n = Numbers.parse(ThaiText.normalize(text));
            if (n == null || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(min)) < 0
                    || n.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw error("'" + text + "' is not a whole number from " + min + " to " + max);
            }
            return n.intValue();
        }

        List<BigDecimal> points() throws ReferenceFileException {
            List<BigDecimal> points = new ArrayList<>();
            for (String part : text.split("[,;\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                BigDecimal n = Numbers.parse(ThaiText.normalize(part));
                if (n == null) {
                    throw error("'" + part + "' is not a number; write the points of levels 1 to 5, e.g. 60, 70, 80, 90, 100");
                }
                points.add(n);
            }
            if (points.size() != 5) {
                throw error(points.size() + " points given; write the points of levels 1 to 5, e.g. 60, 70, 80, 90, 100");
            }
            for (int i = 1; i < 5; i++) {
                if (points.get(i).compareTo(points.get(i - 1)) <= 0) {
                    throw error("the points must rise from level 1 to level 5: " + text);
                }
            }
            return points;
        }
    }
}
