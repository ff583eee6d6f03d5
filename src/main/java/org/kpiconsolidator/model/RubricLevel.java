package org.kpiconsolidator.model;

import java.io.Serializable;
import java.math.BigDecimal;

/** A level column of a rubric header, {@code ระดับ 4 (90 คะแนน)}, with the points it prints. */
public record RubricLevel(int level, Sourced<BigDecimal> points) implements Serializable {
}
