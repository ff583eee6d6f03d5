/**
 * Runs the stages over a batch: lists the input files, takes each through reading, locating,
 * mapping, recomputation and the per-form rules on its own thread, with a deadline and a share of
 * the heap, then applies the batch rules. One file's failure is that file's finding.
 */
package org.kpiconsolidator.pipeline;
