package org.kpiconsolidator.reference;

import java.util.Map;
import org.kpiconsolidator.text.ThaiText;

/**
 * The key of a unit known only by name, so two spellings of one unit compare equal and two units
 * do not: the label key (spacing and spelling noise do not count), with the interchangeable
 * spellings of the parent office made one ({@code สำนักงานปลัด…} and {@code สำนักปลัด…}), and a
 * district's short form ({@code เขตบางแค}) read as its office ({@code สำนักงานเขตบางแค}).
 */
public final class UnitKeys {

    /** Spellings of one parent office that forms use interchangeably (SPEC 2.1). */
    private static final Map<String, String> SAME_OFFICE = Map.of(
            "สำนักงานปลัดกรุงเทพมหานคร", "สำนักปลัดกรุงเทพมหานคร",
            "กทม.", "กรุงเทพมหานคร");

    private static final String DISTRICT = "เขต";
    private static final String OFFICE = "สำนักงาน";

    private UnitKeys() {
    }

    public static String of(String name) {
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
