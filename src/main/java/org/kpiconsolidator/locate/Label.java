package org.kpiconsolidator.locate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Thai labels that structure a report form, matched on label keys (normalised, without spaces,
 * {@code ระดับที่} read as {@code ระดับ}). A label matches when a cell's key starts with it and what
 * follows is nothing, a colon, or (for the labels that allow it) a parenthesised qualifier such as
 * {@code (ภาพรวม)}; so narrative text that merely begins with the same word is not a label.
 */
public enum Label {
    /** แบบฟอร์มการรายงาน: the first title line of a block. */
    FORM_TITLE("แบบฟอร์มการรายงาน", Match.PREFIX, "แบบรายงานผล"),
    /** ผลการปฏิบัติราชการตามคำรับรอง...ประจำปีงบประมาณ พ.ศ. 2564: carries the fiscal year. */
    TITLE("ผลการปฏิบัติราชการตามคำรับรอง", Match.PREFIX, "รายงานผลการปฏิบัติราชการตามคำรับรอง"),
    UNIT("หน่วยงาน", Match.LABEL, "ชื่อหน่วยงาน", "ส่วนราชการ"),
    GROUP("กลุ่มหน่วยงาน", Match.LABEL),
    /** องค์ประกอบที่ N : title. */
    COMPONENT("องค์ประกอบที่", Match.PREFIX),
    INDICATOR_TITLE("ตัวชี้วัด", Match.LABEL),
    PERSON("ชื่อผู้รับผิดชอบการรายงาน", Match.PREFIX, "ผู้รับผิดชอบการรายงาน", "ชื่อผู้รับผิดชอบ"),
    POSITION("ตำแหน่ง", Match.LABEL),
    PHONE("หมายเลขโทรศัพท์", Match.PREFIX, "เบอร์โทรศัพท์", "โทรศัพท์"),
    RUBRIC("เกณฑ์การให้คะแนน", Match.LABEL, "เกณฑ์การประเมิน"),
    ADJUSTMENT("ช่วงการปรับเกณฑ์การให้คะแนน", Match.PREFIX),
    FLOOR_NOTE("*กรณีผลการดำเนินงานต่ำกว่า", Match.PREFIX),
    RESULTS("ผลการดำเนินงาน", Match.COLON),
    OVERALL_SUPPORT("ปัจจัยสนับสนุนการดำเนินงาน(ภาพรวม)", Match.LABEL),
    OVERALL_OBSTACLES("อุปสรรคต่อการดำเนินงาน(ภาพรวม)", Match.LABEL),
    DETAILS("คำชี้แจงรายละเอียดการดำเนินงาน", Match.LABEL, "รายละเอียดการดำเนินงาน"),
    SUPPORT("ปัจจัยสนับสนุนการดำเนินงาน", Match.LABEL),
    OBSTACLES("อุปสรรคต่อการดำเนินงาน", Match.LABEL),
    EVIDENCE("หลักฐานอ้างอิง", Match.LABEL, "เอกสารหลักฐานอ้างอิง", "เอกสารอ้างอิง", "หลักฐาน/เอกสารอ้างอิง"),
    HEADING_WEIGHT("การประเมินผลการปฏิบัติราชการองค์ประกอบที่", Match.PREFIX),
    SUMMARY_TITLE("สรุปผลการดำเนินงานตัวชี้วัด", Match.PREFIX, "สรุปผลการดำเนินงานของตัวชี้วัด"),
    DETAIL_TITLE("รายละเอียดการประเมินผลการปฏิบัติราชการ", Match.PREFIX),
    DETAIL_SUPPORT("ปัจจัยหรือเงื่อนไขที่สนับสนุนการดำเนินงานให้บรรลุเป้าหมาย", Match.LABEL),
    DETAIL_OBSTACLES("ปัญหาอุปสรรค", Match.LABEL, "ปัญหาและอุปสรรค", "ปัญหา/อุปสรรค", "ปัญหาอุปสรรคในการดำเนินงาน"),
    EXPLANATION("คำชี้แจงผลการปฏิบัติราชการ", Match.LABEL);

    enum Match {
        /** Any text may follow the label. */
        PREFIX,
        /** Nothing, a colon, or a parenthesised qualifier may follow. */
        LABEL,
        /** A colon must follow (the label is also a table header word without one). */
        COLON
    }

    private final String key;
    private final Match match;
    private final List<String> keys;
    /** {@link #keys} as an array: matched against every cell, so without an iterator. */
    private final String[] wordings;
    /** The first characters of the wordings: a key starting with none of them matches none. */
    private final String firstChars;

    /**
     * @param key the label as the template prints it (its key)
     * @param alternates other wordings units use for the same label
     */
    Label(String key, Match match, String... alternates) {
        this.key = key;
        this.match = match;
        List<String> all = new ArrayList<>();
        all.add(key);
        all.addAll(Arrays.asList(alternates));
        this.keys = List.copyOf(all);
        this.wordings = all.toArray(new String[0]);
        StringBuilder first = new StringBuilder();
        for (String k : wordings) {
            if (first.indexOf(k.substring(0, 1)) < 0) {
                first.append(k.charAt(0));
            }
        }
        this.firstChars = first.toString();
    }

    /** The label's key as the template prints it. */
    public String key() {
        return key;
    }

    /** Every wording of the label, the template's first. */
    public List<String> keys() {
        return keys;
    }

    /** Whether a cell with this label key starts with this label. */
    public boolean matches(String cellKey) {
        return matchLength(cellKey) > 0;
    }

    /** The length of the wording the cell key starts with, or 0 when it starts with none. */
    int matchLength(String cellKey) {
        if (cellKey.isEmpty() || firstChars.indexOf(cellKey.charAt(0)) < 0) {
            return 0;
        }
        int best = 0;
        for (String k : wordings) {
            if (k.length() > best && matches(cellKey, k)) {
                best = k.length();
            }
        }
        return best;
    }

    private boolean matches(String cellKey, String k) {
        if (!cellKey.startsWith(k)) {
            return false;
        }
        if (match == Match.PREFIX) {
            return true;
        }
        if (cellKey.length() == k.length()) {
            return match == Match.LABEL;
        }
        char next = cellKey.charAt(k.length());
        return next == ':' || match == Match.LABEL && next == '(';
    }

    /** The first label a cell key starts with, or {@code null}. Longer labels win over their prefixes. */
    public static Label of(String cellKey) {
        if (cellKey.isEmpty()) {
            return null;
        }
        Label best = null;
        int bestLength = 0;
        for (Label label : startingWith(cellKey.charAt(0))) {
            int length = label.matchLength(cellKey);
            if (length > bestLength) {
                best = label;
                bestLength = length;
            }
        }
        return best;
    }

    /** Labels that open a narrative section. */
    public boolean isNarrative() {
        return switch (this) {
            case OVERALL_SUPPORT, OVERALL_OBSTACLES, DETAILS, SUPPORT, OBSTACLES, EVIDENCE, DETAIL_SUPPORT,
                    DETAIL_OBSTACLES, EXPLANATION -> true;
            default -> false;
        };
    }

    private static final Label[] NONE = {};

    /**
     * By a key's first character (every wording starts with ASCII or Thai), the labels with a
     * wording that starts with it, in declaration order: a cell key can only start with those, and
     * most cells start with none.
     */
    private static final Label[][] BY_FIRST_CHAR = byFirstChar();

    private static Label[] startingWith(char first) {
        return first < BY_FIRST_CHAR.length ? BY_FIRST_CHAR[first] : NONE;
    }

    private static Label[][] byFirstChar() {
        List<Set<Label>> sets = new ArrayList<>();
        for (int c = 0; c <= '\u0E7F'; c++) {
            sets.add(EnumSet.noneOf(Label.class));
        }
        for (Label label : values()) {
            for (String k : label.wordings) {
                sets.get(k.charAt(0)).add(label); // past the Thai block: fails at class load, in every test
            }
        }
        Label[][] table = new Label[sets.size()][];
        for (int c = 0; c < table.length; c++) {
            table[c] = sets.get(c).toArray(NONE);
        }
        return table;
    }
}
