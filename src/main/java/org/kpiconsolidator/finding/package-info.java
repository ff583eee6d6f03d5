/**
 * Findings: the problems found in submissions as values with a stable code, a severity, a
 * location in a person's terms (file, sheet, A1 cell) and a stable id; and their messages in Thai
 * and English.
 */
package org.kpiconsolidator.finding;
