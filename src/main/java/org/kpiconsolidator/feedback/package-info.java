/**
 * Feedback for a unit: a copy of its own workbook with each finding's cell coloured by severity,
 * a comment with the message, rule and expected value, and a first sheet listing the findings with
 * links to their cells. The original file is only ever read. Like {@code output}, it writes
 * workbooks and so imports POI.
 */
package org.kpiconsolidator.feedback;
