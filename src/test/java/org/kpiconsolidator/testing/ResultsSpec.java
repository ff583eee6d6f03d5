package org.kpiconsolidator.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The results table after {@code ผลการดำเนินงาน :}.
 *
 * @param singleIndicator the four-column shape of a single-indicator block
 *     ({@code น้ำหนัก (ร้อยละ) | ผลการดำเนินงาน | คะแนนที่ได้ | ค่าคะแนนถ่วงน้ำหนัก}); otherwise the five-column
 *     shape that starts with {@code ตัวชี้วัด}
 * @param rows the indicator rows
 * @param subtotal the component subtotal row, or {@code null}; multi shape only
 */
public record ResultsSpec(boolean singleIndicator, List<Row> rows, Subtotal subtotal) {

    public ResultsSpec {
        rows = List.copyOf(rows);
        if (singleIndicator && subtotal != null) {
            throw new IllegalArgumentException("the single-indicator shape has no subtotal row");
        }
    }

    public static ResultsSpec multi(List<Row> rows, Subtotal subtotal) {
        return new ResultsSpec(false, rows, subtotal);
    }

    public static ResultsSpec single(Object weight, Object result, Object score, Object weighted) {
        return new ResultsSpec(true, List.of(new Row(null, weight, result, score, weighted)), null);
    }

    public static Row row(Object indicator, Object weight, Object result, Object score, Object weighted) {
        return new Row(indicator, weight, result, score, weighted);
    }

    public ResultsSpec withRow(int index, UnaryOperator<Row> change) {
        List<Row> changed = new ArrayList<>(rows);
        changed.set(index, change.apply(rows.get(index)));
        return new ResultsSpec(singleIndicator, changed, subtotal);
    }

    public ResultsSpec withSubtotal(Subtotal newSubtotal) {
        return new ResultsSpec(singleIndicator, rows, newSubtotal);
    }

    /**
     * One indicator row.
     *
     * @param indicator the number as printed ({@code 1.}); not printed in the single-indicator shape
     * @param result a level ({@code ระดับ 4}) or a measured value (92)
     */
    public record Row(Object indicator, Object weight, Object result, Object score, Object weighted) {

        public Row withWeight(Object value) {
            return new Row(indicator, value, result, score, weighted);
        }

        public Row withResult(Object value) {
            return new Row(indicator, weight, value, score, weighted);
        }

        public Row withScore(Object value) {
            return new Row(indicator, weight, result, value, weighted);
        }

        public Row withWeighted(Object value) {
            return new Row(indicator, weight, result, score, value);
        }
    }

    /** The row {@code | weight | | คะแนนที่ได้ | subtotal}. */
    public record Subtotal(Object weight, Object subtotal) {
    }
}
