package org.kpiconsolidator.model;

/** The free-text sections of a form that reviewers read. */
public enum Narrative {
    /** คำชี้แจงรายละเอียดการดำเนินงาน (single-indicator blocks). */
    DETAILS,
    /** ปัจจัยสนับสนุนการดำเนินงาน, overall or per indicator. */
    SUPPORT,
    /** อุปสรรคต่อการดำเนินงาน / ปัญหา อุปสรรค. */
    OBSTACLES,
    /** หลักฐานอ้างอิง. */
    EVIDENCE,
    /** คำชี้แจงผลการปฏิบัติราชการ (กรณีการดำเนินการไม่เป็นไปตามเป้าหมาย). */
    EXPLANATION
}
