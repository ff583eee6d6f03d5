package org.kpiconsolidator.template;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.template.TemplateBlock.Shape;

/**
 * Template contents for tests: a district's pre-filled form built as the agreements parser will
 * build it (every rubric shape: step and interpolated, rising and falling, milestones, group rows),
 * and the results its unit reports.
 */
final class TemplateForms {

    static final String UNIT_ID = "50400000";
    static final String UNIT = "สำนักงานเขตบางแค";

    private TemplateForms() {
    }

    /**
     * Weights 15+15+10, 10+10, 10, 10, 10, 10 = 100. Indicator 1 rises step-wise, 2 is milestones
     * (a level is picked), 3 falls (days), 4 and 5 are interpolated.
     */
    static TemplateContent bangKhae() {
        TemplateBlock c1 = new TemplateBlock(1, StandardForm.componentTitle(1), StandardForm.indicatorTitle(1), "",
                Shape.MULTI, false, Map.of(), List.of(
                        TemplateIndicator.agreed("1", "ระดับความสำเร็จของการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", n(15),
                                List.of("20", "40", "60", "80", "100"), 5),
                        TemplateIndicator.agreed("2", "ระดับความสำเร็จในการแก้ไขปัญหาเรื่องร้องเรียนของประชาชน", n(15),
                                List.of("ดำเนินการขั้นตอนที่ 1", "ดำเนินการขั้นตอนที่ 1-2", "ดำเนินการขั้นตอนที่ 1-3",
                                        "ดำเนินการขั้นตอนที่ 1-4", "ดำเนินการขั้นตอนที่ 1-5"), 5),
                        TemplateIndicator.agreed("3", "จำนวนวันเฉลี่ยในการออกใบอนุญาตก่อสร้าง", n(10),
                                List.of("50", "40", "30", "20", "10"), 4)));
        TemplateBlock c2 = new TemplateBlock(2, StandardForm.componentTitle(2), StandardForm.indicatorTitle(2), "",
                Shape.MULTI, true, Map.of(), List.of(
                        TemplateIndicator.agreed("4", "ร้อยละของผู้ค้าหาบเร่แผงลอยที่ปฏิบัติตามข้อกำหนด", n(10),
                                List.of("60", "65", "70", "75", "80"), 5),
                        TemplateIndicator.agreed("5", "ร้อยละของคลองที่ได้รับการจัดเก็บขยะ", n(10),
                                List.of("80", "85", "90", "95", "100"), 5)));
        TemplateBlock c3 = new TemplateBlock(3, StandardForm.componentTitle(3), StandardForm.indicatorTitle(3), "",
                Shape.MULTI, false, Map.of(), List.of(
                        TemplateIndicator.agreed("6", "ระดับความสำเร็จของการจัดระเบียบพื้นที่สาธารณะ", n(10),
                                List.of("ขั้นตอนที่ 1", "ขั้นตอนที่ 2", "ขั้นตอนที่ 3", "ขั้นตอนที่ 4", "ขั้นตอนที่ 5"),
                                5)));
        return new TemplateContent(2564, UNIT_ID, UNIT, UnitGroup.A, List.of(c1, c2, c3,
                StandardForm.innovation(n(10), 5), StandardForm.disbursement(n(10)), StandardForm.database(n(10), 5)),
                true);
    }

    /** The results the unit types, by sheet, in table order. */
    static Map<String, List<Object>> bangKhaeResults() {
        return Map.of(
                "องค์ประกอบที่ 1", List.of(80, "ระดับ 5", 28),
                "องค์ประกอบที่ 2", List.of(77, 100),
                "องค์ประกอบที่ 3", List.of("ระดับ 5"),
                "องค์ประกอบที่ 4", List.of(95),
                "ตัวชี้วัด 5.1", List.of(92),
                "ตัวชี้วัด 5.2", List.of(100));
    }

    /**
     * The district's form with its results typed in, and the explanations its three results below
     * target need, calculated as Excel would on save.
     */
    static Path filledBangKhae(Path dir) throws IOException {
        Path template = new TemplateWriter(ScoringPolicy.FY2564).write(bangKhae(), dir);
        try (FormFiller form = FormFiller.open(template)) {
            fillBangKhae(form);
            return form.saveEvaluated(dir.resolve("filled.xlsx"));
        }
    }

    static void fillBangKhae(FormFiller form) {
        bangKhaeResults().forEach((sheet, results) -> {
            for (int i = 0; i < results.size(); i++) {
                form.result(sheet, i, results.get(i));
            }
        });
        // 80 reaches level 4 of target 5; 28 days reaches level 3 of target 4; 77 reaches level 4 of target 5.
        form.explanation("องค์ประกอบที่ 1", 0, "จัดเก็บภาษีได้ร้อยละ 80 เนื่องจากผู้เสียภาษีบางส่วนขอผ่อนชำระ");
        form.explanation("องค์ประกอบที่ 1", 2, "คำขออนุญาตก่อสร้างเพิ่มขึ้นมากในไตรมาสสุดท้าย");
        form.explanation("องค์ประกอบที่ 2", 0, "ผู้ค้าบางส่วนย้ายออกนอกพื้นที่ระหว่างปี");
    }

    static BigDecimal n(int value) {
        return BigDecimal.valueOf(value);
    }

    /**
     * The blank form filled in completely, as a district with no agreements would: rubrics, weights
     * (25+15, 20, 10, and the standard 10s), picked levels, measured results and the explanations its
     * results below target need. Under FY2564 its total is 85.1.
     */
    static void fillChatuchak(FormFiller form) {
        form.unit("องค์ประกอบที่ 1", "สำนักงานเขตจตุจักร")
                .rubric("องค์ประกอบที่ 1", 0, "1. ระดับความสำเร็จของการจัดเก็บรายได้",
                        "ร้อยละ 20", "ร้อยละ 40", "ร้อยละ 60", "ร้อยละ 80", "ร้อยละ 100")
                .weight("องค์ประกอบที่ 1", 0, 25).result("องค์ประกอบที่ 1", 0, "ระดับ 5")
                .target("องค์ประกอบที่ 1", 0, "ระดับ 5")
                .rubric("องค์ประกอบที่ 1", 1, "2. ระดับความสำเร็จของการพัฒนาคุณภาพชีวิตผู้สูงอายุ",
                        "ขั้นตอนที่ 1", "ขั้นตอนที่ 2", "ขั้นตอนที่ 3", "ขั้นตอนที่ 4", "ขั้นตอนที่ 5")
                .weight("องค์ประกอบที่ 1", 1, 15).result("องค์ประกอบที่ 1", 1, "ระดับ 3")
                .target("องค์ประกอบที่ 1", 1, "ระดับ 4")
                .explanation("องค์ประกอบที่ 1", 1, "งบประมาณได้รับการจัดสรรล่าช้า")
                .rubric("องค์ประกอบที่ 2", 0, "3. ระดับความสำเร็จของการจัดระเบียบทางเท้า",
                        "ขั้นตอนที่ 1", "ขั้นตอนที่ 2", "ขั้นตอนที่ 3", "ขั้นตอนที่ 4", "ขั้นตอนที่ 5")
                .weight("องค์ประกอบที่ 2", 0, 20).result("องค์ประกอบที่ 2", 0, "ระดับ 4")
                .target("องค์ประกอบที่ 2", 0, "ระดับ 4")
                .rubric("องค์ประกอบที่ 3", 0, "4. ระดับความสำเร็จของการป้องกันน้ำท่วม",
                        "ขั้นตอนที่ 1", "ขั้นตอนที่ 2", "ขั้นตอนที่ 3", "ขั้นตอนที่ 4", "ขั้นตอนที่ 5")
                .weight("องค์ประกอบที่ 3", 0, 10).result("องค์ประกอบที่ 3", 0, "ต่ำกว่าระดับ 1")
                .target("องค์ประกอบที่ 3", 0, "ระดับ 3")
                .explanation("องค์ประกอบที่ 3", 0, "ฝนตกหนักเกินกว่าที่ระบบรองรับ")
                .result("องค์ประกอบที่ 4", 0, 95)
                .group("ตัวชี้วัด 5.1", "กลุ่มหน่วยงาน B").result("ตัวชี้วัด 5.1", 0, 78)
                .result("ตัวชี้วัด 5.2", 0, 55);
    }
}
