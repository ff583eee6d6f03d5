package org.kpiconsolidator.locate;

import java.util.EnumSet;
import java.util.Set;
import org.kpiconsolidator.text.Levels;

/**
 * The tables of a form, each recognised by the header labels of its columns. Matching is on label
 * keys of whole header texts, so line breaks, doubled spaces and two-row headers read the same.
 */
public enum TableShape {
    /** เกณฑ์การให้คะแนน: {@code ตัวชี้วัด | ระดับ 1 (60 คะแนน) | ... | ระดับ 5 (100 คะแนน)}. */
    RUBRIC(EnumSet.of(Role.LEVEL_1, Role.LEVEL_2, Role.LEVEL_3, Role.LEVEL_4, Role.LEVEL_5)) {
        @Override
        Role roleOf(String key) {
            if (key.startsWith("ระดับ")) {
                int level = Levels.parse(key);
                return level >= 1 && level <= 5 ? Role.level(level) : null;
            }
            if (key.startsWith("ตัวชี้วัด") || key.startsWith("กลุ่มหน่วยงาน") || key.startsWith("หน่วยงาน")) {
                return Role.RUBRIC_LABEL;
            }
            return null;
        }
    },
    /** ผลการดำเนินงาน: with or without the ตัวชี้วัด column. */
    RESULTS(EnumSet.of(Role.WEIGHT, Role.RESULT, Role.WEIGHTED)) {
        @Override
        Role roleOf(String key) {
            if (key.contains("ถ่วงน้ำหนัก")) {
                return Role.WEIGHTED;
            }
            if (key.startsWith("น้ำหนัก")) {
                return Role.WEIGHT;
            }
            if (key.contains("คะแนนที่ได้") || key.equals("คะแนน") || key.equals("ค่าคะแนน")) {
                return Role.SCORE;
            }
            if (key.startsWith("ผลการดำเนิน") || key.startsWith("ผลการปฏิบัติ")) {
                return Role.RESULT;
            }
            if (key.startsWith("ตัวชี้วัด")) {
                return Role.INDICATOR;
            }
            return null;
        }
    },
    /** สรุปผลการดำเนินงานตัวชี้วัด: ending with รวมคะแนน. */
    SUMMARY(EnumSet.of(Role.WEIGHT, Role.LEVEL, Role.WEIGHTED)) {
        @Override
        Role roleOf(String key) {
            if (key.startsWith("ลำดับ")) {
                return Role.NUMBER;
            }
            if (key.startsWith("ตัวชี้วัด")) {
                return Role.INDICATOR;
            }
            if (key.startsWith("เป้าหมาย")) {
                return Role.TARGET;
            }
            if (key.startsWith("น้ำหนัก")) {
                return Role.WEIGHT;
            }
            if (key.startsWith("ระดับความสำเร็จ") || key.startsWith("ระดับที่ดำเนินงานได้")) {
                return Role.LEVEL;
            }
            if (key.startsWith("ผลการดำเนินงาน")) {
                return Role.RESULT_TEXT;
            }
            if (key.startsWith("คะแนนที่ได้") || key.startsWith("คะแนน")) {
                return Role.WEIGHTED;
            }
            return null;
        }
    },
    /** รายละเอียดการประเมินผลการปฏิบัติราชการ (รายตัวชี้วัด). */
    DETAIL(EnumSet.of(Role.INDICATOR, Role.ACHIEVED)) {
        @Override
        Role roleOf(String key) {
            if (key.startsWith("ตัวชี้วัด")) {
                return Role.INDICATOR;
            }
            if (key.startsWith("เป้าหมาย")) {
                return Role.TARGET;
            }
            if (key.startsWith("ผลสำเร็จ") || key.startsWith("ผลการดำเนินงานที่ได้")) {
                return Role.ACHIEVED;
            }
            if (key.startsWith("โครงการ")) {
                return Role.PROJECTS;
            }
            if (key.startsWith("รายละเอียด")) {
                return Role.DETAILS;
            }
            if (key.startsWith("หมายเหตุ")) {
                return Role.NOTE;
            }
            return null;
        }
    };

    private final Set<Role> required;

    TableShape(Set<Role> required) {
        this.required = required;
    }

    /** The role of a header column whose (composite) label key is {@code key}, or {@code null}. */
    abstract Role roleOf(String key);

    /** The roles a header must have to be this table. */
    public Set<Role> required() {
        return required;
    }
}
