package org.kpiconsolidator.testing;

import java.math.BigDecimal;
import java.util.List;

/** The fixed Thai texts of the FY2564 report form, spelled as the seed prints them. */
public final class FormLabels {

    public static final String FORM_TITLE = "แบบฟอร์มการรายงาน";
    public static final String UNIT = "หน่วยงาน";
    public static final String GROUP = "กลุ่มหน่วยงาน";
    public static final String COMPONENT = "องค์ประกอบที่";
    public static final String INDICATOR = "ตัวชี้วัด";
    public static final String PERSON = "ชื่อผู้รับผิดชอบการรายงาน";
    public static final String POSITION = "ตำแหน่ง";
    public static final String PHONE = "หมายเลขโทรศัพท์";
    public static final String RUBRIC = "เกณฑ์การให้คะแนน :";
    public static final String ADJUSTMENT = "ช่วงการปรับเกณฑ์การให้คะแนน +/- 10 ต่อ 1 ระดับคะแนน";
    public static final String FLOOR_NOTE =
            "* กรณีผลการดำเนินงานต่ำกว่าค่าเป้าหมายระดับ 1 จะได้คะแนนเท่ากับค่าเป้าหมายระดับ 1";
    public static final String RESULTS = "ผลการดำเนินงาน :";
    public static final String SUBTOTAL = "คะแนนที่ได้";
    public static final String SUMMARY_TOTAL = "รวมคะแนน";
    public static final String DETAIL_TITLE = "รายละเอียดการประเมินผลการปฏิบัติราชการ (รายตัวชี้วัด)";

    public static final List<String> RESULTS_HEADER_MULTI =
            List.of("ตัวชี้วัด", "น้ำหนัก (ร้อยละ)", "ผลการดำเนินการ", "ค่าคะแนนที่ได้", "ค่าคะแนนถ่วงน้ำหนัก");
    public static final List<String> RESULTS_HEADER_SINGLE =
            List.of("น้ำหนัก (ร้อยละ)", "ผลการดำเนินงาน", "คะแนนที่ได้", "ค่าคะแนนถ่วงน้ำหนัก");
    public static final List<String> SUMMARY_HEADER = List.of("ลำดับที่", "ตัวชี้วัด", "เป้าหมาย", "น้ำหนัก คะแนน",
            "ระดับความสำเร็จ ที่ดำเนินงานได้", "ผลการดำเนินงาน", "คะแนนที่ได้");
    public static final List<String> DETAIL_HEADER = List.of("ตัวชี้วัด", "เป้าหมาย", "ผลสำเร็จ",
            "โครงการ/กิจกรรมที่สนับสนุน", "รายละเอียดผลการดำเนินงาน", "หมายเหตุ");

    // Block narratives: multi-indicator blocks.
    public static final String OVERALL_SUPPORT = "ปัจจัยสนับสนุนการดำเนินงาน (ภาพรวม) :";
    public static final String OVERALL_OBSTACLES = "อุปสรรคต่อการดำเนินงาน (ภาพรวม) :";
    // Block narratives: single-indicator blocks.
    public static final String OPERATION_DETAILS = "คำชี้แจงรายละเอียดการดำเนินงาน :";
    public static final String SUPPORT = "ปัจจัยสนับสนุนการดำเนินงาน :";
    public static final String OBSTACLES = "อุปสรรคต่อการดำเนินงาน :";
    public static final String EVIDENCE = "หลักฐานอ้างอิง :";

    // The four sections after each detail table.
    public static final String DETAIL_SUPPORT = "ปัจจัยหรือเงื่อนไขที่สนับสนุนการดำเนินงานให้บรรลุเป้าหมาย";
    public static final String DETAIL_PROBLEMS = "ปัญหา อุปสรรค";
    public static final String DETAIL_EVIDENCE = "หลักฐานอ้างอิง";
    public static final String DETAIL_EXPLANATION = "คำชี้แจงผลการปฏิบัติราชการ (กรณีการดำเนินการไม่เป็นไปตามเป้าหมาย)";

    private FormLabels() {
    }

    public static String yearLine(int fiscalYearBE) {
        return "ผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. " + fiscalYearBE;
    }

    /** {@code label : value} in one cell, or {@code label :} when the value is missing. */
    public static String labelled(String label, String value) {
        return value == null ? label + " :" : label + " : " + value;
    }

    /** {@code กลุ่มหน่วยงาน : ☑ กลุ่มหน่วยงาน A ☐ ...}; no box is ticked when {@code checked} is null. */
    public static String groupLine(String checked) {
        StringBuilder line = new StringBuilder(GROUP).append(" :");
        for (String group : List.of("A", "B", "C", "D")) {
            line.append(group.equals(checked) ? " ☑ " : " ☐ ").append(GROUP).append(' ').append(group);
        }
        return line.toString();
    }

    public static String componentLine(int component, String title) {
        return COMPONENT + " " + component + " : " + title;
    }

    public static String componentWeightHeading(int component, Object weight) {
        return "การประเมินผลการปฏิบัติราชการองค์ประกอบที่ " + component + " (ร้อยละ " + plain(weight) + ")";
    }

    public static String summaryTitle(int component, String componentTitle) {
        return "สรุปผลการดำเนินงานตัวชี้วัดในองค์ประกอบที่ " + component + " " + componentTitle;
    }

    public static String rubricLevelHeader(int level, Object points) {
        return "ระดับ " + level + " (" + plain(points) + " คะแนน)";
    }

    /** Cover lines the seed prints before its first block. */
    public static List<String> coverLines(String unitName, int fiscalYearBE) {
        return List.of("แบบฟอร์มการรายงานผลการปฏิบัติราชการตามคำรับรอง", "ของ" + unitName,
                "ประจำปีงบประมาณ พ.ศ. " + fiscalYearBE);
    }

    /** A number as a person would type it inside a text: {@code 50}, {@code 12.5}; other values as they are. */
    static String plain(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
