package org.kpiconsolidator.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kpiconsolidator.model.IndicatorKey;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.text.Levels;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.ThaiText;

/**
 * The official negotiated indicators ({@code agreements.csv}, SPEC 5.1):
 * {@code unit_id,component,indicator,name,weight,target_level,t1,t2,t3,t4,t5,interpolate,group}. A
 * unit's own row replaces a common ({@code *}) row for the same component and indicator; rows with a
 * {@code group} are the rows of a group rubric. When given, this is the rubric of record.
 */
public final class Agreements {

    /** The {@code unit_id} of indicators common to all units. */
    public static final String COMMON = "*";

    static final List<String> REQUIRED = List.of("unit_id", "component", "indicator", "weight", "t1", "t2", "t3",
            "t4", "t5");
    static final List<String> OPTIONAL = List.of("name", "target_level", "interpolate", "group");

    private static final Pattern INDICATOR = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<AgreedIndicator> rows;
    /** The file and the field number of {@code unit_id}, to point at a unit id the roster lacks. */
    private final Path file;
    private final int unitIdColumn;

    private Agreements(List<AgreedIndicator> rows, Path file, int unitIdColumn) {
        this.rows = List.copyOf(rows);
        this.file = file;
        this.unitIdColumn = unitIdColumn;
    }

    /** Agreements made in code (tests): problems with them point at no file. */
    public static Agreements of(List<AgreedIndicator> rows) {
        return new Agreements(rows, Path.of("agreements"), 1);
    }

    /**
     * Reads and checks an agreements file.
     *
     * @throws ReferenceFileException naming the line and column of the first problem
     */
    public static Agreements read(Path file) throws ReferenceFileException {
        CsvTable table = CsvTable.read(file, REQUIRED, OPTIONAL);
        List<AgreedIndicator> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            AgreedIndicator a = parse(row);
            String identity = a.unitId() + "|" + a.key() + "|" + a.group().map(Enum::name).orElse("");
            Integer first = seen.putIfAbsent(identity, row.line());
            if (first != null) {
                throw row.error("indicator", "indicator " + a.key().indicator() + " of component "
                        + a.key().component() + (a.group().isPresent() ? ", group " + a.group().get().name() : "")
                        + " is already agreed for unit " + a.unitId() + " on line " + first);
            }
            rows.add(a);
        }
        return new Agreements(rows, file, table.columnOf("unit_id"));
    }

    private static AgreedIndicator parse(CsvTable.Row row) throws ReferenceFileException {
        String unitId = row.get("unit_id");
        if (unitId.isEmpty()) {
            throw row.error("unit_id", "empty; write the unit's roster id, or * for an indicator common to all units");
        }
        int component = component(row);
        String indicator = indicator(row);
        BigDecimal weight = Numbers.parse(ThaiText.normalize(row.get("weight")));
        if (weight == null || weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
            throw row.error("weight", "'" + row.get("weight") + "' is not a weight from 0 to 100");
        }
        return new AgreedIndicator(unitId, new IndicatorKey(component, indicator),
                ThaiText.normalize(row.get("name")), weight, targetLevel(row), thresholds(row),
                interpolate(row), Groups.parse(row), row.line());
    }

    /** The {@code indicator} column: a number as printed ({@code 1}, {@code 5.1}; a trailing dot dropped). */
    static String indicator(CsvTable.Row row) throws ReferenceFileException {
        String indicator = ThaiText.normalize(row.get("indicator"));
        if (indicator.endsWith(".")) {
            indicator = indicator.substring(0, indicator.length() - 1);
        }
        if (!INDICATOR.matcher(indicator).matches()) {
            throw row.error("indicator", "'" + row.get("indicator") + "' is not an indicator number such as 1 or 5.1");
        }
        return indicator;
    }

    /** The {@code component} column: a component number from 1 to 5. */
    static int component(CsvTable.Row row) throws ReferenceFileException {
        BigDecimal n = Numbers.parse(ThaiText.normalize(row.get("component")));
        if (n == null || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.ONE) < 0
                || n.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw row.error("component", "'" + row.get("component") + "' is not a component number from 1 to 5");
        }
        return n.intValue();
    }

    private static Optional<Integer> targetLevel(CsvTable.Row row) throws ReferenceFileException {
        String text = ThaiText.normalize(row.get("target_level"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int level = Levels.parse(ThaiText.key(text));
        if (level < 0) {
            BigDecimal n = Numbers.parse(text);
            level = n != null && n.stripTrailingZeros().scale() <= 0 ? n.intValue() : -1;
        }
        if (level < 0 || level > 5) {
            throw row.error("target_level", "'" + row.get("target_level") + "' is not a level from 0 to 5");
        }
        return Optional.of(level);
    }

    /** Five thresholds, all numbers (rising or falling strictly) or all milestone texts. */
    private static List<Threshold> thresholds(CsvTable.Row row) throws ReferenceFileException {
        List<Threshold> thresholds = new ArrayList<>(5);
        int numbers = 0;
        for (int k = 1; k <= 5; k++) {
            String column = "t" + k;
            String text = ThaiText.normalize(row.get(column));
            if (text.isEmpty()) {
                throw row.error(column, "empty; every level needs its threshold");
            }
            Numbers.Parsed n = Numbers.parseDetailed(text);
            thresholds.add(n == null ? new Threshold(null, text, false)
                    : new Threshold(n.value(), text, n.bound() != Numbers.Bound.NONE));
            numbers += n == null ? 0 : 1;
        }
        if (numbers != 0 && numbers != 5) {
            int k = firstWhere(thresholds, numbers >= 3);
            throw row.error("t" + k, "'" + thresholds.get(k - 1).text() + "' mixes "
                    + (numbers >= 3 ? "text into numeric" : "a number into milestone")
                    + " thresholds; write all five as numbers or all five as milestones");
        }
        if (numbers == 5) {
            int direction = thresholds.get(1).value().compareTo(thresholds.get(0).value());
            for (int k = 2; k <= 5; k++) {
                int step = thresholds.get(k - 1).value().compareTo(thresholds.get(k - 2).value());
                if (step == 0 || step != direction) {
                    throw row.error("t" + k, "'" + thresholds.get(k - 1).text()
                            + "' breaks the order of the thresholds; they must rise (or fall) strictly from t1 to t5");
                }
            }
        }
        return thresholds;
    }

    /** The first level whose threshold is text (when {@code textual}) or a number. */
    private static int firstWhere(List<Threshold> thresholds, boolean textual) {
        for (int k = 1; k <= 5; k++) {
            if (thresholds.get(k - 1).isMilestone() == textual) {
                return k;
            }
        }
        return 1;
    }

    /** {@code true} or {@code false}; empty leaves it to the form (its adjustment line). */
    private static Optional<Boolean> interpolate(CsvTable.Row row) throws ReferenceFileException {
        String text = row.get("interpolate").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "" -> Optional.empty();
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw row.error("interpolate", "'" + row.get("interpolate") + "' is not true or false");
        };
    }


    /** Every row, in file order. */
    public List<AgreedIndicator> rows() {
        return rows;
    }

    /**
     * Where the agreements name a unit the run cannot match: an id the roster lacks, or any unit id
     * when there is no roster (only a roster tells which form is unit {@code 04010000}). Such rows are
     * not used; each note names the file, line and column of the first row of the unit.
     */
    public List<String> unmatchedUnits(Optional<Roster> roster) {
        List<String> notes = new ArrayList<>();
        Set<String> noted = new HashSet<>();
        for (AgreedIndicator r : rows) {
            if (r.unitId().equals(COMMON) || roster.flatMap(x -> x.byId(r.unitId())).isPresent()
                    || !noted.add(r.unitId())) {
                continue;
            }
            notes.add(file + ":" + r.sourceLine() + ":" + unitIdColumn + ": unit_id '" + r.unitId() + "' "
                    + (roster.isEmpty() ? "needs --roster to be matched to a form" : "is not on the roster")
                    + "; its rows are not used");
        }
        return notes;
    }

    /**
     * What one unit agreed.
     *
     * @param unitId the unit's roster id; empty for a unit the roster does not know (common rows only)
     * @param group the unit's group, which picks among group rows; a group-less row serves a unit
     *     whose group has no row of its own
     */
    public UnitAgreement forUnit(Optional<String> unitId, Optional<UnitGroup> group) {
        Map<IndicatorKey, List<AgreedIndicator>> own = new LinkedHashMap<>();
        Map<IndicatorKey, List<AgreedIndicator>> common = new LinkedHashMap<>();
        Set<IndicatorKey> order = new java.util.LinkedHashSet<>();
        for (AgreedIndicator r : rows) {
            if (r.unitId().equals(COMMON)) {
                common.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                order.add(r.key());
            } else if (unitId.isPresent() && r.unitId().equals(unitId.get())) {
                own.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                order.add(r.key());
            }
        }
        List<AgreedIndicator> chosen = new ArrayList<>();
        Set<IndicatorKey> lineless = new HashSet<>();
        for (IndicatorKey key : order) {
            List<AgreedIndicator> candidates = own.containsKey(key) ? own.get(key) : common.get(key);
            Optional<AgreedIndicator> pick = group.flatMap(g -> candidates.stream()
                            .filter(c -> c.group().equals(Optional.of(g))).findFirst())
                    .or(() -> candidates.stream().filter(c -> c.group().isEmpty()).findFirst());
            if (pick.isPresent()) {
                chosen.add(pick.get());
            } else {
                chosen.add(candidates.get(0));
                lineless.add(key);
            }
        }
        return new UnitAgreement(unitId.isPresent(), chosen, lineless);
    }
}
