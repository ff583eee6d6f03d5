package org.kpiconsolidator.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.kpiconsolidator.model.Sourced;

/** Valid when the cell is blank or its text was read as a value. */
public final class ReadableValidator implements ConstraintValidator<Readable, Sourced<?>> {

    @Override
    public boolean isValid(Sourced<?> value, ConstraintValidatorContext context) {
        return value == null || !value.isUnreadable();
    }
}
