package org.kpiconsolidator.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.Narrative;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.Rubric;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.SampleForms;

/** The seed form, as the sample workbook holds it, read into records with their cells. */
class SeedFormReadingTest {

    @TempDir
    static Path dir;

    static Submission seed;

    @BeforeAll
    static void readSeed() throws Exception {
        seed = Forms.read(SampleForms.internationalAffairsOffice().render(dir));
    }

    @Test
    void findsAllFiveBlocksInSheetOrder() {
        assertThat(seed.blocks()).extracting(FormBlock::component).containsExactly(1, 2, 4, 5, 5);
        assertThat(seed.blocks()).extracting(b -> b.header().subIndicator()).containsExactly("", "", "", "5.1", "5.2");
        assertThat(seed.blocks()).extracting(FormBlock::sheet).containsExactly("องค์ประกอบที่ 1", "องค์ประกอบที่ 2",
                "องค์ประกอบที่ 4 และ 5", "องค์ประกอบที่ 4 และ 5", "องค์ประกอบที่ 4 และ 5");
    }

    @Test
    void readsTheHeaderLines() {
        FormBlock c1 = seed.blocks().get(0);
        assertThat(c1.header().unitName().value())
                .isEqualTo("ส่วนส่งเสริมความสัมพันธ์ระหว่างเมือง สำนักงานการต่างประเทศ");
        assertThat(c1.header().unitName().cell().a1()).isEqualTo("A9");
        assertThat(c1.header().fiscalYear().value()).isEqualTo(2564);
        assertThat(c1.header().componentTitle()).startsWith("ประสิทธิภาพในการดำเนินงานภารกิจหลัก");
        assertThat(c1.header().indicatorTitle()).isEqualTo("ความสำเร็จของการดำเนินงานภารกิจหลักตามยุทธศาสตร์กรุงเทพมหานคร");
        assertThat(c1.header().contact().person()).isNotBlank();
        assertThat(c1.header().contact().phone()).isNotBlank();
        FormBlock b51 = seed.blocks().get(3);
        assertThat(b51.header().group().value()).isEqualTo(UnitGroup.A);
        assertThat(b51.header().subIndicatorTitle()).isEqualTo("ความสำเร็จของการเบิกจ่ายงบประมาณในภาพรวม");
    }

    @Test
    void readsComponentOneResultsWithTheirCells() {
        FormBlock c1 = seed.blocks().get(0);
        List<Indicator> indicators = c1.indicators();
        assertThat(indicators).extracting(Indicator::number).containsExactly("1", "2", "3");
        Indicator first = indicators.get(0);
        assertThat(first.results().weight().value()).isEqualByComparingTo("15");
        assertThat(first.results().weight().cell().a1()).isEqualTo("B23");
        assertThat(first.results().result().value()).isEqualTo(new Result.Level(4));
        assertThat(first.results().score().value()).isEqualByComparingTo("80");
        assertThat(first.results().score().raw()).isEqualTo("ร้อยละ 80");
        assertThat(first.results().score().cell().a1()).isEqualTo("D23");
        assertThat(first.results().weighted().value()).isEqualByComparingTo("12");
        assertThat(first.name()).startsWith("ระดับความสำเร็จของเครือข่ายด้านพหุวัฒนธรรม");
        assertThat(c1.subtotal()).hasValueSatisfying(s -> {
            assertThat(s.weight().value()).isEqualByComparingTo("50");
            assertThat(s.value().value()).isEqualByComparingTo("47");
            assertThat(s.value().cell().a1()).isEqualTo("E26");
        });
        assertThat(c1.headingWeight()).hasValueSatisfying(w -> assertThat(w.value()).isEqualByComparingTo("50"));
    }

    @Test
    void readsTheRubricWithItsPrintedPoints() {
        Rubric r1 = seed.blocks().get(0).rubric().orElseThrow();
        assertThat(r1.interpolate()).isFalse();
        assertThat(r1.groupSpecific()).isFalse();
        assertThat(r1.rows()).extracting(row -> row.indicatorNumber()).containsExactly("1", "2", "3");
        assertThat(r1.rows().get(0).thresholds()).extracting(t -> t.value().value())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(20), new BigDecimal(40), new BigDecimal(60), new BigDecimal(80),
                        new BigDecimal(100));
        Rubric r2 = seed.blocks().get(1).rubric().orElseThrow();
        assertThat(r2.levels()).extracting(l -> l.points().value().intValue()).containsExactly(60, 70, 80, 80, 100);
        assertThat(r2.levels().get(3).points().cell().a1()).isEqualTo("E11");
        Rubric r51 = seed.blocks().get(3).rubric().orElseThrow();
        assertThat(r51.groupSpecific()).isTrue();
        assertThat(r51.interpolate()).isTrue();
        assertThat(r51.rowFor(UnitGroup.B).orElseThrow().thresholds().get(0).value().value()).isEqualByComparingTo("65");
        Rubric r52 = seed.blocks().get(4).rubric().orElseThrow();
        assertThat(r52.rows().get(0).thresholds().get(0).value().orBeyond()).isTrue();
    }

    @Test
    void readsSingleIndicatorBlocks() {
        Indicator c4 = seed.blocks().get(2).indicators().get(0);
        assertThat(c4.number()).isEqualTo("4");
        assertThat(c4.results().weighted().isBlank()).isTrue();
        assertThat(c4.results().weighted().cell().a1()).isEqualTo("D16");
        Indicator i51 = seed.blocks().get(3).indicators().get(0);
        assertThat(i51.number()).isEqualTo("5.1");
        assertThat(i51.results().result().value()).isEqualTo(new Result.Measured(new BigDecimal(100)));
        assertThat(seed.blocks().get(3).narratives()).containsKeys(Narrative.DETAILS, Narrative.SUPPORT,
                Narrative.OBSTACLES, Narrative.EVIDENCE);
    }

    @Test
    void joinsSummaryAndDetailRowsByIndicatorNumber() {
        FormBlock c1 = seed.blocks().get(0);
        Indicator second = c1.indicators().get(1);
        assertThat(second.summary()).hasValueSatisfying(s -> {
            assertThat(s.weight().value()).isEqualByComparingTo("100");
            assertThat(s.weight().cell().a1()).isEqualTo("D39");
            assertThat(s.level().value()).isEqualTo(5);
            assertThat(s.target().value()).isEqualTo(5);
        });
        assertThat(c1.summaryTotal()).hasValueSatisfying(t -> assertThat(t.value()).isEqualByComparingTo("47"));
        Indicator first = c1.indicators().get(0);
        assertThat(first.detail()).hasValueSatisfying(d -> {
            assertThat(d.achieved().value()).isEqualTo(4);
            assertThat(d.narratives().get(Narrative.EXPLANATION).value()).isNotBlank();
        });
        assertThat(c1.narratives()).containsKeys(Narrative.SUPPORT, Narrative.OBSTACLES);
    }
}
