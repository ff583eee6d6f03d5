/**
 * The POI boundary: opens .xlsx and .xls files read-only and exposes each sheet as a POI-free
 * grid of cells with A1 references. Nothing above this package imports POI.
 */
package org.kpiconsolidator.workbook;
