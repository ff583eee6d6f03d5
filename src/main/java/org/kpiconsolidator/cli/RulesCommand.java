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
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every finding code with its default severity and what it means.")
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
            out.printf("%-24s %-8s %s%n", code.name(), code.defaultSeverity(), code.summary(language));
        }
        return ExitCodes.OK;
    }
}
