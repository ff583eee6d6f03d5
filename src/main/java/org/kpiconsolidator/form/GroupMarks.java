package org.kpiconsolidator.form;

import org.kpiconsolidator.model.UnitGroup;

/**
 * Reads which unit group is checked on a {@code กลุ่มหน่วยงาน} line:
 * {@code ☑ กลุ่มหน่วยงาน A ☐ กลุ่มหน่วยงาน B}, {@code [x] A [ ] B}, or a plain {@code กลุ่มหน่วยงาน : B}.
 * Thai group letters ก ข ค ง read as A B C D.
 */
final class GroupMarks {

    private static final String CHECKED = "☑☒✓✔✅■▣◉●⊠⊗🗹";
    private static final String UNCHECKED = "☐□○◯▢";

    private GroupMarks() {
    }

    /** The checked group, or {@code null} when none (or more than one) is checked. */
    static UnitGroup checked(String text) {
        String t = text.replace("[x]", "☑").replace("[X]", "☑").replace("(x)", "☑").replace("(X)", "☑")
                .replace("[/]", "☑").replace("(/)", "☑").replace("[ ]", "☐").replace("( )", "☐").replace("[]", "☐");
        UnitGroup checked = null;
        int checkedCount = 0;
        UnitGroup onlyLetter = null;
        int letters = 0;
        boolean anyMark = false;
        int mark = 0; // 1 checked, -1 unchecked, 0 none since the last letter
        for (int i = 0; i < t.length(); i = t.offsetByCodePoints(i, 1)) {
            int cp = t.codePointAt(i);
            if (CHECKED.indexOf(cp) >= 0) {
                mark = 1;
                anyMark = true;
                continue;
            }
            if (UNCHECKED.indexOf(cp) >= 0) {
                mark = -1;
                anyMark = true;
                continue;
            }
            UnitGroup g = standaloneLetter(t, i);
            if (g != null) {
                letters++;
                onlyLetter = g;
                if (mark == 1) {
                    checked = g;
                    checkedCount++;
                }
                mark = 0;
            }
        }
        if (checkedCount == 1) {
            return checked;
        }
        return !anyMark && letters == 1 ? onlyLetter : null;
    }

    /** The group a rubric row label names ({@code กลุ่มหน่วยงาน A}, {@code A}, {@code กลุ่ม ข}). */
    static UnitGroup named(String text) {
        UnitGroup found = null;
        for (int i = 0; i < text.length(); i++) {
            UnitGroup g = standaloneLetter(text, i);
            if (g != null) {
                if (found != null && found != g) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    private static UnitGroup standaloneLetter(String t, int i) {
        char c = t.charAt(i);
        UnitGroup g = switch (c) {
            case 'ก' -> UnitGroup.A;
            case 'ข' -> UnitGroup.B;
            case 'ค' -> UnitGroup.C;
            case 'ง' -> UnitGroup.D;
            default -> UnitGroup.ofLetter(c);
        };
        if (g == null) {
            return null;
        }
        boolean before = i == 0 || isSeparator(t.charAt(i - 1));
        boolean after = i + 1 >= t.length() || isSeparator(t.charAt(i + 1));
        return before && after ? g : null;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '/'
                || c == '.' || CHECKED.indexOf(c) >= 0 || UNCHECKED.indexOf(c) >= 0;
    }
}
