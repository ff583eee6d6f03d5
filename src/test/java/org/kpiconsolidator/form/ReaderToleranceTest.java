package org.kpiconsolidator.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.testing.FormRenderer;
import org.kpiconsolidator.testing.FormSpec;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.RubricSpec;
import org.kpiconsolidator.testing.SampleForms;

/** Forms that leave out what the reader would like to key on, and are still read whole. */
class ReaderToleranceTest {

    @TempDir
    Path dir;

    @Test
    void aResultsRowWhoseNumberWasClearedIsStillRead() throws Exception {
        SampleForms.Sample clean = SampleForms.bangKhaeDistrict();
        FormSpec form = clean.form().withBlock(0, b -> b.withResults(r -> r.withRow(1, row ->
                new org.kpiconsolidator.testing.ResultsSpec.Row(null, row.weight(), row.result(), row.score(),
                        row.weighted()))));
        Path file = dir.resolve("cleared.xlsx");
        FormRenderer.render(form, file, clean.layout());
        FormBlock c1 = Forms.read(file).blocks().get(0);
        assertThat(c1.indicators()).extracting(Indicator::number).containsExactly("1", "2", "3");
        assertThat(c1.indicators().get(2).results().weight().value()).isEqualByComparingTo("10");
        assertThat(Forms.process(file).findings()).isEmpty();
    }

    @Test
    void anUnnumberedRubricIsMatchedByPosition() throws Exception {
        SampleForms.Sample clean = SampleForms.bangKhaeDistrict();
        FormSpec form = clean.form().withBlock(1, b -> {
            RubricSpec r = b.rubric();
            List<RubricSpec.Row> rows = new ArrayList<>();
            for (RubricSpec.Row row : r.rows()) {
                rows.add(new RubricSpec.Row(row.label().toString().replaceFirst("^[0-9]+\\. ", ""), row.thresholds()));
            }
            return b.toBuilder().rubric(new RubricSpec(r.interpolate(), r.levelPoints(), r.groupSpecific(), rows,
                    r.floorNote())).build();
        });
        Path file = dir.resolve("unnumbered.xlsx");
        FormRenderer.render(form, file, clean.layout());
        FormBlock c2 = Forms.read(file).blocks().get(1);
        assertThat(c2.rubric().orElseThrow().rows()).allMatch(row -> row.indicatorNumber().isEmpty());
        assertThat(c2.indicators()).allMatch(i -> i.rubricRow().isPresent());
        assertThat(Forms.process(file).findings()).isEmpty();
    }
}
