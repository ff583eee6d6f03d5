package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.cli.ExitCodes;
import org.kpiconsolidator.cli.KpiCommand;

/**
 * {@code templates/report-form-2564.xlsx} is what the {@code template} command writes today: same
 * sheets, cells, formulas, locks, fills, merges, validations, protection and version marker.
 */
class CommittedTemplateTest {

    static final Path COMMITTED = Path.of("templates", "report-form-2564.xlsx");

    @TempDir
    Path dir;

    @Test
    void committedTemplateMatchesAFreshOne() throws IOException {
        StringWriter out = new StringWriter();
        int exit = KpiCommand.commandLine(new PrintWriter(out, true), new PrintWriter(out, true))
                .execute("template", "--out", dir.toString());

        assertThat(exit).as(out.toString()).isEqualTo(ExitCodes.OK);
        assertThat(WorkbookDescription.of(COMMITTED))
                .as("templates/report-form-2564.xlsx is out of date: regenerate it with"
                        + " 'java -jar target/kpi-consolidator.jar template --out templates'")
                .containsExactlyElementsOf(WorkbookDescription.of(dir.resolve("report-form-2564.xlsx")));
    }
}
