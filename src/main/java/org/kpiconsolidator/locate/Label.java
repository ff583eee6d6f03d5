package org.kpiconsolidator.locate;

/**
 * The Thai labels that structure a report form, matched on label keys (normalised, without spaces,
 * {@code ระดับที่} read as {@code ระดับ}). A label matches when a cell's key starts with it and what
 * follows is nothing, a colon, or (for the labels that allow it) a parenthesised qualifier such as
 * {@code (ภาพรวม)}; so narrative text that merely begins with the same word is not a label.
 */
public enum Label {
    /** แบบฟอร์มการรายงาน: the first title line of a block. */
    FORM_TITLE("แบบฟอร์มการรายงาน", Match.PREFIX),
    /** ผลการปฏิบัติราชการตามคำรับรอง...ประจำปีงบประมาณ พ.ศ. 2564: carries the fiscal year. */
    TITLE("ผลการปฏิบัติราชการตามคำรับรอง", Match.PREFIX),
    UNIT("หน่วยงาน", Match.LABEL),
    GROUP("กลุ่มหน่วยงาน", Match.LABEL),
    /** องค์ประกอบที่ N : title. */
    COMPONENT("องค์ประกอบที่", Match.PREFIX),
    INDICATOR_TITLE("ตัวชี้วัด", Match.LABEL),
    PERSON("ชื่อผู้รับผิดชอบการรายงาน", Match.PREFIX),
    POSITION("ตำแหน่ง", Match.LABEL),
    PHONE("หมายเลขโทรศัพท์", Match.PREFIX),
    RUBRIC("เกณฑ์การให้คะแนน", Match.LABEL),
    ADJUSTMENT("ช่วงการปรับเกณฑ์การให้คะแนน", Match.PREFIX),
    FLOOR_NOTE("*กรณีผลการดำเนินงานต่ำกว่า", Match.PREFIX),
    RESULTS("ผลการดำเนินงาน", Match.COLON),
    OVERALL_SUPPORT("ปัจจัยสนับสนุนการดำเนินงาน(ภาพรวม)", Match.LABEL),
    OVERALL_OBSTACLES("อุปสรรคต่อการดำเนินงาน(ภาพรวม)", Match.LABEL),
    DETAILS("คำชี้แจงรายละเอียดการดำเนินงาน", Match.LABEL),
    SUPPORT("ปัจจัยสนับสนุนการดำเนินงาน", Match.LABEL),
    OBSTACLES("อุปสรรคต่อการดำเนินงาน", Match.LABEL),
    EVIDENCE("หลักฐานอ้างอิง", Match.LABEL),
    HEADING_WEIGHT("การประเมินผลการปฏิบัติราชการองค์ประกอบที่", Match.PREFIX),
    SUMMARY_TITLE("สรุปผลการดำเนินงานตัวชี้วัด", Match.PREFIX),
    DETAIL_TITLE("รายละเอียดการประเมินผลการปฏิบัติราชการ", Match.PREFIX),
    DETAIL_SUPPORT("ปัจจัยหรือเงื่อนไขที่สนับสนุนการดำเนินงานให้บรรลุเป้าหมาย", Match.LABEL),
    DETAIL_OBSTACLES("ปัญหาอุปสรรค", Match.LABEL),
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

    Label(String key, Match match) {
        this.key = key;
        this.match = match;
    }

    public String key() {
        return key;
    }

    /** Whether a cell with this label key starts with this label. */
    public boolean matches(String cellKey) {
        if (!cellKey.startsWith(key)) {
            return false;
        }
        if (match == Match.PREFIX) {
            return true;
        }
        if (cellKey.length() == key.length()) {
            return match == Match.LABEL;
        }
        char next = cellKey.charAt(key.length());
        return next == ':' || match == Match.LABEL && next == '(';
    }

    /** The first label a cell key starts with, or {@code null}. Longer labels win over their prefixes. */
    public static Label of(String cellKey) {
        if (cellKey.isEmpty()) {
            return null;
        }
        Label best = null;
        for (Label label : VALUES) {
            if (label.matches(cellKey) && (best == null || label.key.length() > best.key.length())) {
                best = label;
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

    private static final Label[] VALUES = values();
}
