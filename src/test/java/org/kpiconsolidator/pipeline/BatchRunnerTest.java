package org.kpiconsolidator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.testing.SampleForms;

/** A batch with good and bad files: one bad file never stops the others. */
class BatchRunnerTest {

    @TempDir
    static Path input;

    @BeforeAll
    static void folder() throws Exception {
        SampleForms.internationalAffairsOffice().render(input);
        Path nested = Files.createDirectories(input.resolve("district/late"));
        SampleForms.bangKhaeDistrict().render(nested);
        Files.writeString(input.resolve("garbage.xlsx"), "this is not a workbook");
        Files.write(input.resolve("truncated.xlsx"),
                java.util.Arrays.copyOf(Files.readAllBytes(input.resolve("international-affairs-office.xlsx")), 2000));
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(input.resolve("budget.xlsx"))) {
            wb.createSheet("งบประมาณ").createRow(0).createCell(0).setCellValue("รายการ");
            wb.write(out);
        }
        Files.writeString(input.resolve("evidence.pdf"), "%PDF-1.4");
        Files.writeString(input.resolve("~$international-affairs-office.xlsx"), "lock");
    }

    static Consolidation run(int threads) throws Exception {
        RunSettings settings = new RunSettings(List.of(input), input.resolve("out"), null, threads, FailOn.ERROR,
                Language.TH, false, ScoringPolicy.FY2564);
        return new BatchRunner().run(settings, f -> { });
    }

    @Test
    void everyFileEndsAsAFormOrOneClearFinding() throws Exception {
        Consolidation c = run(2);
        assertThat(c.files()).extracting(f -> f.file().name(), FileOutcome::readStatus).containsExactly(
                tuple("budget.xlsx", FileStatus.NOT_A_FORM),
                tuple("district/late/bang-khae-district.xlsx", FileStatus.OK),
                tuple("evidence.pdf", FileStatus.SKIPPED),
                tuple("garbage.xlsx", FileStatus.UNREADABLE),
                tuple("international-affairs-office.xlsx", FileStatus.OK),
                tuple("truncated.xlsx", FileStatus.UNREADABLE),
                tuple("~$international-affairs-office.xlsx", FileStatus.SKIPPED));
        assertThat(findings(c, "garbage.xlsx")).extracting(Finding::code).containsExactly(Code.FILE_UNREADABLE);
        assertThat(findings(c, "truncated.xlsx")).extracting(Finding::code).containsExactly(Code.FILE_UNREADABLE);
        assertThat(findings(c, "budget.xlsx")).extracting(Finding::code).containsExactly(Code.FORM_NOT_RECOGNIZED);
        assertThat(findings(c, "evidence.pdf")).extracting(Finding::code).containsExactly(Code.FILE_SKIPPED);
        assertThat(findings(c, "district/late/bang-khae-district.xlsx")).isEmpty();
        assertThat(findings(c, "international-affairs-office.xlsx")).extracting(Finding::code)
                .doesNotContain(Code.FILE_UNREADABLE, Code.FORM_NOT_RECOGNIZED);
        assertThat(c.fiscalYear()).isEqualTo(2564);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        assertThat(run(2).findings()).isEqualTo(run(1).findings());
    }

    @Test
    void formsOfAnotherYearAreReported() throws Exception {
        RunSettings settings = new RunSettings(List.of(input), input.resolve("out"), 2565, 1, FailOn.ERROR,
                Language.TH, false, ScoringPolicy.FY2564);
        Consolidation c = new BatchRunner().run(settings, f -> { });
        assertThat(c.findings()).filteredOn(f -> f.code() == Code.FISCAL_YEAR_MISMATCH)
                .extracting(Finding::file, Finding::stated, Finding::expected).containsExactlyInAnyOrder(
                        tuple("international-affairs-office.xlsx", "2564", "2565"),
                        tuple("district/late/bang-khae-district.xlsx", "2564", "2565"));
    }

    @Test
    void twoFilesOfOneUnitAreBothListedAsDuplicates(@TempDir Path dir) throws Exception {
        SampleForms.bangKhaeDistrict().render(dir);
        Files.copy(dir.resolve("bang-khae-district.xlsx"), dir.resolve("bang-khae-resubmitted.xlsx"));
        RunSettings settings = RunSettings.defaults(List.of(dir), dir.resolve("out"));
        Consolidation c = new BatchRunner().run(settings, f -> { });
        assertThat(c.findings()).filteredOn(f -> f.code() == Code.DUPLICATE_SUBMISSION)
                .extracting(Finding::file, Finding::detail).containsExactly(
                        tuple("bang-khae-district.xlsx", "bang-khae-resubmitted.xlsx"),
                        tuple("bang-khae-resubmitted.xlsx", "bang-khae-district.xlsx"));
    }

    private static List<Finding> findings(Consolidation c, String file) {
        return c.findings().stream().filter(f -> f.file().equals(file)).toList();
    }
}
