/**
 * The report form units fill in: {@link org.kpiconsolidator.template.TemplateWriter} renders a
 * {@link org.kpiconsolidator.template.TemplateContent} (the blank FY2564 form, or one unit's agreed
 * indicators, planned from the reference data by {@link org.kpiconsolidator.template.AgreedForms})
 * as a protected workbook that computes its own scores. Like {@code output}, it writes workbooks and
 * so imports POI; it never reads submissions.
 */
package org.kpiconsolidator.template;
