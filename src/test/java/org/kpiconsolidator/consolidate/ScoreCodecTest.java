package org.kpiconsolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kpiconsolidator.model.Narrative;
import org.kpiconsolidator.scoring.BlockScore;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.testing.Forms;

/**
 * The spill's codec: a score read back equals the score written, decimals with their scale, and
 * shares what it shared (a block is one object, however many indicator scores point to it); only
 * the classes a score is made of are built.
 */
class ScoreCodecTest {

    private static SubmissionScore score() {
        return Forms.process(Path.of("samples", "international-affairs-office.xlsx")).score().orElseThrow();
    }

    @Test
    void aScoreReadBackEqualsTheScoreWrittenAndSharesWhatItShared() {
        SubmissionScore written = score();
        SubmissionScore read = (SubmissionScore) ScoreCodec.read(ScoreCodec.write(written), ScoreSpill::isScoreClass);

        assertThat(read).isEqualTo(written);
        assertThat(read.total().scale()).isEqualTo(written.total().scale());
        for (BlockScore block : read.blocks()) {
            assertThat(block.indicators()).isNotEmpty();
            for (IndicatorScore indicator : block.indicators()) {
                assertThat(indicator.block()).isSameAs(block.block());
            }
        }
        assertThat(read.blocks().get(0).block()).isSameAs(read.submission().blocks().get(0));
    }

    @Test
    void valuesOfEveryKindComeBackAsWritten() {
        List<Object> values = List.of(Optional.empty(), Optional.of("ก"), new BigDecimal("12.50"),
                new BigDecimal("123456789012345678901234567890.123"), Map.of(Narrative.values()[0], "ข้อความ"),
                List.of(1, 2L, true, false), "", "ผลการดำเนินงาน \uD83D\uDE00");
        assertThat(ScoreCodec.read(ScoreCodec.write(values), name -> true)).isEqualTo(values);
    }

    @Test
    void onlyAdmittedClassesAreBuilt() {
        byte[] bytes = ScoreCodec.write(score());
        assertThatThrownBy(() -> ScoreCodec.read(bytes, name -> !name.endsWith("CellRef")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("org.kpiconsolidator.workbook.CellRef");
    }

    @Test
    void whatAScoreIsNotMadeOfIsNotWritten() {
        assertThatThrownBy(() -> ScoreCodec.write(List.of(new StringBuilder("x"))))
                .isInstanceOf(ScoreCodec.Unsupported.class).hasMessageContaining("StringBuilder");
        assertThatThrownBy(() -> ScoreCodec.write(StandardCharsets.UTF_8)).isInstanceOf(ScoreCodec.Unsupported.class);
    }
}
