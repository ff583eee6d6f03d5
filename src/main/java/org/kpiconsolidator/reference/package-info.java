/**
 * Reference data a run may be given: the roster of units ({@code --roster}), the agreed indicators
 * of record ({@code --agreements}) and a fiscal year's scoring policy ({@code --policy}). Each file is
 * read and checked once, whole; a malformed file is a {@link org.kpiconsolidator.reference.ReferenceFileException}
 * naming its file, line and column, and the run does not start.
 */
package org.kpiconsolidator.reference;
