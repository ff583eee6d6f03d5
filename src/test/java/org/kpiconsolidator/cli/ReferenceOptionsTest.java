package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.testing.Cli;
import org.kpiconsolidator.testing.Cli.Run;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.testing.SampleReference;

/**
 * {@code consolidate --roster --agreements --policy --skip --severity}, run in-process as a user runs
 * it: a malformed file stops the run with exit 2 and one line naming its file, line and column.
 */
class ReferenceOptionsTest {

    @TempDir
    static Path dir;

    static Path forms;

    @BeforeAll
    static void folder() throws Exception {
        forms = Files.createDirectories(dir.resolve("forms"));
        SampleForms.bangKhaeDistrict().render(forms);
        SampleReference.writeRoster(dir.resolve("roster.csv"));
        SampleReference.writeAgreements(dir.resolve("agreements.csv"));
    }

    static Run consolidate(String... options) {
        List<String> args = new ArrayList<>(List.of("consolidate", forms.toString(), "--out", dir.resolve("out").toString()));
        args.addAll(List.of(options));
        return Cli.run(args);
    }

    static Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void sampleReferenceDataRunAndSkippedCodesDoNotFailTheRun() {
        Run run = consolidate("--roster", dir.resolve("roster.csv").toString(), "--agreements",
                dir.resolve("agreements.csv").toString());
        // Bang Khae is clean; every other roster unit sent nothing (MISSING_SUBMISSION).
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).isEmpty();
        Run warnings = consolidate("--roster", dir.resolve("roster.csv").toString(), "--skip", "MISSING_SUBMISSION");
        assertThat(warnings.exit()).as(warnings.err()).isEqualTo(ExitCodes.OK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # option       | file name         | file text                                                          | position
            --roster       | bad-roster.csv    | `unit_id,unit_name,aliases,group\\n50400000,สำนักงานเขตบางแค,,A\\n2,ข,,F\\n` | :3:4:
            --agreements   | bad-agreements.csv| `unit_id,component,indicator,name,weight,target_level,t1,t2,t3,t4,t5,interpolate,group\\n*,4,4,ก,ten,5,60,70,80,90,100,true,\\n` | :2:5:
            --policy       | bad-policy.txt    | `points = 60, 70, 80\\n`                                             | :1:10:
            """)
    void malformedFileExitsTwoNamingFileLineAndColumn(String option, String name, String text, String position)
            throws Exception {
        Path bad = file(name, text.replace("\\n", "\n"));
        Run run = consolidate(option, bad.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(bad + position).doesNotContain("Exception", "\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void agreementsNamingUnitsWithoutARosterAreNotedAndTheRunGoesOn() {
        Run run = consolidate("--agreements", dir.resolve("agreements.csv").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        // The first unit's own row follows the six common rows and the header.
        assertThat(run.err()).contains("note: " + dir.resolve("agreements.csv") + ":8:1:");
    }

    @Test
    void missingReferenceFileExitsTwo() {
        Run run = consolidate("--roster", dir.resolve("nowhere.csv").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(dir.resolve("nowhere.csv").toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --skip     | NO_SUCH_CODE
            --severity | SCORE_MISMATCH=fatal
            --severity | SCORE_MISMATCH
            """)
    void unknownCodesAndLevelsExitTwo(String option, String value) {
        Run run = consolidate(option, value);
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(option);
    }
}
