/**
 * Review rounds: the office's waivers applied to a run's findings, and a run compared with the
 * earlier one it follows, each finding marked new, still open, resolved or not checked again.
 */
package org.kpiconsolidator.review;
