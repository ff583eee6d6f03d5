package org.kpiconsolidator.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.template.TemplateBlock.Shape;
import org.kpiconsolidator.template.TemplateIndicator.ResultKind;

/**
 * The FY2564 form as the evaluation office issues it: the five component titles, and the common
 * indicators of components 4 and 5 with the rubrics the real submitted form prints (innovation
 * 60-100, budget disbursement by unit group, database 60-100, each interpolated, weight 10).
 */
public final class StandardForm {

    /** Empty indicator rows of the blank form in components 1, 2 and 3. */
    static final int[] BLANK_SLOTS = {5, 3, 3};

    private static final String[] TITLES = {
        "ประสิทธิภาพในการดำเนินงานภารกิจหลักตามยุทธศาสตร์กรุงเทพมหานคร (Function Base)",
        "ประสิทธิภาพของการดำเนินงานภารกิจตามนโยบายผู้บริหารหรือภารกิจพิเศษ (Agenda Base)",
        "ประสิทธิภาพของการดำเนินงานตามภารกิจในพื้นที่ (Area Base)",
        "ประสิทธิภาพในการบริหารจัดการและพัฒนานวัตกรรมในการบริหารจัดการระบบงานงบประมาณ ทรัพยากรบุคคล"
                + " และการให้บริการประชาชนหรือหน่วยงานของรัฐ เพื่อนำไปสู่ระบบราชการ 4.0 (Innovation Base)",
        "ศักยภาพในการดำเนินการของหน่วยงาน (Potential Base)"};

    private static final String[] INDICATOR_TITLES = {
        "ความสำเร็จของการดำเนินงานภารกิจหลักตามยุทธศาสตร์กรุงเทพมหานคร",
        "ความสำเร็จของการดำเนินงานภารกิจตามนโยบายผู้บริหารหรือภารกิจพิเศษ",
        "ความสำเร็จของการดำเนินงานตามภารกิจในพื้นที่",
        "ความสำเร็จในการเสนอนวัตกรรมเพื่อเพิ่มประสิทธิภาพการปฏิบัติงานของหน่วยงาน",
        "ความสำเร็จในการดำเนินการตามศักยภาพของหน่วยงาน"};

    static final String INNOVATION = INDICATOR_TITLES[3];
    static final String DISBURSEMENT_LINE = "5.1 ความสำเร็จของการเบิกจ่ายงบประมาณในภาพรวม";
    static final String DATABASE_LINE = "5.2 ร้อยละความสำเร็จในการพัฒนาและจัดเก็บฐานข้อมูลที่มีความสำคัญต่อการปฏิบัติงาน"
            + " หรือการให้บริการ";
    static final String DATABASE =
            "ความสำเร็จในการพัฒนาและจัดเก็บฐานข้อมูลที่มีความสำคัญต่อการปฏิบัติงาน หรือการให้บริการ";

    private static final List<String> SIXTY_TO_HUNDRED = List.of("60", "70", "80", "90", "100");
    private static final BigDecimal COMMON_WEIGHT = BigDecimal.TEN;

    private StandardForm() {
    }

    /** The title of a component 1..5, after {@code องค์ประกอบที่ N :}. */
    public static String componentTitle(int component) {
        return TITLES[component - 1];
    }

    /** The indicator-group title of a component 1..5, after {@code ตัวชี้วัด :}. */
    public static String indicatorTitle(int component) {
        return INDICATOR_TITLES[component - 1];
    }

    /** The budget-disbursement rubric of indicator 5.1 by unit group, as the FY2564 form prints it. */
    public static Map<UnitGroup, List<BigDecimal>> disbursementThresholds() {
        Map<UnitGroup, List<BigDecimal>> rows = new EnumMap<>(UnitGroup.class);
        rows.put(UnitGroup.A, numbers(80, 85, 90, 95, 100));
        rows.put(UnitGroup.B, numbers(65, 70, 75, 80, 85));
        rows.put(UnitGroup.C, numbers(55, 60, 65, 70, 75));
        rows.put(UnitGroup.D, numbers(80, 85, 90, 95, 100));
        return Collections.unmodifiableMap(rows);
    }

    /**
     * The blank form of a fiscal year: empty rows for the unit's own indicators in components 1-3
     * (a level is picked for each), and the common indicators of components 4, 5.1 and 5.2 with
     * their usual rubric and weight as editable defaults.
     */
    public static TemplateContent blank(int fiscalYear) {
        List<TemplateBlock> blocks = new ArrayList<>();
        for (int component = 1; component <= 3; component++) {
            blocks.add(slots(component));
        }
        blocks.add(innovation(COMMON_WEIGHT, null));
        blocks.add(disbursement(COMMON_WEIGHT));
        blocks.add(database(COMMON_WEIGHT, null));
        return new TemplateContent(fiscalYear, "", "", null, blocks, false);
    }

    /** Component 1, 2 or 3 with empty rows for the unit's own indicators, as the blank form has it. */
    static TemplateBlock slots(int component) {
        List<TemplateIndicator> slots = new ArrayList<>();
        for (int i = 0; i < BLANK_SLOTS[component - 1]; i++) {
            slots.add(TemplateIndicator.slot(ResultKind.LEVEL));
        }
        return new TemplateBlock(component, componentTitle(component), indicatorTitle(component), "", Shape.MULTI,
                false, Map.of(), slots);
    }

    /** Component 4, the innovation indicator, scored 60-100 with interpolation. */
    public static TemplateBlock innovation(BigDecimal weight, Integer targetLevel) {
        return new TemplateBlock(4, componentTitle(4), indicatorTitle(4), "", Shape.SINGLE, true, Map.of(),
                List.of(new TemplateIndicator("4", INNOVATION, weight, SIXTY_TO_HUNDRED, targetLevel,
                        ResultKind.VALUE)));
    }

    /** Indicator 5.1, budget disbursement, scored on the unit group's row with interpolation. */
    public static TemplateBlock disbursement(BigDecimal weight) {
        return new TemplateBlock(5, componentTitle(5), indicatorTitle(5), DISBURSEMENT_LINE, Shape.SINGLE, true,
                disbursementThresholds(), List.of(new TemplateIndicator("5.1", "", weight, List.of(), null,
                        ResultKind.VALUE)));
    }

    /** Indicator 5.2, the database indicator, scored 60-100 with interpolation. */
    public static TemplateBlock database(BigDecimal weight, Integer targetLevel) {
        return new TemplateBlock(5, componentTitle(5), indicatorTitle(5), DATABASE_LINE, Shape.SINGLE, true, Map.of(),
                List.of(new TemplateIndicator("5.2", DATABASE, weight, SIXTY_TO_HUNDRED, targetLevel,
                        ResultKind.VALUE)));
    }

    private static List<BigDecimal> numbers(int... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (int v : values) {
            list.add(BigDecimal.valueOf(v));
        }
        return List.copyOf(list);
    }
}
