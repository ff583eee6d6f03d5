package org.kpiconsolidator.rules;

import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.workbook.CellRef;

/** Shorthands for the findings rules make about one indicator. */
final class Findings {

    private Findings() {
    }

    /** A finding about an indicator's field at a cell. */
    static Finding.Builder about(Code code, IndicatorScore s, Field field, CellRef cell) {
        return Finding.of(code).at(cell).component(s.component()).indicator(s.indicator().number()).field(field);
    }
}
