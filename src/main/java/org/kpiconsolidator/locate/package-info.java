/**
 * Finds form blocks, label lines and tables in a sheet by their Thai labels, never by fixed cell
 * positions: rows may be inserted, tables may start in any column, headers may be merged or split.
 */
package org.kpiconsolidator.locate;
