package org.kpiconsolidator.model;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiconsolidator.workbook.CellRef;

/**
 * One block of a form: one component, or one sub-indicator of component 5.
 *
 * @param anchor the cell of the block's {@code องค์ประกอบที่ N} label
 * @param rubric the rubric table, when the block has one
 * @param weightHeader the header cell of the results table's weight column, when there is one
 * @param indicators the indicators of the results table, in table order; empty when the block has
 *     no results table
 * @param subtotal the results table's subtotal row, when present
 * @param summaryTotal the summary table's {@code รวมคะแนน}, when present
 * @param headingWeight the weight in a heading {@code การประเมินผลการปฏิบัติราชการองค์ประกอบที่ 1 (ร้อยละ 50)}
 * @param narratives the block's overall narratives
 */
public record FormBlock(
        CellRef anchor,
        @Valid BlockHeader header,
        Optional<@Valid Rubric> rubric,
        Optional<CellRef> weightHeader,
        List<@Valid Indicator> indicators,
        Optional<@Valid Subtotal> subtotal,
        Optional<Sourced<BigDecimal>> summaryTotal,
        Optional<Sourced<BigDecimal>> headingWeight,
        Map<Narrative, Sourced<String>> narratives) implements Serializable {

    public FormBlock {
        indicators = List.copyOf(indicators);
        narratives = Map.copyOf(narratives);
    }

    public String sheet() {
        return anchor.sheet();
    }

    /** The component number, or 0 when the label could not be read. */
    public int component() {
        Integer c = header.component().value();
        return c == null ? 0 : c;
    }
}
