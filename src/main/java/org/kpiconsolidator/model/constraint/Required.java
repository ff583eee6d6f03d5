package org.kpiconsolidator.model.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The form must fill this cell. A violation is a MISSING_FIELD finding at the cell. On a list's
 * element type ({@code List<@Required Sourced<Threshold>>}) every element must be filled.
 */
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = RequiredValidator.class)
public @interface Required {
    String message() default "required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
