package org.kpiconsolidator.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.scoring.Verification;
import org.kpiconsolidator.text.Levels;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.ThaiText;

/**
 * The office's verified results ({@code verified.csv}:
 * {@code unit,component,indicator,level,value,reason,reviewer}): for an indicator of a unit, the
 * level or the measured value the office accepts after checking the evidence. A row gives either
 * a level (0-5, {@code 4} or {@code ระดับ 4}) or a value, never both, and always a reason and a
 * reviewer. {@code unit} is the roster id or the unit's name (any spelling the unit matching
 * accepts).
 */
public final class VerifiedResults {

    /** No verified results. */
    public static final VerifiedResults NONE = new VerifiedResults(List.of());

    static final List<String> REQUIRED = List.of("unit", "component", "indicator", "reason", "reviewer");
    static final List<String> OPTIONAL = List.of("level", "value");

    /** One verified result: the unit as written, its keys, the indicator and the decision. */
    public record Entry(String unit, Set<String> unitKeys, IndicatorKey key, Verification verification) {
    }

    private final List<Entry> entries;

    private VerifiedResults(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads and checks a verified-results file.
     *
     * @throws ReferenceFileException naming the line and column of the first problem
     */
    public static VerifiedResults read(Path file) throws ReferenceFileException {
        CsvTable table = CsvTable.read(file, REQUIRED, OPTIONAL);
        if (!table.has("level") && !table.has("value")) {
            throw new ReferenceFileException(file, 1, 1,
                    "missing column 'level' or 'value'; the header is unit,component,indicator,level,value,reason,reviewer");
        }
        String name = String.valueOf(file.getFileName());
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String unit = ThaiText.normalize(row.get("unit"));
            if (unit.isEmpty()) {
                throw row.error("unit", "empty; write the unit's roster id or name");
            }
            IndicatorKey key = new IndicatorKey(Agreements.component(row), Agreements.indicator(row));
            Result result = result(row);
            String reason = row.get("reason");
            if (reason.isEmpty()) {
                throw row.error("reason", "empty; say why the office's result replaces the unit's");
            }
            String reviewer = row.get("reviewer");
            if (reviewer.isEmpty()) {
                throw row.error("reviewer", "empty; write who verified the result");
            }
            Set<String> keys = Set.copyOf(List.of(unit, UnitKeys.of(unit)));
            Integer first = lines.putIfAbsent(UnitKeys.of(unit) + "|" + key, row.line());
            if (first != null) {
                throw row.error("indicator", "indicator " + key.indicator() + " of component " + key.component()
                        + " of this unit is already verified on line " + first);
            }
            entries.add(new Entry(unit, keys, key,
                    new Verification(result, reason, reviewer, name + ":" + row.line())));
        }
        return new VerifiedResults(entries);
    }

    private static Result result(CsvTable.Row row) throws ReferenceFileException {
        String levelText = ThaiText.normalize(row.get("level"));
        String valueText = ThaiText.normalize(row.get("value"));
        if (levelText.isEmpty() == valueText.isEmpty()) {
            throw row.error("level", "write either a level or a value for the indicator, not "
                    + (levelText.isEmpty() ? "neither" : "both"));
        }
        if (!levelText.isEmpty()) {
            int level = Levels.parse(ThaiText.key(levelText));
            if (level < 0) {
                BigDecimal n = Numbers.parse(levelText);
                level = n != null && n.stripTrailingZeros().scale() <= 0 ? n.intValue() : -1;
            }
            if (level < 0 || level > 5) {
                throw row.error("level", "'" + row.get("level") + "' is not a level from 0 to 5");
            }
            return new Result.Level(level);
        }
        BigDecimal value = Numbers.parse(valueText);
        if (value == null) {
            throw row.error("value", "'" + row.get("value") + "' is not a number");
        }
        return new Result.Measured(value);
    }

    /** Every verified result, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The verified results of one unit, by indicator; empty when the office verified none of its. */
    public Map<IndicatorKey, Verification> forUnit(UnitMatch unit) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        Set<String> keys = Set.copyOf(List.of(unit.key(), UnitKeys.of(unit.displayName()), UnitKeys.of(unit.formName())));
        Map<IndicatorKey, Verification> found = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.unitKeys().stream().anyMatch(keys::contains)) {
                found.putIfAbsent(e.key(), e.verification());
            }
        }
        return found;
    }
}
