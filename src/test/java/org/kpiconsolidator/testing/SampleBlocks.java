package org.kpiconsolidator.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistent blocks for the synthetic sample units: each indicator is typed once and printed the same
 * way in the rubric, results, summary and detail tables. Mistakes are applied afterwards by the samples.
 */
final class SampleBlocks {

    private static final ContactSpec CONTACT =
            new ContactSpec("นายสมชาย ทดสอบ", "นักวิเคราะห์นโยบายและแผนชำนาญการ", "0 2000 0001");
    private static final String TARGET = "ระดับ 5";
    private static final List<Object> PERCENT_STEPS =
            List.of("ร้อยละ 20", "ร้อยละ 40", "ร้อยละ 60", "ร้อยละ 80", "ร้อยละ 100");

    private SampleBlocks() {
    }

    /**
     * One indicator of a multi-indicator block.
     *
     * @param level the level the result reaches, printed in the summary and detail tables
     */
    record Indicator(int number, String name, List<Object> thresholds, Object weight, Object result, int level,
            Object score, Object weighted) {
    }

    /** A level-based indicator on a {@code ร้อยละ 20 ... ร้อยละ 100} rubric, scored with the official points. */
    static Indicator levelIndicator(int number, String name, int weight, int level) {
        BigDecimal points = BigDecimal.valueOf(50 + 10L * level);
        BigDecimal weighted = BigDecimal.valueOf(weight).multiply(points).divide(BigDecimal.valueOf(100));
        return new Indicator(number, name, PERCENT_STEPS, weight, "ระดับ " + level, level, simplest(points),
                simplest(weighted));
    }

    /** A value-based indicator; the caller states the level, score and weighted score it computed. */
    static Indicator valueIndicator(int number, String name, List<Object> thresholds, Object weight, Object value,
            int level, Object score, Object weighted) {
        return new Indicator(number, name, thresholds, weight, value, level, score, weighted);
    }

    /** A block with rubric, results (subtotal = sum of weighted), heading, summary and details. */
    static BlockSpec multi(int component, boolean interpolate, int componentWeight, List<Indicator> indicators) {
        List<RubricSpec.Row> rubricRows = new ArrayList<>();
        List<ResultsSpec.Row> resultRows = new ArrayList<>();
        List<SummarySpec.Row> summaryRows = new ArrayList<>();
        List<DetailSpec> details = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Indicator indicator : indicators) {
            List<Object> t = indicator.thresholds();
            rubricRows.add(RubricSpec.row(indicator.number() + ". " + indicator.name(), t.get(0), t.get(1), t.get(2),
                    t.get(3), t.get(4)));
            resultRows.add(ResultsSpec.row(indicator.number() + ".", indicator.weight(), indicator.result(),
                    indicator.score(), indicator.weighted()));
            String level = "ระดับ " + indicator.level();
            String outcome = outcome(indicator);
            summaryRows.add(SummarySpec.row(indicator.number(), indicator.name(), TARGET, indicator.weight(), level,
                    outcome, indicator.weighted()));
            details.add(DetailSpec.of(indicator.number() + ". " + indicator.name(), TARGET, level,
                            "โครงการสนับสนุนตัวชี้วัดที่ " + indicator.number(), outcome)
                    .withNarratives("ได้รับความร่วมมือจากหน่วยงานที่เกี่ยวข้องและประชาชนในพื้นที่",
                            "ไม่มี", "รายงานผลการดำเนินงานประจำเดือนและภาพถ่ายกิจกรรม",
                            indicator.level() < 5 ? "ดำเนินการได้ไม่ครบตามเป้าหมายเนื่องจากสถานการณ์การแพร่ระบาด"
                                    + "ของโรคติดเชื้อไวรัสโคโรนา 2019 ทำให้ต้องเลื่อนกิจกรรมบางส่วน" : "ไม่มี"));
            subtotal = subtotal.add(new BigDecimal(indicator.weighted().toString()));
        }
        Object stated = simplest(subtotal);
        return BlockSpec.builder(component, componentTitle(component), indicatorTitle(component))
                .contact(CONTACT)
                .rubric(RubricSpec.byIndicator(interpolate, rubricRows))
                .results(ResultsSpec.multi(resultRows, new ResultsSpec.Subtotal(componentWeight, stated)))
                .narrative(FormLabels.OVERALL_SUPPORT, "ได้รับความร่วมมือจากหน่วยงานที่เกี่ยวข้องเป็นอย่างดี")
                .narrative(FormLabels.OVERALL_OBSTACLES, "สถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019"
                        + " ทำให้ต้องปรับรูปแบบกิจกรรมเป็นแบบออนไลน์")
                .componentWeight(componentWeight)
                .summary(new SummarySpec(summaryRows, stated))
                .details(details)
                .build();
    }

    static BlockSpec innovation(Object weight, Object result, Object score, Object weighted) {
        return BlockSpec.builder(4, ComponentTitles.INNOVATION_BASE, ComponentTitles.INNOVATION_BASE_INDICATOR)
                .contact(CONTACT)
                .rubric(RubricSpec.byIndicator(true, List.of(
                        RubricSpec.row(ComponentTitles.INNOVATION_BASE_INDICATOR, "≤ 60", 70, 80, 90, 100))))
                .results(ResultsSpec.single(weight, result, score, weighted))
                .narrative(FormLabels.OPERATION_DETAILS, "จัดทำนวัตกรรมระบบติดตามงานออนไลน์เพื่อลดขั้นตอน"
                        + "การให้บริการประชาชน")
                .narrative(FormLabels.SUPPORT, "ผู้บริหารให้ความสำคัญและสนับสนุนการพัฒนานวัตกรรม")
                .narrative(FormLabels.OBSTACLES, "ไม่มี")
                .narrative(FormLabels.EVIDENCE, "รายงานผลการพัฒนานวัตกรรมและแบบสำรวจความพึงพอใจ")
                .build();
    }

    /** 5.1 budget disbursement: group rubric with interpolation; {@code value} is the per cent disbursed. */
    static BlockSpec disbursement(Object weight, Object value, Object score, Object weighted) {
        return BlockSpec.builder(5, ComponentTitles.POTENTIAL_BASE, ComponentTitles.POTENTIAL_BASE_INDICATOR)
                .subIndicator(ComponentTitles.DISBURSEMENT)
                .groupLine(true)
                .contact(CONTACT)
                .rubric(RubricSpec.byGroup(true, RubricSpec.disbursementGroupRows()))
                .results(ResultsSpec.single(weight, value, score, weighted))
                .narrative(FormLabels.OPERATION_DETAILS, "ติดตามเร่งรัดการเบิกจ่ายเงินงบประมาณให้แล้วเสร็จ"
                        + "ภายในปีงบประมาณ")
                .narrative(FormLabels.SUPPORT, "ได้รับความร่วมมือจากเจ้าหน้าที่ในการจัดทำเอกสารประกอบการเบิกจ่าย")
                .narrative(FormLabels.OBSTACLES, "มีรายการที่ไม่สามารถดำเนินการได้เนื่องจากสถานการณ์การแพร่ระบาด"
                        + "ของโรคติดเชื้อไวรัสโคโรนา 2019")
                .narrative(FormLabels.EVIDENCE, "แบบ ง.401 ในระบบงานงบประมาณ (MIS)")
                .build();
    }

    static BlockSpec database(Object weight, Object result, Object score, Object weighted) {
        return BlockSpec.builder(5, ComponentTitles.POTENTIAL_BASE, ComponentTitles.POTENTIAL_BASE_INDICATOR)
                .subIndicator(ComponentTitles.DATABASE)
                .contact(CONTACT)
                .rubric(RubricSpec.byIndicator(true, List.of(
                        RubricSpec.row(ComponentTitles.DATABASE_RUBRIC_LABEL, "≤ 60", 70, 80, 90, 100))))
                .results(ResultsSpec.single(weight, result, score, weighted))
                .narrative(FormLabels.OPERATION_DETAILS, "ดำเนินการครบทั้ง 5 ขั้นตอนตามกรอบธรรมาภิบาลข้อมูลภาครัฐ")
                .narrative(FormLabels.SUPPORT, "บุคลากรให้ความร่วมมือในการจัดเก็บข้อมูล")
                .narrative(FormLabels.OBSTACLES, "ข้อมูลกระจายอยู่ตามฝ่ายต่าง ๆ ทำให้ต้องใช้เวลาในการรวบรวม")
                .narrative(FormLabels.EVIDENCE, "คำสั่งแต่งตั้งคณะทำงานกำกับดูแลข้อมูลระดับหน่วยงาน")
                .build();
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    private static String outcome(Indicator indicator) {
        if (indicator.result() instanceof String) {
            return "ดำเนินการได้ครบถ้วนตามขั้นตอนที่ 1 - " + indicator.level();
        }
        return "ผลการดำเนินงานได้ " + FormLabels.plain(indicator.result());
    }

    /** An integer-valued decimal as an Integer, so it reads like what a person types. */
    private static Object simplest(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? (Object) stripped.intValueExact() : stripped;
    }

    private static String componentTitle(int component) {
        return switch (component) {
            case 1 -> ComponentTitles.FUNCTION_BASE;
            case 2 -> ComponentTitles.AGENDA_BASE;
            case 3 -> ComponentTitles.AREA_BASE;
            default -> throw new IllegalArgumentException("multi-indicator samples cover components 1-3");
        };
    }

    private static String indicatorTitle(int component) {
        return switch (component) {
            case 1 -> ComponentTitles.FUNCTION_BASE_INDICATOR;
            case 2 -> ComponentTitles.AGENDA_BASE_INDICATOR;
            case 3 -> ComponentTitles.AREA_BASE_INDICATOR;
            default -> throw new IllegalArgumentException("multi-indicator samples cover components 1-3");
        };
    }
}
