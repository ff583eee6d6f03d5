package org.kpiconsolidator.locate;

/** What a column of a located table holds. */
public enum Role {
    /** Rubric: the indicator or group label column. */
    RUBRIC_LABEL,
    LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4, LEVEL_5,
    /** ลำดับที่. */
    NUMBER,
    /** ตัวชี้วัด. */
    INDICATOR,
    /** น้ำหนัก. */
    WEIGHT,
    /** ผลการดำเนินการ / ผลการดำเนินงาน in the results table. */
    RESULT,
    /** ค่าคะแนนที่ได้. */
    SCORE,
    /** ค่าคะแนนถ่วงน้ำหนัก, or the summary's คะแนนที่ได้. */
    WEIGHTED,
    /** เป้าหมาย. */
    TARGET,
    /** Summary: ระดับความสำเร็จที่ดำเนินงานได้. */
    LEVEL,
    /** Summary: ผลการดำเนินงาน (narrative). */
    RESULT_TEXT,
    /** Detail: ผลสำเร็จ. */
    ACHIEVED,
    /** Detail: โครงการ/กิจกรรมที่สนับสนุน. */
    PROJECTS,
    /** Detail: รายละเอียดผลการดำเนินงาน. */
    DETAILS,
    /** Detail: หมายเหตุ. */
    NOTE;

    /** The level column role of level 1..5. */
    public static Role level(int level) {
        return switch (level) {
            case 1 -> LEVEL_1;
            case 2 -> LEVEL_2;
            case 3 -> LEVEL_3;
            case 4 -> LEVEL_4;
            case 5 -> LEVEL_5;
            default -> throw new IllegalArgumentException("level " + level);
        };
    }
}
