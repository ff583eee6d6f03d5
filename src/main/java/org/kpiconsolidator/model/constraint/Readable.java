package org.kpiconsolidator.model.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * What is written in the cell must read as a value of the field's kind (text in a number cell is
 * not). A blank cell is valid here. A violation is an INVALID_VALUE finding at the cell.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = ReadableValidator.class)
public @interface Readable {
    String message() default "unreadable";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
