/**
 * The checks of one submission, one class per rule, each declaring the codes it emits; registered
 * in {@link org.kpiconsolidator.rules.Rules}. Rules are pure and never throw on bad data.
 */
package org.kpiconsolidator.rules;
