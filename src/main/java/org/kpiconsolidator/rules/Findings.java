package org.kpiconsolidator.rules;

import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.workbook.CellRef;

/** Shorthands for the findings rules make about one indicator. */
final class Findings {

    private Findings() {
    }

    /**
     * The indicator a finding about a whole block is keyed with: the block's only indicator (the
     * unnumbered indicator of component 4, or 5.1), else its sub-indicator number, else empty.
     */
    static String indicatorOf(FormBlock block) {
        return block.indicators().size() == 1 ? block.indicators().get(0).number() : block.header().subIndicator();
    }

    /** A finding about an indicator's field at a cell. */
    static Finding.Builder about(Code code, IndicatorScore s, Field field, CellRef cell) {
        return Finding.of(code).at(cell).component(s.component()).indicator(s.indicator().number()).field(field);
    }
}
