package org.kpiconsolidator.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.kpiconsolidator.model.Sourced;

/** Valid when something is written in the cell (readable or not: that is {@link Readable}'s job). */
public final class RequiredValidator implements ConstraintValidator<Required, Sourced<?>> {

    @Override
    public boolean isValid(Sourced<?> value, ConstraintValidatorContext context) {
        return value != null && !value.isBlank();
    }
}
