package org.kpiconsolidator.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.scoring.Scorer;
import org.kpiconsolidator.scoring.ScoringPolicy;

/** A year's scoring policy from a settings file: next year's rules are a file, not a code change. */
class PolicyFileTest {

    @TempDir
    Path dir;

    Path write(String text) throws IOException {
        Path file = dir.resolve("policy.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theFy2564FileIsTheBuiltInPolicy() throws Exception {
        ScoringPolicy read = PolicyFile.read(write("""
                # FY2564 (SPEC 3)
                points = 60, 70, 80, 90, 100
                floor_at_level_one = true
                interpolate_by_default = false
                comparison_decimals = 2
                division_decimals = 10
                """));
        assertThat(read).isEqualTo(ScoringPolicy.FY2564);
        assertThat(PolicyFile.read(write("# nothing changes\n"))).isEqualTo(ScoringPolicy.FY2564);
    }

    @Test
    void anotherYearsPointsAndFloorScoreDifferently() throws Exception {
        ScoringPolicy next = PolicyFile.read(write("points: 50 65 80 90 100\nfloor_at_level_one=false\n"
                + "comparison_decimals = ๑\n"));
        Scorer scorer = new Scorer(next);
        assertThat(scorer.score(new Result.Level(2), null, BigDecimal.TEN).orElseThrow().score())
                .isEqualByComparingTo("65");
        assertThat(scorer.score(new Result.Level(0), null, BigDecimal.TEN).orElseThrow().score())
                .isEqualByComparingTo("0");
        assertThat(next.same(new BigDecimal("84.44"), new BigDecimal("84.36"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # case                   | file text                                              | line | column
            unknown setting          | `# policy\\npoints = 60,70,80,90,100\\npointz = 1\\n`   | 3    | 1
            no separator             | `\\n  floor_at_level_one true\\n`                      | 2    | 3
            not a boolean            | `floor_at_level_one = yes\\n`                          | 1    | 22
            four points              | `points = 60, 70, 80, 90\\n`                           | 1    | 10
            points not rising        | `points = 60, 70, 70, 90, 100\\n`                      | 1    | 10
            points not numbers       | `points = 60, 70, แปดสิบ, 90, 100\\n`                  | 1    | 10
            decimals out of range    | `comparison_decimals = 11\\n`                          | 1    | 23
            set twice                | `comparison_decimals = 2\\ncomparison_decimals = 3\\n` | 2    | 1
            division under comparison| `comparison_decimals = 4\\ndivision_decimals = 3\\n`   | 2    | 1
            """)
    void malformedPolicyIsAnErrorAtItsLineAndColumn(String name, String text, int line, int column) throws Exception {
        Path file = write(text.replace("\\n", "\n"));
        assertThatThrownBy(() -> PolicyFile.read(file)).isInstanceOfSatisfying(ReferenceFileException.class, e -> {
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
            assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
            assertThat(e.getMessage()).startsWith(file + ":" + line + ":" + column + ": ");
        });
    }
}
