/**
 * Text normalisation for Thai forms: one place that turns whatever a unit typed (Thai digits,
 * NBSP, zero-width spaces, SARA AM in two code points, full-width colons) into comparable text,
 * and readers for the numbers and levels written in cells.
 */
package org.kpiconsolidator.text;
