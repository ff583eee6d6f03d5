package org.kpiconsolidator.model;

import java.io.Serializable;
import java.math.BigDecimal;
import org.kpiconsolidator.model.constraint.Readable;

/**
 * The subtotal row under a results table: the component's weight and its stated score
 * ({@code | 50 | | คะแนนที่ได้ | 47}).
 */
public record Subtotal(@Readable Sourced<BigDecimal> weight, @Readable Sourced<BigDecimal> value) implements Serializable {
}
