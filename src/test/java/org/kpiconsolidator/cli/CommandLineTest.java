package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpiconsolidator.testing.Cli;
import org.kpiconsolidator.testing.Cli.Run;
import org.kpiconsolidator.testing.SampleForms;

/**
 * The command line of SPEC 5, in-process: help with examples and the version for every command,
 * usage errors and failures as one line with their exit status, {@code --quiet}, and the run's log.
 */
class CommandLineTest {

    @TempDir
    static Path dir;

    static Path forms;

    @BeforeAll
    static void folder() throws Exception {
        forms = Files.createDirectories(dir.resolve("forms"));
        SampleForms.bangBonDistrict().render(forms);
    }

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"", "consolidate", "check", "template", "rules"})
    void everyCommandHasHelpWithExamples(String command) {
        Run run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).containsPattern("(?m)^Examples?:$").contains("java -jar kpi-consolidator.jar");
    }

    @ParameterizedTest(name = "{0} --version")
    @ValueSource(strings = {"", "consolidate", "check", "template", "rules"})
    void everyCommandTellsItsVersion(String command) {
        Run run = command.isEmpty() ? Cli.run("--version") : Cli.run(command, "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).startsWith("kpi-consolidator ");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = Cli.run("consolidate", forms.toString(), "--out", dir.resolve("x").toString(), "--frobnicate");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("kpi-consolidator: ").contains("--frobnicate").doesNotContain("Exception");
    }

    @Test
    void aMissingInputFolderExitsTwoInOneLine() {
        Run run = Cli.run("consolidate", dir.resolve("no-such-folder").toString(), "--out",
                dir.resolve("y").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("kpi-consolidator: ").contains("no-such-folder");
        assertThat(dir.resolve("y")).doesNotExist();
    }

    @Test
    void anOutputFolderThatCannotBeCreatedExitsThreeInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Run run = Cli.run("consolidate", forms.toString(), "--out", file.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("kpi-consolidator: ").contains("a-file").doesNotContain("Exception");
    }

    @Test
    void quietAndVerboseTogetherIsAUsageError() {
        Run run = Cli.run("consolidate", forms.toString(), "--out", dir.resolve("z").toString(), "--quiet",
                "--verbose");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void quietPrintsNothingAndTheExitStatusTells() {
        Run run = Cli.run("consolidate", forms.toString(), "--out", dir.resolve("quiet").toString(), "--quiet");
        // Bang Bon's only finding is a warning (MISSING_EXPLANATION).
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        Run failing = Cli.run("consolidate", forms.toString(), "--out", dir.resolve("quiet").toString(), "--quiet",
                "--fail-on", "warning");
        assertThat(failing.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(failing.out()).isEmpty();
    }

    @Test
    void theSummarySaysWhatWasReadFoundAndWritten() {
        Run run = Cli.run("consolidate", forms.toString(), "--out", dir.resolve("summary").toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Files read: 1 (1 forms of 1 units", "0 errors, 1 warnings",
                "MISSING_EXPLANATION 1", "review.csv", "run.log");
    }

    @Test
    void theRunsLogListsEveryFileAndIsReplacedWithTheOutputs() throws Exception {
        Path out = dir.resolve("logged");
        Cli.run("consolidate", forms.toString(), "--out", out.toString());
        List<String> log = Files.readAllLines(out.resolve("run.log"));
        assertThat(log).anyMatch(l -> l.contains("bang-bon-district.xlsx: OK"));
        assertThat(Files.readAllLines(out.resolve(".kpi-consolidator-outputs"))).contains("run.log", "review.csv");
        // A second run replaces the log with its own.
        SampleForms.bangKhaeDistrict().render(forms);
        try {
            Cli.run("consolidate", forms.toString(), "--out", out.toString());
            assertThat(Files.readAllLines(out.resolve("run.log")))
                    .anyMatch(l -> l.contains("bang-khae-district.xlsx: OK"))
                    .filteredOn(l -> l.contains("consolidate [")).hasSize(1);
        } finally {
            Files.delete(forms.resolve("bang-khae-district.xlsx"));
        }
    }
}
