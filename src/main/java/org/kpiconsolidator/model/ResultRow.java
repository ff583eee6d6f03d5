package org.kpiconsolidator.model;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kpiconsolidator.model.constraint.Readable;
import org.kpiconsolidator.model.constraint.Required;
import org.kpiconsolidator.model.constraint.Within;

/**
 * One indicator's row of the results table (ผลการดำเนินงาน): what the unit states.
 *
 * @param weight น้ำหนัก (ร้อยละ), per cent of the unit's 100
 * @param result ผลการดำเนินการ: a level or a measured value
 * @param score ค่าคะแนนที่ได้ as stated; may be blank
 * @param weighted ค่าคะแนนถ่วงน้ำหนัก as stated; may be blank
 */
public record ResultRow(
        @Required @Readable @Within(min = "0", max = "100") Sourced<BigDecimal> weight,
        @Required @Readable @Within(min = "0", max = "5") Sourced<Result> result,
        @Readable @Within(min = "0", max = "100") Sourced<BigDecimal> score,
        @Readable @Within(min = "0", max = "100") Sourced<BigDecimal> weighted) implements Serializable {
}
