package org.kpiconsolidator.testing;

import java.util.Arrays;
import java.util.List;

/**
 * The rubric table after {@code เกณฑ์การให้คะแนน :}.
 *
 * @param interpolate print the line {@code ช่วงการปรับเกณฑ์การให้คะแนน +/- 10 ต่อ 1 ระดับคะแนน}
 * @param levelPoints the points printed in the five level headers ({@code ระดับ k (p คะแนน)})
 * @param groupSpecific first header cell {@code กลุ่มหน่วยงาน} (one row per group) instead of {@code ตัวชี้วัด}
 * @param rows one row per indicator or group
 * @param floorNote print the floor-rule note under the table
 */
public record RubricSpec(boolean interpolate, List<Object> levelPoints, boolean groupSpecific, List<Row> rows,
        boolean floorNote) {

    /** FY2564 points per level. */
    public static final List<Object> OFFICIAL_POINTS = List.of(60, 70, 80, 90, 100);

    public RubricSpec {
        levelPoints = SpecLists.copyCells(levelPoints, 5, "levelPoints");
        rows = List.copyOf(rows);
    }

    /** Indicator rubric with the official points and the floor note. */
    public static RubricSpec byIndicator(boolean interpolate, List<Row> rows) {
        return new RubricSpec(interpolate, OFFICIAL_POINTS, false, rows, true);
    }

    /** Group rubric ({@code กลุ่มหน่วยงาน A | 80 | 85 | ...}) with the official points and the floor note. */
    public static RubricSpec byGroup(boolean interpolate, List<Row> rows) {
        return new RubricSpec(interpolate, OFFICIAL_POINTS, true, rows, true);
    }

    /** The seed's FY2564 group rubric for 5.1 budget disbursement (per cent disbursed, per group). */
    public static List<Row> disbursementGroupRows() {
        return List.of(
                row(FormLabels.GROUP + " A", 80, 85, 90, 95, 100),
                row(FormLabels.GROUP + " B", 65, 70, 75, 80, 85),
                row(FormLabels.GROUP + " C", 55, 60, 65, 70, 75),
                row(FormLabels.GROUP + " D", 80, 85, 90, 95, 100));
    }

    public static Row row(Object label, Object t1, Object t2, Object t3, Object t4, Object t5) {
        return new Row(label, Arrays.asList(t1, t2, t3, t4, t5));
    }

    public RubricSpec withLevelPoints(List<Object> points) {
        return new RubricSpec(interpolate, points, groupSpecific, rows, floorNote);
    }

    public RubricSpec withFloorNote(boolean print) {
        return new RubricSpec(interpolate, levelPoints, groupSpecific, rows, print);
    }

    public RubricSpec withInterpolate(boolean adjustmentLine) {
        return new RubricSpec(adjustmentLine, levelPoints, groupSpecific, rows, floorNote);
    }

    /**
     * One rubric row.
     *
     * @param label indicator name ({@code 1. ระดับความสำเร็จ...}) or group ({@code กลุ่มหน่วยงาน A})
     * @param thresholds the five level cells, any cell value ({@code ร้อยละ 20}, {@code ≤ 60}, 80, null)
     */
    public record Row(Object label, List<Object> thresholds) {
        public Row {
            thresholds = SpecLists.copyCells(thresholds, 5, "rubric row");
        }
    }
}
