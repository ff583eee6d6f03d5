package org.kpiconsolidator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.template.StandardForm;
import org.kpiconsolidator.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code template}: writes the blank report form units fill in. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = KpiCommand.Version.class,
        description = {"Writes the blank FY2564 report form: protected sheets, yellow input cells with dropdowns,",
                "and formulas that compute every score, subtotal and total as the consolidator does."},
        footerHeading = "%nExample:%n",
        footer = {"  java -jar kpi-consolidator.jar template --out templates",
                "",
                "Exit status: 0 written; 2 usage error; 3 the file could not be written."})
public final class TemplateCommand implements Callable<Integer> {

    /** The fiscal year whose rules the built-in scoring policy holds. */
    private static final int FISCAL_YEAR = 2564;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder for the template (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() {
        Path written;
        try {
            written = new TemplateWriter(ScoringPolicy.FY2564).write(StandardForm.blank(FISCAL_YEAR), out);
        } catch (IOException | SecurityException e) {
            spec.commandLine().getErr().println("kpi-consolidator: cannot write the template to " + out + ": "
                    + e.getMessage());
            return ExitCodes.FAILED;
        }
        spec.commandLine().getOut().println(written);
        return ExitCodes.OK;
    }
}
