package org.kpiconsolidator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.FindingIds;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.testing.Drifts;
import org.kpiconsolidator.testing.Drifts.Drift;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.testing.SampleReference;

/**
 * The finding id of SPEC 4.1 is the review rounds' key: the same mistake keeps its id when the unit
 * resubmits its form with rows inserted and under another file name, and two findings of one file
 * never share an id, whatever the layout.
 */
class FindingIdStabilityTest {

    @TempDir
    static Path dir;

    static ReferenceData reference;

    @BeforeAll
    static void referenceData() throws Exception {
        SampleReference.writeRoster(dir.resolve("roster.csv"));
        SampleReference.writeAgreements(dir.resolve("agreements.csv"));
        reference = ReferenceData.read(Optional.of(dir.resolve("roster.csv")),
                Optional.of(dir.resolve("agreements.csv")));
    }

    static Stream<Arguments> samples() {
        List<Arguments> cases = new ArrayList<>();
        for (SampleForms.Sample s : SampleForms.all()) {
            cases.add(Arguments.of(s.fileName(), false));
            cases.add(Arguments.of(s.fileName(), true));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, reference data: {1}")
    @MethodSource("samples")
    void idsSurviveInsertedRowsAndARenamedFile(String name, boolean withReference) throws Exception {
        SampleForms.Sample sample = SampleForms.byFileName(name);
        ReferenceData data = withReference ? reference : ReferenceData.NONE;
        Path first = sample.render(Files.createDirectories(dir.resolve("round-1")));
        String extension = name.endsWith(".xls") ? ".xls" : ".xlsx";
        // The resubmission: rows inserted before and inside every table, and a new file name.
        Path resubmitted = Drifts.render(sample, Drifts.insertedRows(),
                Files.createDirectories(dir.resolve("round-2")), extension);
        assertThat(resubmitted.getFileName()).isNotEqualTo(first.getFileName());

        Map<String, Finding> before = byId(Forms.process(first, data).findings());
        Map<String, Finding> after = byId(Forms.process(resubmitted, data).findings());

        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((id, f) -> {
            Finding again = after.get(id);
            assertThat(again.code()).isEqualTo(f.code());
            assertThat(again.stated()).isEqualTo(f.stated());
        });
        if (name.equals(SampleForms.internationalAffairsOffice().fileName())) {
            // The rows did move: the same findings point at other cells.
            assertThat(before.keySet()).isNotEmpty();
            assertThat(before.keySet()).anyMatch(id -> !before.get(id).a1().equals(after.get(id).a1()));
        }
    }

    static Stream<Arguments> drifted() {
        List<Arguments> cases = new ArrayList<>();
        List<Drift> drifts = new ArrayList<>(Drifts.each());
        drifts.add(Drifts.combined());
        for (SampleForms.Sample s : List.of(SampleForms.internationalAffairsOffice(), SampleForms.bangKhaeDistrict(),
                SampleForms.environmentDepartment(), SampleForms.socialDevelopmentDepartment())) {
            for (Drift d : drifts) {
                cases.add(Arguments.of(s.fileName(), d));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("drifted")
    void noTwoFindingsOfAFileShareAnId(String name, Drift drift) throws Exception {
        Path file = Drifts.render(SampleForms.byFileName(name), drift, Files.createDirectories(dir.resolve("drifts")),
                ".xlsx");
        List<Finding> findings = Forms.process(file, reference).findings();
        Map<String, List<Finding>> byId = findings.stream().collect(Collectors.groupingBy(FindingIds::of));
        assertThat(byId.values()).allSatisfy(same -> assertThat(same).as("findings with one id").hasSize(1));
    }

    @Test
    void theSubtotalRowsWeightAndSubtotalAreFindingsOfTheirOwn() throws Exception {
        // Thai digits typed in the subtotal row: both cells are normalised, each is its own finding.
        Path file = Drifts.render(SampleForms.bangKhaeDistrict(), Drifts.thaiDigits(),
                Files.createDirectories(dir.resolve("subtotal")), ".xlsx");
        List<Finding> subtotalRow = Forms.process(file).findings().stream()
                .filter(f -> f.code() == Code.VALUE_NORMALIZED && f.component().equals("1") && f.indicator().isEmpty())
                .toList();
        assertThat(subtotalRow).extracting(Finding::field).contains(Field.WEIGHT, Field.SUBTOTAL);
        assertThat(subtotalRow).extracting(FindingIds::of).doesNotHaveDuplicates();
    }

    @Test
    void aTargetLevelAndTheAchievedLevelBesideItHaveIdsOfTheirOwn() throws Exception {
        SampleForms.Sample clean = SampleForms.bangKhaeDistrict();
        Path file = dir.resolve("levels-out-of-range.xlsx");
        // Level 7 as both the target and the achieved level of one summary row: two INVALID_VALUE findings.
        org.kpiconsolidator.testing.FormRenderer.render(clean.form().withBlock(0, block -> block.withSummary(
                summary -> summary.withRow(0, row -> row.withTarget("ระดับ 7").withAchievedLevel("ระดับ 7")))),
                file, clean.layout());
        List<Finding> invalid = Forms.process(file).findings().stream()
                .filter(f -> f.code() == Code.INVALID_VALUE && f.field() == Field.SUMMARY_LEVEL).toList();
        assertThat(invalid).hasSize(2);
        assertThat(invalid).extracting(FindingIds::of).doesNotHaveDuplicates();
    }

    private static Map<String, Finding> byId(List<Finding> findings) {
        Map<String, Finding> map = findings.stream().collect(Collectors.toMap(FindingIds::of, Function.identity()));
        assertThat(map).hasSameSizeAs(findings);
        return map;
    }
}
