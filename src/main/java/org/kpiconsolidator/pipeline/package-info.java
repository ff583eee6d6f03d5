/**
 * Runs the stages over a batch: lists the input files, takes each through reading, locating,
 * mapping, recomputation and the per-form rules in parallel, then applies the batch rules.
 */
package org.kpiconsolidator.pipeline;
