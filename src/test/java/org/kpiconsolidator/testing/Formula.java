package org.kpiconsolidator.testing;

import java.util.Objects;

/**
 * A cell written as a formula. The renderer stores a cached value: the formula's own evaluation, or
 * {@code staleCachedValue} when given (a number or a text), to fake a workbook saved without
 * recalculation.
 *
 * @param expression the formula without the leading {@code =}, e.g. {@code "B25*D25/100"}
 * @param staleCachedValue cached value to store instead of the evaluated one, or {@code null}
 */
public record Formula(String expression, Object staleCachedValue) {

    public Formula {
        Objects.requireNonNull(expression, "expression");
        if (expression.startsWith("=")) {
            throw new IllegalArgumentException("write the formula without '=': " + expression);
        }
        if (staleCachedValue != null && !(staleCachedValue instanceof Number || staleCachedValue instanceof String)) {
            throw new IllegalArgumentException("a cached value is a number or a text, not " + staleCachedValue.getClass());
        }
    }

    public Formula(String expression) {
        this(expression, null);
    }
}
