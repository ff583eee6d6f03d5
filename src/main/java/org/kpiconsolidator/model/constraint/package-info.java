/**
 * Bean Validation constraints on the typed records of a form. Each constraint reads the value a
 * {@code Sourced} holds, so a violation knows the cell it came from; the rules stage turns
 * {@link org.kpiconsolidator.model.constraint.Required} violations into MISSING_FIELD findings and
 * the others into INVALID_VALUE findings.
 */
package org.kpiconsolidator.model.constraint;
