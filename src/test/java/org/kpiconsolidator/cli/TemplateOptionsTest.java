package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.testing.Cli;
import org.kpiconsolidator.testing.Cli.Run;

/**
 * {@code template}'s options run in-process as a user runs them: a mistake exits 2 with one line
 * saying what to fix, writes no form, and shows no stack trace.
 */
class TemplateOptionsTest {

    static final String ROSTER = "samples/roster.csv";
    static final String AGREEMENTS = "samples/agreements.csv";

    @TempDir
    Path dir;

    Run template(String... options) {
        List<String> args = new ArrayList<>(List.of("template", "--out", dir.resolve("forms").toString()));
        args.addAll(List.of(options));
        return Cli.run(args);
    }

    void assertUsageError(Run run, String... mentions) {
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("kpi-consolidator: ").contains(mentions).doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("forms")).as("no form is written").doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --roster     | samples/roster.csv     | --roster needs --agreements
            --agreements | samples/agreements.csv | --agreements needs --roster
            """)
    void oneReferenceFileWithoutTheOtherIsAUsageError(String option, String file, String message) {
        assertUsageError(template(option, file), message);
    }

    @Test
    void aMalformedAgreementsFileIsAUsageErrorAtItsLineAndColumn() throws Exception {
        Path bad = Files.writeString(dir.resolve("agreements.csv"), "unit_id,component,indicator,name,weight,"
                + "target_level,t1,t2,t3,t4,t5,interpolate,group\n*,4,4,ก,10,5,60,70,80,90,100,maybe,\n",
                StandardCharsets.UTF_8);

        assertUsageError(template("--roster", ROSTER, "--agreements", bad.toString()), bad + ":2:12: ");
    }

    @Test
    void aMissingRosterIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("nowhere.csv");

        assertUsageError(template("--roster", missing.toString(), "--agreements", AGREEMENTS), missing.toString());
    }

    /** Indicators sharing the rubric table of component 1, one interpolated and one in steps. */
    @Test
    void agreementsNoFormCanHoldAreAUsageErrorAtTheirLineAndNoFormIsWritten() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(AGREEMENTS), StandardCharsets.UTF_8));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("50260000,1,2,")) {
                lines.set(i, lines.get(i).replace(",false,", ",true,"));
                line = i + 1;
            }
        }
        Path conflicting = Files.write(dir.resolve("agreements.csv"), lines, StandardCharsets.UTF_8);

        assertUsageError(template("--roster", ROSTER, "--agreements", conflicting.toString()),
                conflicting + ":" + line + ": ");
    }

    @Test
    void aYearThatIsNoBuddhistEraYearIsAUsageError() {
        assertUsageError(template("--year", "1999"), "--year");
        Run notANumber = template("--year", "abc");
        assertThat(notANumber.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(notANumber.err()).contains("--year").doesNotContain("\tat ");
    }

    @Test
    void theBlankFormOfAnotherYearIsNamedByItsYear() {
        Run run = template("--year", "2565");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("forms").resolve("report-form-2565.xlsx")).isRegularFile();
    }

    @Test
    void anOutputFolderThatCannotBeCreatedExitsThree() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        StringWriter err = new StringWriter();

        int exit = KpiCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("template", "--roster", ROSTER, "--agreements", AGREEMENTS, "--out",
                        file.resolve("forms").toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains(file.resolve("forms").toString()).doesNotContain("\tat ");
    }
}
