/**
 * The typed records of a report form: blocks, rubrics, indicators and their stated values, each
 * value remembering the cell it came from. No I/O here.
 */
package org.kpiconsolidator.model;
