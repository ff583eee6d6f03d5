/**
 * Maps located blocks and tables to the typed records of {@code model}, remembering for every
 * value the cell it came from.
 */
package org.kpiconsolidator.form;
