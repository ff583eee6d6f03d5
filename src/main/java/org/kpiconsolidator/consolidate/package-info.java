/**
 * The batch level: what each file contributed, the rules across files (duplicates, fiscal year),
 * and the rows of the output tables.
 */
package org.kpiconsolidator.consolidate;
