package org.kpiconsolidator.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The summary table under {@code สรุปผลการดำเนินงานตัวชี้วัดในองค์ประกอบที่ N ...}, ending with {@code รวมคะแนน}.
 *
 * @param total the value in the {@code รวมคะแนน} row's last column
 */
public record SummarySpec(List<Row> rows, Object total) {

    public SummarySpec {
        rows = List.copyOf(rows);
    }

    public static Row row(Object order, Object indicator, Object target, Object weight, Object achievedLevel,
            Object resultText, Object weighted) {
        return new Row(order, indicator, target, weight, achievedLevel, resultText, weighted);
    }

    public SummarySpec withRow(int index, UnaryOperator<Row> change) {
        List<Row> changed = new ArrayList<>(rows);
        changed.set(index, change.apply(rows.get(index)));
        return new SummarySpec(changed, total);
    }

    public SummarySpec withTotal(Object value) {
        return new SummarySpec(rows, value);
    }

    /**
     * {@code ลำดับที่ | ตัวชี้วัด | เป้าหมาย | น้ำหนัก คะแนน | ระดับความสำเร็จ ที่ดำเนินงานได้ | ผลการดำเนินงาน | คะแนนที่ได้}.
     *
     * @param resultText narrative, not a measured value
     * @param weighted the weighted score ({@code คะแนนที่ได้})
     */
    public record Row(Object order, Object indicator, Object target, Object weight, Object achievedLevel,
            Object resultText, Object weighted) {

        public Row withTarget(Object value) {
            return new Row(order, indicator, value, weight, achievedLevel, resultText, weighted);
        }

        public Row withWeight(Object value) {
            return new Row(order, indicator, target, value, achievedLevel, resultText, weighted);
        }

        public Row withAchievedLevel(Object value) {
            return new Row(order, indicator, target, weight, value, resultText, weighted);
        }

        public Row withWeighted(Object value) {
            return new Row(order, indicator, target, weight, achievedLevel, resultText, value);
        }
    }
}
