package org.kpiconsolidator.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiconsolidator.testing.Drifts;
import org.kpiconsolidator.testing.Drifts.Drift;
import org.kpiconsolidator.testing.ExtraForms;
import org.kpiconsolidator.testing.GridLines;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.workbook.PoiWorkbookReader;

/**
 * The streaming reader gives the same grid as POI's usermodel reader, field for field, for every
 * sample in every layout drift of SPEC 2.5 (merged cells, two-row headers, formulas, percent
 * formats, hidden sheets, Thai digits...), written as .xlsx: and it reads them itself, without
 * handing any to POI.
 */
class StreamingXlsxReaderTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> renderings() {
        List<Arguments> cases = new ArrayList<>();
        List<Drift> drifts = new ArrayList<>(Drifts.each());
        drifts.add(Drifts.combined());
        List<SampleForms.Sample> samples = new ArrayList<>(SampleForms.all());
        samples.add(ExtraForms.financeDepartment());
        for (SampleForms.Sample sample : samples) {
            for (Drift drift : drifts) {
                cases.add(Arguments.of(sample.fileName(), drift, sample));
            }
        }
        for (Drift drift : List.of(ExtraForms.thousandsSeparators(), ExtraForms.bareLevels())) {
            cases.add(Arguments.of(ExtraForms.financeDepartment().fileName(), drift, ExtraForms.financeDepartment()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("renderings")
    void readsEveryDriftedSampleAsPoiDoes(String name, Drift drift, SampleForms.Sample sample) throws Exception {
        Path file = Drifts.render(sample, drift, dir, ".xlsx");
        assertThat(GridLines.of(StreamingXlsxReader.stream(file)))
                .containsExactlyElementsOf(GridLines.of(new PoiWorkbookReader().read(file)));
    }

    /** The committed samples and the blank template units fill in. */
    static Stream<Path> committedSamples() throws Exception {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("samples", "templates")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("committedSamples")
    void readsTheCommittedSamplesAsPoiDoes(Path file) throws Exception {
        assertThat(GridLines.of(StreamingXlsxReader.stream(file)))
                .containsExactlyElementsOf(GridLines.of(new PoiWorkbookReader().read(file)));
    }
}
