package org.kpiconsolidator.finding;

import static org.kpiconsolidator.finding.Severity.ERROR;
import static org.kpiconsolidator.finding.Severity.INFO;
import static org.kpiconsolidator.finding.Severity.WARNING;

/**
 * The stable rule codes of the discrepancy log (SPEC section 4), each with its default severity,
 * its scope and a one-line summary in Thai and English. Codes never change meaning; new codes may
 * be added.
 */
public enum Code {
    FILE_UNREADABLE(ERROR, Scope.FILE, "อ่านไฟล์ไม่ได้ (ไม่ใช่สเปรดชีต ไฟล์เสียหรือไม่สมบูรณ์ หรือเกินขีดจำกัดความปลอดภัย)",
            "The file cannot be read: not a spreadsheet, truncated, corrupt, or over the safety limits"),
    FILE_ENCRYPTED(ERROR, Scope.FILE, "ไฟล์ถูกป้องกันด้วยรหัสผ่าน", "The file is protected with a password"),
    FILE_DEFAULT_PASSWORD(INFO, Scope.FILE,
            "ไฟล์เข้ารหัสด้วยรหัสผ่านมาตรฐานของ Excel (VelvetSweatshop) ซึ่งเปิดได้โดยไม่ต้องใส่รหัสผ่าน จึงอ่านได้ตามปกติ",
            "The file is encrypted with Excel's built-in default password, which opens it without asking; it was read"),
    FILE_SKIPPED(INFO, Scope.FILE, "ข้ามไฟล์ที่ไม่ใช่สเปรดชีตหรือเป็นไฟล์ชั่วคราว",
            "Skipped a file that is not a spreadsheet, or an office lock or temporary file"),
    FORM_NOT_RECOGNIZED(ERROR, Scope.FILE, "ไม่พบแบบฟอร์มรายงานผลในสมุดงาน", "The workbook holds no report-form block"),
    FISCAL_YEAR_MISMATCH(ERROR, Scope.FILE, "ปีงบประมาณในแบบฟอร์มไม่ตรงกับปีที่รวบรวม",
            "The form's fiscal year differs from the year being consolidated"),
    MISSING_FIELD(ERROR, Scope.CELL, "ไม่ได้กรอกข้อมูลที่จำเป็น (ชื่อหน่วยงาน น้ำหนัก ผลการดำเนินงาน หรือค่าเป้าหมายในตารางเกณฑ์)",
            "A required field (unit name, weight, result or a rubric threshold) is missing"),
    INVALID_VALUE(ERROR, Scope.CELL, "ค่าที่กรอกอ่านไม่ได้หรืออยู่นอกช่วงที่กำหนด",
            "A value cannot be read or is out of range"),
    RUBRIC_POINTS_INVALID(WARNING, Scope.CELL, "คะแนนของระดับในหัวตารางเกณฑ์ไม่ใช่คะแนนทางการหรือไม่เพิ่มขึ้นตามระดับ",
            "The points per level in a rubric header are not the official ones or not increasing"),
    THRESHOLDS_NOT_MONOTONIC(ERROR, Scope.CELL, "ค่าเป้าหมายของเกณฑ์ไม่เพิ่มขึ้นหรือลดลงอย่างต่อเนื่อง",
            "A rubric row neither rises nor falls strictly"),
    RUBRIC_MISMATCH(ERROR, Scope.CELL, "เกณฑ์ น้ำหนัก หรือเป้าหมายในแบบฟอร์มไม่ตรงกับคำรับรอง หรือตัวชี้วัดขาดหรือเกินจากคำรับรอง",
            "The form's thresholds, weight or target differ from the agreement, or an indicator is missing from or not in it"),
    LEVEL_MISMATCH(ERROR, Scope.CELL, "ระดับที่ระบุไม่ตรงกับระดับที่ผลการดำเนินงานได้ หรือไม่ตรงกันระหว่างตาราง",
            "The stated level differs from the level the result reaches, or between two tables"),
    SCORE_MISMATCH(ERROR, Scope.CELL, "คะแนนที่ได้ไม่ตรงกับเกณฑ์การให้คะแนน",
            "The stated score differs from the rubric's score for the level or value"),
    WEIGHTED_MISMATCH(ERROR, Scope.CELL, "ค่าคะแนนถ่วงน้ำหนักไม่เท่ากับ น้ำหนัก × คะแนน ÷ 100",
            "The stated weighted score differs from weight × score / 100"),
    WEIGHT_INCONSISTENT(ERROR, Scope.CELL, "ตัวชี้วัดเดียวกันระบุน้ำหนักต่างกันในสองตาราง",
            "One indicator is printed with different weights in two tables"),
    WEIGHT_SUM_MISMATCH(ERROR, Scope.CELL, "ผลรวมน้ำหนักไม่เท่ากับน้ำหนักขององค์ประกอบ หรือไม่เท่ากับ 100",
            "Indicator weights do not sum to the component's weight, or a unit's to 100"),
    SUBTOTAL_MISMATCH(ERROR, Scope.CELL, "คะแนนรวมขององค์ประกอบไม่ตรงกับผลรวมที่คำนวณใหม่",
            "A stated component subtotal differs from the recomputed one"),
    MISSING_VALUE(WARNING, Scope.CELL, "ไม่ได้กรอกคะแนนที่ได้หรือค่าคะแนนถ่วงน้ำหนัก (คำนวณให้แล้ว)",
            "A stated score or weighted score is blank (recomputed anyway)"),
    MISSING_EXPLANATION(WARNING, Scope.CELL, "ผลต่ำกว่าเป้าหมายแต่ไม่มีคำชี้แจง",
            "The achieved level is below target and no explanation is given"),
    STALE_FORMULA(WARNING, Scope.CELL, "ค่าที่บันทึกของสูตรไม่ตรงกับผลการคำนวณสูตร",
            "A formula's cached value disagrees with its evaluation"),
    DUPLICATE_SUBMISSION(ERROR, Scope.FILE, "หน่วยงานเดียวกันส่งแบบฟอร์มปีเดียวกันมากกว่าหนึ่งไฟล์",
            "Two files for the same unit and year"),
    UNKNOWN_UNIT(WARNING, Scope.FILE, "ไม่พบชื่อหน่วยงานในทะเบียนหน่วยงาน", "The unit is not in the roster"),
    MISSING_SUBMISSION(ERROR, Scope.BATCH, "หน่วยงานในทะเบียนไม่ได้ส่งแบบฟอร์ม", "A roster unit has no submission"),
    GROUP_MISMATCH(WARNING, Scope.CELL, "กลุ่มหน่วยงานที่เลือกในแบบฟอร์มไม่ตรงกับทะเบียนหน่วยงาน",
            "The checked unit group differs from the roster's"),
    VALUE_NORMALIZED(INFO, Scope.CELL, "ปรับรูปแบบค่าที่กรอก (เลขไทย ตัวเลขแบบข้อความ รูปแบบร้อยละ)",
            "A value was normalised: Thai digits, numbers as text, percent formats"),
    UNIT_NAME_INCONSISTENT(WARNING, Scope.CELL, "ชื่อหน่วยงานในบางส่วนของไฟล์ไม่ตรงกับส่วนอื่น",
            "A block names a different unit than the rest of its file"),
    FORMULA_OVERWRITTEN(WARNING, Scope.CELL, "พิมพ์ตัวเลขทับช่องที่แม่แบบกำหนดเป็นสูตร",
            "A number was typed where the template has a formula"),
    HIDDEN_SHEET_SKIPPED(INFO, Scope.CELL, "ไม่ได้อ่านแผ่นงานที่ซ่อนไว้", "A hidden sheet was not read"),
    VERIFIED_RESULT(INFO, Scope.CELL, "สำนักงานใช้ผลที่ตรวจสอบแล้วแทนผลที่หน่วยงานประเมินตนเองในคะแนนรวม",
            "The office's verified result replaces the unit's self-assessment in the total"),
    VERIFIED_UNMATCHED(WARNING, Scope.BATCH, "ผลที่ตรวจสอบแล้วในไฟล์ --verified ไม่ตรงกับตัวชี้วัดใดในการรวบรวมนี้",
            "A verified result of the --verified file matches no indicator of this run"),
    WAIVER_UNMATCHED(WARNING, Scope.BATCH, "ข้อยกเว้นในไฟล์ --waivers ไม่ตรงกับข้อค้นพบใดในการรวบรวมนี้",
            "A waiver of the --waivers file matches no finding of this run"),
    WAIVER_NEEDS_REASON(WARNING, Scope.BATCH, "ข้อยกเว้นของข้อผิดพลาดระดับ ERROR ไม่มีเหตุผล จึงไม่ได้นำมาใช้",
            "A waiver of an ERROR gives no reason, so it was not applied");

    private final Severity defaultSeverity;
    private final Scope scope;
    private final String summaryTh;
    private final String summaryEn;

    Code(Severity defaultSeverity, Scope scope, String summaryTh, String summaryEn) {
        this.defaultSeverity = defaultSeverity;
        this.scope = scope;
        this.summaryTh = summaryTh;
        this.summaryEn = summaryEn;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public Scope scope() {
        return scope;
    }

    /** One line saying what the code means, in Thai ({@code th}) or English. */
    public String summary(Language language) {
        return language == Language.EN ? summaryEn : summaryTh;
    }
}
