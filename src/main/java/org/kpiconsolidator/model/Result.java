package org.kpiconsolidator.model;

import java.math.BigDecimal;

/** What a unit wrote in the result cell: a level it claims, or a measured value to place on the rubric. */
public sealed interface Result extends java.io.Serializable permits Result.Level, Result.Measured {

    /** A level: {@code ระดับ 4}, {@code ระดับที่ 4}, {@code ต่ำกว่าระดับ 1} (0), or a bare 1-5 on a milestone rubric. */
    record Level(int level) implements Result {
    }

    /** A measured value: {@code 100}, {@code ร้อยละ 95.5}, {@code 95.5%}. */
    record Measured(BigDecimal value) implements Result {
    }
}
