package org.kpiconsolidator.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.Sourced;

/** Checks {@link Within} on the value a {@link Sourced} holds. */
public final class WithinValidator implements ConstraintValidator<Within, Sourced<?>> {

    private BigDecimal min;
    private BigDecimal max;

    @Override
    public void initialize(Within annotation) {
        min = new BigDecimal(annotation.min());
        max = new BigDecimal(annotation.max());
    }

    @Override
    public boolean isValid(Sourced<?> value, ConstraintValidatorContext context) {
        BigDecimal n = value == null ? null : numberOf(value.value());
        return n == null || n.compareTo(min) >= 0 && n.compareTo(max) <= 0;
    }

    private static BigDecimal numberOf(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        if (v instanceof Result.Level level) {
            return BigDecimal.valueOf(level.level());
        }
        return null;
    }
}
