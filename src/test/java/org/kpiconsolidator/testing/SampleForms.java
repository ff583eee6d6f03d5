package org.kpiconsolidator.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample submissions under {@code samples/}: the seed unit transcribed, one clean unit, units with
 * different, realistic mistakes, a resubmission and a unit the sample roster does not list. Each
 * mistaken form is a clean form plus explicit changes, so every mistake is visible in one place.
 * {@code samples/README.md} lists the mistakes by cell; {@link SampleReference} writes the roster and
 * agreements that go with them.
 */
public final class SampleForms {

    static final int YEAR = 2564;
    static final String SOCIAL_DEVELOPMENT = "สำนักพัฒนาสังคม";

    private SampleForms() {
    }

    /** A sample file: what it holds and how it is laid out. */
    public record Sample(String fileName, FormSpec form, Layout layout) {

        public Path render(Path folder) throws IOException {
            Path file = folder.resolve(fileName);
            FormRenderer.render(form, file, layout);
            return file;
        }
    }

    public static List<Sample> all() {
        return List.of(internationalAffairsOffice(), bangKhaeDistrict(), medicalDepartment(), chatuchakDistrict(),
                environmentDepartment(), socialDevelopmentDepartment(), socialDevelopmentResubmitted(),
                bangBonDistrict());
    }

    public static Sample byFileName(String fileName) {
        return all().stream().filter(sample -> sample.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample named " + fileName));
    }

    /** The seed, faithfully: its numbers and inconsistencies as submitted. */
    public static Sample internationalAffairsOffice() {
        return new Sample("international-affairs-office.xlsx", SeedTranscription.form(),
                SeedTranscription.layout());
    }

    /**
     * Clean: every level, score, weighted score, subtotal, summary and detail agrees with the scoring
     * rules; weights 40 + 20 + 10 + 10 + 10 + 10 = 100; total 96.3.
     */
    public static Sample bangKhaeDistrict() {
        String unit = "สำนักงานเขตบางแค";
        FormSpec form = new FormSpec(unit, YEAR, "A", List.of(
                SampleBlocks.multi(1, false, 40, List.of(
                        SampleBlocks.levelIndicator(1, "ระดับความสำเร็จของการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", 15, 5),
                        SampleBlocks.levelIndicator(2, "ระดับความสำเร็จในการแก้ไขปัญหาเรื่องร้องเรียนของประชาชนในพื้นที่",
                                15, 4),
                        SampleBlocks.levelIndicator(3, "ระดับความสำเร็จของการพัฒนาคุณภาพชีวิตผู้สูงอายุในชุมชน", 10, 5))),
                // Value-based with interpolation: 77 on 60/65/70/75/80 reaches level 4 and scores 90 + 2 * 10 / 5 = 94.
                SampleBlocks.multi(2, true, 20, List.of(
                        SampleBlocks.valueIndicator(4, "ร้อยละของผู้ค้าหาบเร่แผงลอยที่ปฏิบัติตามข้อกำหนดของกรุงเทพมหานคร",
                                List.of(60, 65, 70, 75, 80), 10, 77, 4, 94, SampleBlocks.decimal("9.4")),
                        SampleBlocks.valueIndicator(5, "ร้อยละของคลองและคูน้ำในพื้นที่ที่ได้รับการจัดเก็บขยะและวัชพืช",
                                List.of(80, 85, 90, 95, 100), 10, 100, 5, 100, 10))),
                SampleBlocks.multi(3, false, 10, List.of(
                        SampleBlocks.levelIndicator(6, "ระดับความสำเร็จของการจัดระเบียบพื้นที่สาธารณะในเขต", 10, 5))),
                SampleBlocks.innovation(10, "ระดับ 5", 100, 10),
                // Group A, 92 per cent disbursed: level 3, 80 + 2 * 10 / 5 = 84, weighted 10 * 84 / 100 = 8.4.
                SampleBlocks.disbursement(10, 92, 84, SampleBlocks.decimal("8.4")),
                SampleBlocks.database(10, "ระดับ 5", 100, 10)));
        Layout layout = Layout.of(
                        Layout.SheetPlan.of("องค์ประกอบที่ 1", 0),
                        Layout.SheetPlan.of("องค์ประกอบที่ 2", 1),
                        Layout.SheetPlan.of("องค์ประกอบที่ 3", 2),
                        Layout.SheetPlan.of("องค์ประกอบที่ 4", 3),
                        Layout.SheetPlan.of("ตัวชี้วัด 5.1", 4),
                        Layout.SheetPlan.of("ตัวชี้วัด 5.2", 5))
                .withCoverLines(FormLabels.coverLines(unit, YEAR));
        return new Sample("bang-khae-district.xlsx", form, layout);
    }

    /**
     * Indicator 1 states the step score 90 for 78 on 60/65/70/75/80 where interpolation gives 96
     * (weighted 13.5 instead of 14.4, subtotal 42 instead of 42.9); component 1's weights sum to 45
     * while its subtotal row and heading say 50.
     */
    public static Sample medicalDepartment() {
        String unit = "สำนักการแพทย์";
        FormSpec clean = new FormSpec(unit, YEAR, "A", List.of(
                SampleBlocks.multi(1, true, 45, List.of(
                        SampleBlocks.valueIndicator(1, "ร้อยละของผู้ป่วยโรคหลอดเลือดสมองตีบหรืออุดตันระยะเฉียบพลัน"
                                        + "ที่ได้รับยาละลายลิ่มเลือดภายใน 60 นาที",
                                List.of(60, 65, 70, 75, 80), 15, 78, 4, 96, SampleBlocks.decimal("14.4")),
                        SampleBlocks.valueIndicator(2, "ร้อยละความพึงพอใจของผู้รับบริการในโรงพยาบาลสังกัดกรุงเทพมหานคร",
                                List.of(80, 85, 90, 95, 100), 15, 95, 4, 90, SampleBlocks.decimal("13.5")),
                        SampleBlocks.valueIndicator(3, "ร้อยละของผู้ป่วยฉุกเฉินวิกฤตที่ได้รับการดูแลรักษาภายใน 10 นาที",
                                List.of(80, 84, 88, 92, 96), 15, 97, 5, 100, 15))),
                SampleBlocks.multi(2, false, 20, List.of(
                        SampleBlocks.levelIndicator(4, "ระดับความสำเร็จของการพัฒนาระบบการแพทย์ฉุกเฉินกรุงเทพมหานคร"
                                + " (Bangkok EMS)", 10, 5),
                        SampleBlocks.levelIndicator(5, "ระดับความสำเร็จของการให้บริการการแพทย์ทางไกล (Telemedicine)",
                                10, 5))),
                SampleBlocks.innovation(10, "ระดับ 5", 100, 10),
                // Group A, 96: level 4, 90 + 1 * 10 / 5 = 92, stated correctly.
                SampleBlocks.disbursement(10, 96, 92, SampleBlocks.decimal("9.2")),
                SampleBlocks.database(10, "ระดับ 5", 100, 10)));
        FormSpec form = clean.withBlock(0, block -> block.toBuilder()
                // Mistake: the step score of level 4 instead of the interpolated 96.
                .results(block.results()
                        .withRow(0, row -> row.withScore(90).withWeighted(SampleBlocks.decimal("13.5")))
                        // Mistake: the component is meant to weigh 50, but its weights add up to 45.
                        .withSubtotal(new ResultsSpec.Subtotal(50, 42)))
                .componentWeight(50)
                .summary(block.summary().withRow(0, row -> row.withWeighted(SampleBlocks.decimal("13.5")))
                        .withTotal(42))
                .build());
        return new Sample("medical-department.xlsx", form,
                Layout.oneSheet("แบบรายงานผล", form).withCoverLines(FormLabels.coverLines(unit, YEAR)));
    }

    /**
     * Indicator 2's summary says level 4 where the results table says 3; indicator 4's detail table
     * says level 5 where the results table says 4; indicator 5's score is blank. Legacy {@code .xls}.
     */
    public static Sample chatuchakDistrict() {
        String unit = "สำนักงานเขตจตุจักร";
        FormSpec clean = new FormSpec(unit, YEAR, "C", List.of(
                SampleBlocks.multi(1, false, 40, List.of(
                        SampleBlocks.levelIndicator(1, "ระดับความสำเร็จของการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", 15, 5),
                        SampleBlocks.levelIndicator(2, "ระดับความสำเร็จของการจัดระเบียบผู้ค้าบริเวณตลาดนัดจตุจักร",
                                15, 3),
                        SampleBlocks.levelIndicator(3, "ระดับความสำเร็จของการป้องกันและแก้ไขปัญหาน้ำท่วมในพื้นที่",
                                10, 5))),
                SampleBlocks.multi(2, false, 20, List.of(
                        SampleBlocks.levelIndicator(4, "ระดับความสำเร็จของการส่งเสริมการท่องเที่ยวในพื้นที่เขต", 10, 4),
                        SampleBlocks.levelIndicator(5, "ระดับความสำเร็จของการคัดแยกขยะมูลฝอยต้นทาง", 10, 5))),
                SampleBlocks.multi(3, false, 10, List.of(
                        SampleBlocks.levelIndicator(6, "ระดับความสำเร็จของการพัฒนาพื้นที่สาธารณะสีเขียวในชุมชน",
                                10, 5))),
                SampleBlocks.innovation(10, "ระดับ 5", 100, 10),
                // Group C, 80 is beyond level 5's 75: capped at 100.
                SampleBlocks.disbursement(10, 80, 100, 10),
                SampleBlocks.database(10, "ระดับ 5", 100, 10)));
        FormSpec form = clean
                // Mistake: the summary keeps an earlier level 4 while the results table says level 3.
                .withBlock(0, block -> block.withSummary(summary -> summary.withRow(1,
                        row -> row.withAchievedLevel("ระดับ 4"))))
                // Mistake: the detail table claims level 5 while the results table says level 4.
                .withBlock(1, block -> block.withDetail(0, detail -> detail.withAchieved("ระดับ 5"))
                        // Mistake: score left blank; the weighted score is filled in.
                        .withResults(results -> results.withRow(1, row -> row.withScore(null))));
        Layout layout = Layout.of(
                Layout.SheetPlan.of("องค์ประกอบที่ 1", 0),
                Layout.SheetPlan.of("องค์ประกอบที่ 2", 1),
                Layout.SheetPlan.of("องค์ประกอบที่ 3", 2),
                Layout.SheetPlan.of("องค์ประกอบที่ 4", 3),
                Layout.SheetPlan.of("องค์ประกอบที่ 5", 4, 5));
        return new Sample("chatuchak-district.xls", form, layout);
    }

    /**
     * Downward rubric (complaints 50/40/30/20/10): 28 complaints reach level 3 (80 points), but the unit
     * scored 90, weighted 13.5, and claimed level 4 in the summary and the detail table; one weight is
     * typed in Thai digits as text ({@code ๑๐}).
     */
    public static Sample environmentDepartment() {
        String unit = "สำนักสิ่งแวดล้อม";
        FormSpec clean = new FormSpec(unit, YEAR, "A", List.of(
                SampleBlocks.multi(1, false, 50, List.of(
                        SampleBlocks.valueIndicator(1, "จำนวนเรื่องร้องเรียนเหตุเดือดร้อนรำคาญด้านกลิ่นและเสียง"
                                        + "จากสถานประกอบการ (เรื่อง)",
                                List.of(50, 40, 30, 20, 10), 15, 28, 3, 80, 12),
                        SampleBlocks.levelIndicator(2, "ระดับความสำเร็จของการนำมูลฝอยกลับมาใช้ประโยชน์", 15, 5),
                        SampleBlocks.levelIndicator(3, "ระดับความสำเร็จของการเพิ่มพื้นที่สีเขียวในกรุงเทพมหานคร",
                                20, 5))),
                SampleBlocks.multi(2, false, 20, List.of(
                        SampleBlocks.levelIndicator(4, "ระดับความสำเร็จของการติดตั้งเครื่องตรวจวัดคุณภาพอากาศ (PM2.5)",
                                10, 5),
                        SampleBlocks.levelIndicator(5, "ระดับความสำเร็จของการบำบัดน้ำเสียชุมชน", 10, 5))),
                SampleBlocks.innovation(10, "ระดับ 5", 100, 10),
                SampleBlocks.disbursement(10, 100, 100, 10),
                SampleBlocks.database(10, "ระดับ 5", 100, 10)));
        FormSpec form = clean
                .withBlock(0, block -> block.toBuilder()
                        // Mistake: 28 complaints is level 3 on this downward rubric; the unit scored level 4.
                        .results(block.results()
                                .withRow(0, row -> row.withScore(90).withWeighted(SampleBlocks.decimal("13.5")))
                                .withSubtotal(new ResultsSpec.Subtotal(50, SampleBlocks.decimal("48.5"))))
                        .summary(block.summary()
                                .withRow(0, row -> row.withAchievedLevel("ระดับ 4")
                                        .withWeighted(SampleBlocks.decimal("13.5")))
                                .withTotal(SampleBlocks.decimal("48.5")))
                        .build()
                        .withDetail(0, detail -> detail.withAchieved("ระดับ 4")))
                // Thai digits typed as text in a weight cell.
                .withBlock(1, block -> block.withResults(results -> results.withRow(0, row -> row.withWeight("๑๐"))));
        Layout layout = Layout.of(
                Layout.SheetPlan.of("องค์ประกอบที่ 1-2", 0, 1),
                Layout.SheetPlan.of("องค์ประกอบที่ 4-5", 2, 3, 4));
        return new Sample("environment-department.xlsx", form, layout);
    }

    /**
     * Group rubric with group B ticked: 78 on 65/70/75/80/85 interpolates to 86 but the unit stated the
     * step score 80 (weighted 8, not 8.6); indicator 2's result is blank; indicator 3's weight is typed
     * 150 (meant 15).
     */
    public static Sample socialDevelopmentDepartment() {
        FormSpec form = socialDevelopmentWithStepScore(SOCIAL_DEVELOPMENT)
                .withBlock(0, block -> block.withResults(results -> results
                        // Mistake: result left blank; score and weighted filled in.
                        .withRow(1, row -> row.withResult(null))
                        // Mistake: weight typed 150 for 15.
                        .withRow(2, row -> row.withWeight(150))));
        return new Sample("social-development-department.xlsx", form, socialDevelopmentLayout());
    }

    /**
     * The same unit's corrected resubmission, naming itself with the city appended
     * ({@code สำนักพัฒนาสังคม กรุงเทพมหานคร}): the blank result and the weight 150 are fixed, the step
     * score of 5.1 is not. With a roster both files are the same unit: DUPLICATE_SUBMISSION.
     */
    public static Sample socialDevelopmentResubmitted() {
        return new Sample("social-development-department-resubmitted.xlsx",
                socialDevelopmentWithStepScore(SOCIAL_DEVELOPMENT + " กรุงเทพมหานคร"), socialDevelopmentLayout());
    }

    private static FormSpec socialDevelopmentWithStepScore(String unit) {
        FormSpec clean = new FormSpec(unit, YEAR, "B", List.of(
                SampleBlocks.multi(1, false, 50, List.of(
                        SampleBlocks.levelIndicator(1, "ระดับความสำเร็จของการส่งเสริมอาชีพและพัฒนาผลิตภัณฑ์ชุมชน", 20, 5),
                        SampleBlocks.levelIndicator(2, "ระดับความสำเร็จของการพัฒนาศักยภาพศูนย์สร้างสุขทุกวัย", 15, 5),
                        SampleBlocks.levelIndicator(3, "ระดับความสำเร็จของการช่วยเหลือคนพิการและผู้ด้อยโอกาส", 15, 5))),
                SampleBlocks.multi(2, false, 20, List.of(
                        SampleBlocks.levelIndicator(4, "ระดับความสำเร็จของการพัฒนาศูนย์พัฒนาเด็กเล็กในชุมชน", 10, 5),
                        SampleBlocks.levelIndicator(5, "ระดับความสำเร็จของการส่งเสริมสวัสดิการผู้สูงอายุ", 10, 5))),
                SampleBlocks.innovation(10, "ระดับ 5", 100, 10),
                // Group B, 78: level 3, 80 + 3 * 10 / 5 = 86, weighted 8.6.
                SampleBlocks.disbursement(10, 78, 86, SampleBlocks.decimal("8.6")),
                SampleBlocks.database(10, "ระดับ 5", 100, 10)));
        // Mistake: the step score of level 3 instead of the interpolated 86.
        return clean.withBlock(3, block -> block.withResults(results -> results.withRow(0,
                row -> row.withScore(80).withWeighted(8))));
    }

    private static Layout socialDevelopmentLayout() {
        return Layout.of(
                        Layout.SheetPlan.of("องค์ประกอบที่ 1", 0),
                        Layout.SheetPlan.of("องค์ประกอบที่ 2", 1),
                        Layout.SheetPlan.of("องค์ประกอบที่ 4", 2),
                        Layout.SheetPlan.of("5.1 การเบิกจ่าย", 3),
                        Layout.SheetPlan.of("5.2 ฐานข้อมูล", 4))
                .withCoverLines(FormLabels.coverLines(SOCIAL_DEVELOPMENT, YEAR));
    }

    /**
     * A district the sample roster does not list (UNKNOWN_UNIT when run with it). Its own mistake:
     * indicator 2 reaches level 4 against target 5 and its explanation is only {@code -}
     * (MISSING_EXPLANATION). Group D ticked: 96 on 80/85/90/95/100 interpolates to 92.
     */
    public static Sample bangBonDistrict() {
        String unit = "สำนักงานเขตบางบอน";
        FormSpec clean = new FormSpec(unit, YEAR, "D", List.of(
                SampleBlocks.multi(1, false, 40, List.of(
                        SampleBlocks.levelIndicator(1, "ระดับความสำเร็จของการจัดเก็บรายได้ของกรุงเทพมหานครในพื้นที่เขต",
                                15, 5),
                        SampleBlocks.levelIndicator(2, "ระดับความสำเร็จของการป้องกันและแก้ไขปัญหาน้ำท่วมขังในพื้นที่",
                                15, 4),
                        SampleBlocks.levelIndicator(3, "ระดับความสำเร็จของการส่งเสริมสุขภาวะของประชาชนในชุมชน", 10, 5))),
                SampleBlocks.multi(2, false, 20, List.of(
                        SampleBlocks.levelIndicator(4, "ระดับความสำเร็จของการจัดการขยะมูลฝอยและสิ่งปฏิกูลในพื้นที่",
                                10, 5),
                        SampleBlocks.levelIndicator(5, "ระดับความสำเร็จของการพัฒนาพื้นที่สีเขียวริมคลอง", 10, 5))),
                SampleBlocks.multi(3, false, 10, List.of(
                        SampleBlocks.levelIndicator(6, "ระดับความสำเร็จของการพัฒนาคุณภาพชีวิตชุมชนเกษตรกรรม", 10, 5))),
                SampleBlocks.innovation(10, "ระดับ 5", 100, 10),
                // Group D, 96: level 4, 90 + 1 * 10 / 5 = 92, weighted 9.2.
                SampleBlocks.disbursement(10, 96, 92, SampleBlocks.decimal("9.2")),
                SampleBlocks.database(10, "ระดับ 5", 100, 10)));
        // Mistake: below target, and the explanation is only a dash.
        FormSpec form = clean.withBlock(0, block -> block.withDetail(1, detail -> detail.withExplanation("-")));
        Layout layout = Layout.of(
                        Layout.SheetPlan.of("องค์ประกอบที่ 1-3", 0, 1, 2),
                        Layout.SheetPlan.of("องค์ประกอบที่ 4-5", 3, 4, 5))
                .withCoverLines(FormLabels.coverLines(unit, YEAR));
        return new Sample("bang-bon-district.xlsx", form, layout);
    }
}
