package org.kpiconsolidator.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rules}: prints the catalogue of finding codes. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = KpiCommand.Version.class,
        description = {"Lists every finding code with its default severity, what it is about (a cell, a file or the",
                "batch) and what it means. consolidate --skip and --severity take these codes."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar kpi-consolidator.jar rules",
                "  java -jar kpi-consolidator.jar rules --lang en",
                "",
                "Exit status: 0 listed; 2 usage error."})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", defaultValue = "th", description = "th or en. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Override
    public Integer call() {
        Language language;
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang must be th or en, not '" + lang + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Code code : Code.values()) {
            out.printf("%-24s %-8s %-6s %s%n", code.name(), code.defaultSeverity(),
                    code.scope().name().toLowerCase(java.util.Locale.ROOT), code.summary(language));
        }
        return ExitCodes.OK;
    }
}
