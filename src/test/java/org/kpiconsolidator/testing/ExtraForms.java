package org.kpiconsolidator.testing;

import java.util.List;

/**
 * Forms for tests that the samples do not cover: large numbers that units write with thousands
 * separators, and milestone rubrics whose results units write as bare level numbers.
 */
public final class ExtraForms {

    private static final String MILESTONE = "ดำเนินการขั้นตอนที่ ";

    private ExtraForms() {
    }

    /**
     * A clean finance department form: revenue in million baht on 1,000-1,800 (1,320 reaches level 2
     * and interpolates to 76), and two milestone indicators (levels 4 and 5).
     */
    public static SampleForms.Sample financeDepartment() {
        String unit = "สำนักการคลัง";
        List<Object> milestones = List.of(MILESTONE + "1", MILESTONE + "1-2", MILESTONE + "1-3", MILESTONE + "1-4",
                MILESTONE + "1-5");
        FormSpec form = new FormSpec(unit, SampleForms.YEAR, "A", List.of(
                SampleBlocks.multi(1, true, 50, List.of(
                        SampleBlocks.valueIndicator(1, "รายได้จากการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง (ล้านบาท)",
                                List.of(1000, 1200, 1400, 1600, 1800), 20, 1320, 2, 76, SampleBlocks.decimal("15.2")),
                        SampleBlocks.valueIndicator(2, "ระดับความสำเร็จของการปรับปรุงระบบบัญชีเกณฑ์คงค้าง", milestones,
                                15, "ระดับ 4", 4, 90, SampleBlocks.decimal("13.5")),
                        SampleBlocks.valueIndicator(3, "ระดับความสำเร็จของการพัฒนาระบบรับชำระภาษีออนไลน์", milestones,
                                15, "ระดับ 5", 5, 100, 15))),
                SampleBlocks.multi(2, false, 20, List.of(
                        SampleBlocks.levelIndicator(4, "ระดับความสำเร็จของการลดขั้นตอนการเบิกจ่ายเงิน", 10, 5),
                        SampleBlocks.levelIndicator(5, "ระดับความสำเร็จของการบริหารหนี้ค้างชำระ", 10, 5))),
                SampleBlocks.innovation(10, "ระดับ 5", 100, 10),
                SampleBlocks.disbursement(10, 96, 92, SampleBlocks.decimal("9.2")),
                SampleBlocks.database(10, "ระดับ 5", 100, 10)));
        Layout layout = Layout.of(Layout.SheetPlan.of("องค์ประกอบที่ 1-2", 0, 1), Layout.SheetPlan.of("องค์ประกอบที่ 4-5", 2, 3, 4));
        return new SampleForms.Sample("finance-department.xlsx", form, layout);
    }

    /** Numbers of 1,000 or more written as text with thousands separators. */
    public static Drifts.Drift thousandsSeparators() {
        return new Drifts.Drift("thousands separators", l -> l.withVariation(new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                return Drifts.map(cells, v -> v instanceof Number n && Drifts.decimal(n).abs().intValue() >= 1000
                        ? String.format("%,d", Drifts.decimal(n).intValue()) : v);
            }
        }), Drifts.FileChange.NONE);
    }

    /** The first block's results written as bare level numbers ({@code 4} for {@code ระดับ 4}). */
    public static Drifts.Drift bareLevels() {
        return new Drifts.Drift("bare level numbers", l -> l.withVariation(new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if (kind != RowKind.RESULTS_ROW || out.blockIndex() != 0) {
                    return cells;
                }
                return Drifts.map(cells, v -> v instanceof String s && s.matches("ระดับ [0-5]")
                        ? Integer.valueOf(s.substring(6)) : v);
            }
        }), Drifts.FileChange.NONE);
    }
}
