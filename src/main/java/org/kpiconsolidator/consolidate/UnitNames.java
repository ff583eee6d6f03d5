package org.kpiconsolidator.consolidate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.text.ThaiText;

/**
 * Decides a file's unit: one unit per file, the name most of its blocks give after normalisation
 * (ties: the first block's), and the key that tells two spellings of one unit apart from two units.
 */
public final class UnitNames {

    /** Spellings of one parent office that forms use interchangeably (SPEC 2.1). */
    private static final Map<String, String> SAME_OFFICE = Map.of(
            "สำนักงานปลัดกรุงเทพมหานคร", "สำนักปลัดกรุงเทพมหานคร",
            "กทม.", "กรุงเทพมหานคร");

    private static final String DISTRICT = "เขต";
    private static final String OFFICE = "สำนักงาน";

    private UnitNames() {
    }

    /**
     * The file's unit name, or empty when no block names one: the unit most blocks name (ties: the
     * first block's), spelled in its canonical form when a block spells it so, else as first spelled.
     * The choice does not depend on the order of the sheets.
     */
    public static String fileUnit(Submission submission) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (FormBlock block : submission.blocks()) {
            String name = block.header().unitName().value();
            if (name != null && !name.isBlank()) {
                String key = keyOf(name);
                String normalized = ThaiText.normalize(name);
                counts.merge(key, 1, Integer::sum);
                spelling.putIfAbsent(key, normalized);
                if (ThaiText.keyOf(normalized).equals(key)) {
                    spelling.put(key, normalized);
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? "" : spelling.get(best);
    }

    /**
     * The key of a unit known only by name: its label key (spacing and spelling noise do not count),
     * with the interchangeable spellings of the parent office made one ({@code สำนักงานปลัด…} and
     * {@code สำนักปลัด…}), and a district's short form ({@code เขตบางแค}) read as its office
     * ({@code สำนักงานเขตบางแค}).
     */
    public static String keyOf(String name) {
        String key = ThaiText.keyOf(name);
        for (Map.Entry<String, String> e : SAME_OFFICE.entrySet()) {
            key = key.replace(e.getKey(), e.getValue());
        }
        if (key.startsWith(DISTRICT)) {
            key = OFFICE + key;
        }
        return key;
    }
}
