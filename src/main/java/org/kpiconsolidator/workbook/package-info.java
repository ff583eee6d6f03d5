/**
 * The POI boundary: inspects each file before POI parses it (format by content, encryption, zip
 * bombs, XML entities, size limits: {@link org.kpiconsolidator.workbook.ReadLimits}), opens it
 * read-only and exposes each sheet as a POI-free grid of cells with A1 references. Nothing above
 * this package imports POI.
 */
package org.kpiconsolidator.workbook;
