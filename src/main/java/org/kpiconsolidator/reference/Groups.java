package org.kpiconsolidator.reference;

import java.util.Optional;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.text.ThaiText;

/** Reads a unit group as reference files write it: {@code A}, {@code ข}, {@code กลุ่ม C}, {@code กลุ่มหน่วยงาน D}. */
final class Groups {

    private Groups() {
    }

    /**
     * The group, empty for a blank cell.
     *
     * @throws ReferenceFileException at the row's group column when the text names no group A-D
     */
    static Optional<UnitGroup> parse(CsvTable.Row row) throws ReferenceFileException {
        String text = ThaiText.normalize(row.get("group"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String key = ThaiText.key(text);
        for (String prefix : new String[] {"กลุ่มหน่วยงาน", "กลุ่ม"}) {
            if (key.startsWith(prefix)) {
                key = key.substring(prefix.length());
                break;
            }
        }
        UnitGroup g = key.length() == 1 ? letter(key.charAt(0)) : null;
        if (g == null) {
            throw row.error("group", "'" + text + "' is not a unit group; write A, B, C or D, or leave it empty");
        }
        return Optional.of(g);
    }

    private static UnitGroup letter(char c) {
        return switch (c) {
            case 'ก' -> UnitGroup.A;
            case 'ข' -> UnitGroup.B;
            case 'ค' -> UnitGroup.C;
            case 'ง' -> UnitGroup.D;
            default -> UnitGroup.ofLetter(c);
        };
    }
}
