package org.kpiconsolidator.model.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number or level read from the cell must lie in {@code [min, max]} (a weight 0-100, a level
 * 0-5). Blank and unreadable cells are valid here. A violation is an INVALID_VALUE finding.
 * Applies to {@code Sourced} values of {@code BigDecimal}, {@code Integer} and, for
 * {@code Result}, to a stated level only (a measured value has no fixed range).
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = WithinValidator.class)
public @interface Within {
    String min();

    String max();

    String message() default "out of range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
