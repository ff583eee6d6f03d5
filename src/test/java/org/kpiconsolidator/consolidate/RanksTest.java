package org.kpiconsolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.testing.SampleForms;

/** Ranks by recomputed total: ties share a place, forms of another year and non-forms are not ranked. */
class RanksTest {

    @Test
    void tiesSharePlacesAndFormsOfAnotherYearAreNotRanked(@TempDir Path dir) throws Exception {
        SampleForms.internationalAffairsOffice().render(dir); // 97.5, group A
        Path clean = SampleForms.bangKhaeDistrict().render(dir); // 96.3, group A
        Files.copy(clean, dir.resolve("bang-khae-resubmitted.xlsx")); // 96.3 again: a tie
        SampleForms.chatuchakDistrict().render(dir); // 96, group C
        SampleForms.Sample medical = SampleForms.medicalDepartment(); // 92.1, but for 2563
        new SampleForms.Sample("medical-2563.xlsx", medical.form().withFiscalYearBE(2563), medical.layout()).render(dir);
        Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        Consolidation c = new BatchRunner().run(RunSettings.defaults(List.of(dir), dir.resolve("out")), f -> { });

        Map<String, Rank> ranks = new LinkedHashMap<>();
        List<Rank> list = Reports.ranks(c);
        for (int i = 0; i < c.files().size(); i++) {
            ranks.put(c.files().get(i).file().name(), list.get(i));
        }
        assertThat(ranks).containsExactly(
                Map.entry("bang-khae-district.xlsx", new Rank(2, 2)),
                Map.entry("bang-khae-resubmitted.xlsx", new Rank(2, 2)),
                Map.entry("chatuchak-district.xls", new Rank(4, 1)),
                Map.entry("international-affairs-office.xlsx", new Rank(1, 1)),
                Map.entry("medical-2563.xlsx", Rank.NONE),
                Map.entry("notes.xlsx", Rank.NONE));
    }
}
