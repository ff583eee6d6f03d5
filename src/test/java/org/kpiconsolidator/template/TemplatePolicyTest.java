package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.cli.ExitCodes;
import org.kpiconsolidator.testing.Cli;
import org.kpiconsolidator.testing.Cli.Run;

/**
 * Next year's rules are a file, not a code change: {@code template --policy} writes formulas that
 * score by the file, a unit's {@code check --policy} finds nothing on a form those formulas filled
 * in, and {@code consolidate --policy} recomputes the totals the form shows. Without the file, the
 * same form is checked by FY2564 and its scores are wrong.
 */
class TemplatePolicyTest {

    /** Unequal steps and no floor: below level 1 scores nothing. */
    static final String POLICY = """
            points = 50, 60, 75, 90, 100
            floor_at_level_one = false
            """;

    @TempDir
    Path dir;

    @Test
    void aFormMadeFromNextYearsPolicyPassesTheCheckByThatPolicyAndAddsUpByIt() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy-2565.txt"), POLICY, StandardCharsets.UTF_8);
        Run template = Cli.run("template", "--out", dir.resolve("templates").toString(), "--year", "2565",
                "--policy", policy.toString());
        assertThat(template.exit()).as(template.err()).isEqualTo(ExitCodes.OK);
        Path blank = Path.of(template.out().strip());
        Path filled;
        try (FormFiller form = FormFiller.open(blank)) {
            TemplateForms.fillChatuchak(form);
            filled = form.saveEvaluated(dir.resolve("filled.xlsx"));
        }

        // Level 3 is 75 (15 x 0.75 = 11.25); below level 1 is 0 (indicators 4 and 5.2); 78 on 65..85
        // is 75 + 15 x 3/5 = 84 (8.4): 25 + 11.25 + 18 + 0 + 9.5 + 8.4 + 0 = 72.15, where FY2564 gives 85.1.
        assertThat(TemplateRoundTripTest.templateTotals(filled).get("total")).isEqualByComparingTo("72.15");

        Run check = Cli.run("check", filled.toString(), "--fail-on", "warning", "--policy", policy.toString());
        assertThat(check.exit()).as(check.out() + check.err()).isEqualTo(ExitCodes.OK);

        Run byDefault = Cli.run("check", filled.toString());
        assertThat(byDefault.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(byDefault.out()).contains("SCORE_MISMATCH");

        Path out = dir.resolve("out");
        Run consolidate = Cli.run("consolidate", filled.toString(), "--out", out.toString(), "--policy",
                policy.toString(), "--fail-on", "warning");
        assertThat(consolidate.exit()).as(consolidate.err()).isEqualTo(ExitCodes.OK);
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).hasSize(2);
        assertThat(summary.get(1)).endsWith(",OK,72.15,72.15,0,0");
    }

    @Test
    void aTemplateForAnotherYearWithoutAPolicySaysWhoseRulesItsFormulasFollow() {
        Run other = Cli.run("template", "--out", dir.resolve("2565").toString(), "--year", "2565");
        Run same = Cli.run("template", "--out", dir.resolve("2564").toString());

        assertThat(other.exit()).isEqualTo(ExitCodes.OK);
        assertThat(other.err()).contains("note:", "FY2564", "--policy");
        assertThat(same.exit()).isEqualTo(ExitCodes.OK);
        assertThat(same.err()).isEmpty();
    }

    @Test
    void aMalformedPolicyFileStopsTemplateAndCheckNamingItsLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad-policy.txt"), "points = 60, 70, 80\n", StandardCharsets.UTF_8);

        Run template = Cli.run("template", "--out", dir.resolve("templates").toString(), "--policy", bad.toString());
        Run check = Cli.run("check", Path.of("samples", "bang-khae-district.xlsx").toString(), "--policy",
                bad.toString());

        for (Run run : List.of(template, check)) {
            assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(bad + ":1:10:").doesNotContain("Exception");
        }
        assertThat(dir.resolve("templates")).doesNotExist();
    }
}
