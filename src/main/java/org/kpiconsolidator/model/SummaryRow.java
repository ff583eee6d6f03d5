package org.kpiconsolidator.model;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kpiconsolidator.model.constraint.Readable;
import org.kpiconsolidator.model.constraint.Within;

/**
 * One indicator's row of the summary table (สรุปผลการดำเนินงานตัวชี้วัด).
 *
 * @param target เป้าหมาย, the target level
 * @param weight น้ำหนัก คะแนน
 * @param level ระดับความสำเร็จที่ดำเนินงานได้
 * @param resultText ผลการดำเนินงาน: narrative, not a measured value
 * @param weighted คะแนนที่ได้: a weighted score
 */
public record SummaryRow(
        @Readable @Within(min = "0", max = "5") Sourced<Integer> target,
        @Readable @Within(min = "0", max = "100") Sourced<BigDecimal> weight,
        @Readable @Within(min = "0", max = "5") Sourced<Integer> level,
        String resultText,
        @Readable @Within(min = "0", max = "100") Sourced<BigDecimal> weighted) implements Serializable {
}
