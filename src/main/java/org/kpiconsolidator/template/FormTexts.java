package org.kpiconsolidator.template;

import java.util.List;

/**
 * The fixed Thai texts of the FY2564 report form, spelled as the real submitted form prints them;
 * the reader finds the form's tables by these labels.
 */
final class FormTexts {

    static final String FORM_TITLE = "แบบฟอร์มการรายงาน";
    static final String UNIT = "หน่วยงาน :";
    static final String GROUP = "กลุ่มหน่วยงาน :";
    static final String GROUP_WORD = "กลุ่มหน่วยงาน";
    static final String PERSON = "ชื่อผู้รับผิดชอบการรายงาน :";
    static final String POSITION = "ตำแหน่ง :";
    static final String PHONE = "หมายเลขโทรศัพท์ :";
    static final String RUBRIC = "เกณฑ์การให้คะแนน :";
    static final String FLOOR_NOTE =
            "* กรณีผลการดำเนินงานต่ำกว่าค่าเป้าหมายระดับ 1 จะได้คะแนนเท่ากับค่าเป้าหมายระดับ 1";
    static final String RESULTS = "ผลการดำเนินงาน :";
    static final String INDICATOR = "ตัวชี้วัด";
    static final String SUBTOTAL = "คะแนนที่ได้";
    static final String SUMMARY_TOTAL = "รวมคะแนน";
    static final String DETAIL_TITLE = "รายละเอียดการประเมินผลการปฏิบัติราชการ (รายตัวชี้วัด)";

    static final List<String> RESULTS_HEADER_MULTI =
            List.of("ตัวชี้วัด", "น้ำหนัก (ร้อยละ)", "ผลการดำเนินการ", "ค่าคะแนนที่ได้", "ค่าคะแนนถ่วงน้ำหนัก");
    static final List<String> RESULTS_HEADER_SINGLE =
            List.of("น้ำหนัก (ร้อยละ)", "ผลการดำเนินงาน", "คะแนนที่ได้", "ค่าคะแนนถ่วงน้ำหนัก");
    static final List<String> SUMMARY_HEADER = List.of("ลำดับที่", "ตัวชี้วัด", "เป้าหมาย", "น้ำหนัก คะแนน",
            "ระดับความสำเร็จ ที่ดำเนินงานได้", "ผลการดำเนินงาน", "คะแนนที่ได้");
    static final List<String> DETAIL_HEADER = List.of("ตัวชี้วัด", "เป้าหมาย", "ผลสำเร็จ",
            "โครงการ/กิจกรรมที่สนับสนุน", "รายละเอียดผลการดำเนินงาน", "หมายเหตุ");

    /** Narratives of a block with an indicator column. */
    static final List<String> OVERALL_NARRATIVES =
            List.of("ปัจจัยสนับสนุนการดำเนินงาน (ภาพรวม) :", "อุปสรรคต่อการดำเนินงาน (ภาพรวม) :");
    /** Narratives of a single-indicator block. */
    static final List<String> SINGLE_NARRATIVES = List.of("คำชี้แจงรายละเอียดการดำเนินงาน :",
            "ปัจจัยสนับสนุนการดำเนินงาน :", "อุปสรรคต่อการดำเนินงาน :", "หลักฐานอ้างอิง :");
    /** The sections after each detail table; the last is the explanation of a result below target. */
    static final List<String> DETAIL_NARRATIVES = List.of("ปัจจัยหรือเงื่อนไขที่สนับสนุนการดำเนินงานให้บรรลุเป้าหมาย",
            "ปัญหา อุปสรรค", "หลักฐานอ้างอิง", "คำชี้แจงผลการปฏิบัติราชการ (กรณีการดำเนินการไม่เป็นไปตามเป้าหมาย)");

    /** The level a result below the first threshold is printed as. */
    static final String BELOW_LEVEL_ONE = "ต่ำกว่าระดับ 1";

    private FormTexts() {
    }

    static String yearLine(int fiscalYear) {
        return "ผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. " + fiscalYear;
    }

    static String componentLine(int component, String title) {
        return "องค์ประกอบที่ " + component + " : " + title;
    }

    static String indicatorLine(String title) {
        return "ตัวชี้วัด : " + title;
    }

    static String adjustmentLine(String pointsPerLevel) {
        return "ช่วงการปรับเกณฑ์การให้คะแนน +/- " + pointsPerLevel + " ต่อ 1 ระดับคะแนน";
    }

    static String rubricLevelHeader(int level, String points) {
        return "ระดับ " + level + " (" + points + " คะแนน)";
    }

    static String level(int level) {
        return level == 0 ? BELOW_LEVEL_ONE : "ระดับ " + level;
    }

    static String groupName(char letter) {
        return GROUP_WORD + " " + letter;
    }

    /** The heading whose {@code (ร้อยละ N)} states the component's weight; N is appended by formula. */
    static String componentWeightHeading(int component) {
        return "การประเมินผลการปฏิบัติราชการองค์ประกอบที่ " + component;
    }

    static String summaryTitle(int component, String title) {
        return "สรุปผลการดำเนินงานตัวชี้วัดในองค์ประกอบที่ " + component + " " + title;
    }
}
