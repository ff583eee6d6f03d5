package org.kpiconsolidator.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiconsolidator.text.ThaiText;

/**
 * The roster of units ({@code roster.csv}: {@code unit_id,unit_name,aliases,group}, aliases
 * separated by {@code |}): who must submit, under which id, in which unit group.
 */
public final class Roster {

    static final List<String> REQUIRED = List.of("unit_id", "unit_name");
    static final List<String> OPTIONAL = List.of("aliases", "group");

    private final List<RosterUnit> units;
    private final Map<String, RosterUnit> byId = new HashMap<>();
    /** Label keys of every name and alias, to the unit they name. */
    private final Map<String, RosterUnit> byName = new LinkedHashMap<>();

    private Roster(List<RosterUnit> units) {
        this.units = List.copyOf(units);
        for (RosterUnit u : this.units) {
            if (byId.putIfAbsent(u.id(), u) != null) {
                throw new IllegalArgumentException("unit_id " + u.id() + " appears twice");
            }
            for (String name : namesOf(u)) {
                RosterUnit other = byName.putIfAbsent(ThaiText.keyOf(name), u);
                if (other != null && other != u) {
                    throw new IllegalArgumentException("'" + name + "' names both " + other.id() + " and " + u.id());
                }
            }
        }
    }

    /**
     * A roster of the given units.
     *
     * @throws IllegalArgumentException when an id appears twice or a name or alias names two units
     */
    public static Roster of(List<RosterUnit> units) {
        return new Roster(units);
    }

    /**
     * Reads and checks a roster file: every row has a unit id and a name, ids are unique, a group is
     * A-D or empty, and no name or alias names two units (checked here, row by row, so the error can
     * name the line).
     *
     * @throws ReferenceFileException naming the line and column of the first problem
     */
    public static Roster read(Path file) throws ReferenceFileException {
        CsvTable table = CsvTable.read(file, REQUIRED, OPTIONAL);
        List<RosterUnit> units = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, RosterUnit> names = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.get("unit_id");
            if (id.isEmpty()) {
                throw row.error("unit_id", "empty; every unit needs its id");
            }
            Integer first = idLines.putIfAbsent(id, row.line());
            if (first != null) {
                throw row.error("unit_id", "'" + id + "' is already the id of the unit on line " + first);
            }
            String name = ThaiText.normalize(row.get("unit_name"));
            if (name.isEmpty()) {
                throw row.error("unit_name", "empty; every unit needs its official name");
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : row.get("aliases").split("\\|")) {
                String a = ThaiText.normalize(alias);
                if (!a.isEmpty()) {
                    aliases.add(a);
                }
            }
            RosterUnit unit = new RosterUnit(id, name, aliases, Groups.parse(row), row.line());
            checkNames(row, unit, names);
            units.add(unit);
        }
        return of(units);
    }

    private static void checkNames(CsvTable.Row row, RosterUnit unit, Map<String, RosterUnit> names)
            throws ReferenceFileException {
        for (String name : namesOf(unit)) {
            RosterUnit other = names.putIfAbsent(ThaiText.keyOf(name), unit);
            if (other != null && other != unit) {
                String column = name.equals(unit.name()) ? "unit_name" : "aliases";
                throw row.error(column, "'" + name + "' already names unit " + other.id() + " (line " + other.line()
                        + "); a name or alias must name one unit");
            }
        }
    }

    private static List<String> namesOf(RosterUnit u) {
        List<String> names = new ArrayList<>(u.aliases().size() + 1);
        names.add(u.name());
        names.addAll(u.aliases());
        return names;
    }

    /** Every unit, in roster order. */
    public List<RosterUnit> units() {
        return units;
    }

    public Optional<RosterUnit> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The unit a form's name means (SPEC 2.1): the unit whose official name or alias equals it after
     * normalisation; failing that, the unit with the longest name or alias the form's name begins
     * with (units append their parent: {@code สำนักงานการต่างประเทศ สำนักปลัดกรุงเทพมหานคร}). Names are
     * compared by label key, so spacing and spelling noise do not matter.
     */
    public Optional<RosterUnit> match(String formName) {
        String key = ThaiText.keyOf(formName);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        RosterUnit exact = byName.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        RosterUnit best = null;
        int bestLength = 0;
        for (Map.Entry<String, RosterUnit> e : byName.entrySet()) {
            if (e.getKey().length() > bestLength && key.startsWith(e.getKey())) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return Optional.ofNullable(best);
    }
}
