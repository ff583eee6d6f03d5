package org.kpiconsolidator.model;

/** The unit group (กลุ่มหน่วยงาน) that picks the row of a group-specific rubric. */
public enum UnitGroup {
    A, B, C, D;

    /** The group named by a letter (Latin or full-width), or {@code null}. */
    public static UnitGroup ofLetter(char c) {
        char upper = Character.toUpperCase(c);
        if (upper >= '\uFF21' && upper <= '\uFF24') {
            upper = (char) ('A' + (upper - '\uFF21'));
        }
        return switch (upper) {
            case 'A' -> A;
            case 'B' -> B;
            case 'C' -> C;
            case 'D' -> D;
            default -> null;
        };
    }
}
