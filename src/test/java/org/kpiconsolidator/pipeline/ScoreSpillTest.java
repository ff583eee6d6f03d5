package org.kpiconsolidator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.ReviewInputs;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.ScoreSpill;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.output.CsvReports;
import org.kpiconsolidator.output.workbook.ConsolidatedWorkbook;
import org.kpiconsolidator.reference.VerifiedResults;
import org.kpiconsolidator.reference.Waivers;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.testing.MixedBatch;
import org.kpiconsolidator.testing.SampleReference;
import org.kpiconsolidator.testing.WorkbookContents;
import org.kpiconsolidator.workbook.WorkbookReaders;

/**
 * Large batches write each form's score to a temporary file as soon as it is read and read it back
 * for the outputs (issue 7: a fixed heap whatever the number of forms). Nothing may change by it: the
 * same batch, spilled and held, gives equal scores (records compared field by field, decimals with
 * their scale), equal findings and the same outputs. The batch has every sample, drifted,
 * template-made and legacy .xls forms, the roster and agreements of record and verified results, so
 * every part of a score is written and read back.
 */
class ScoreSpillTest {

    @TempDir
    static Path dir;

    static Path input;
    static RunSettings settings;

    @BeforeAll
    static void batch() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        MixedBatch.render(input, 1);
        Files.writeString(input.resolve("broken.xlsx"), "not a workbook");
        Path verified = Files.writeString(dir.resolve("verified.csv"), """
                unit,component,indicator,level,value,reason,reviewer
                สำนักงานเขตบางแค,1,1,ระดับ 3,,หลักฐานไม่ครบ,ผู้ตรวจ
                """);
        Path reference = Files.createDirectories(dir.resolve("reference"));
        settings = new RunSettings(List.of(input), dir.resolve("out"), null, 2, FailOn.ERROR, Language.TH, true,
                ScoringPolicy.FY2564, SampleReference.load(reference), RuleSelection.ALL,
                RunSettings.DEFAULT_FILE_TIMEOUT,
                new ReviewInputs(Optional.empty(), Waivers.NONE, VerifiedResults.read(verified)));
    }

    private static Consolidation run(long heldBudget) throws Exception {
        return new BatchRunner(WorkbookReaders.standard(), heldBudget).run(settings, f -> { });
    }

    @Test
    void aSpilledBatchHasTheSameScoresFindingsAndOutputsAsAHeldOne() throws Exception {
        Consolidation held = run(Long.MAX_VALUE);
        Consolidation spilled = run(0);

        assertThat(held.files()).noneMatch(f -> f.stored().isSpilled());
        assertThat(spilled.files()).filteredOn(FileOutcome::isForm).hasSizeGreaterThan(8)
                .allMatch(f -> f.stored().isSpilled());
        assertThat(held.files().stream().flatMap(f -> f.score().stream())).as("verified results in the batch")
                .anyMatch(s -> s.hasVerified());
        assertSame(spilled, held);
    }

    @Test
    void aBatchOverItsBudgetHoldsTheScoresThatFitAndSpillsTheRest() throws Exception {
        Consolidation held = run(Long.MAX_VALUE);
        long all = held.files().stream().flatMap(f -> f.score().stream()).mapToLong(ScoreSpill::heapEstimate).sum();
        Consolidation mixed = run(all / 2);

        assertThat(mixed.files()).filteredOn(f -> f.stored().isPresent() && !f.stored().isSpilled()).isNotEmpty();
        assertThat(mixed.files()).filteredOn(f -> f.stored().isSpilled()).isNotEmpty();
        assertThat(mixed.files().stream().filter(f -> f.stored().isPresent() && !f.stored().isSpilled())
                .flatMap(f -> f.score().stream()).mapToLong(ScoreSpill::heapEstimate).sum())
                .isLessThanOrEqualTo(all / 2);
        assertSame(mixed, held);
    }

    /** Equal scores, findings, contacts, CSV files and workbook cells. */
    private static void assertSame(Consolidation spilled, Consolidation held) throws Exception {
        for (int i = 0; i < held.files().size(); i++) {
            FileOutcome h = held.files().get(i);
            FileOutcome s = spilled.files().get(i);
            assertThat(s.score()).as(h.file().name()).isEqualTo(h.score());
            assertThat(s.findings()).as(h.file().name()).isEqualTo(h.findings());
            assertThat(s.contacts()).isEqualTo(h.contacts());
        }
        assertThat(spilled.findings()).isEqualTo(held.findings());

        Path a = write(held, "held");
        Path b = write(spilled, "spilled-" + spilled.files().stream().filter(f -> f.stored().isSpilled()).count());
        for (String csv : List.of(CsvReports.DISCREPANCIES, CsvReports.INDICATORS, CsvReports.SUMMARY)) {
            assertThat(Files.readAllBytes(b.resolve(csv))).as(csv).isEqualTo(Files.readAllBytes(a.resolve(csv)));
        }
        assertThat(WorkbookContents.read(b.resolve(ConsolidatedWorkbook.FILE_NAME)))
                .isEqualTo(WorkbookContents.read(a.resolve(ConsolidatedWorkbook.FILE_NAME)));
    }

    private static Path write(Consolidation c, String name) throws Exception {
        Path out = dir.resolve(name);
        if (Files.exists(out)) {
            return out; // the held batch, written once for both tests
        }
        Files.createDirectories(out);
        CsvReports.writeAll(c, Language.TH, out);
        ConsolidatedWorkbook.write(c, settings, out);
        return out;
    }

    @Test
    void theSpillFileHasNoNameOnceOpen() throws Exception {
        assumeThat(System.getProperty("os.name")).doesNotStartWith("Windows"); // there it goes when closed
        Path folder = Files.createDirectories(dir.resolve("spill"));
        ScoreSpill spill = ScoreSpill.create(folder);
        try (var left = Files.list(folder)) {
            assertThat(left).as("nothing left behind, even by a killed run").isEmpty();
        }
        assertThat(spill).isNotNull(); // still open, still usable
    }
}
