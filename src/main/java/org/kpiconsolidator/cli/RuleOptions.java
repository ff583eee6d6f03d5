package org.kpiconsolidator.cli;

import java.util.List;
import org.kpiconsolidator.config.RuleSelection;
import picocli.CommandLine.Option;

/**
 * {@code --skip} and {@code --severity}, shared by {@code check} and {@code consolidate}: an office
 * that reports a code otherwise, or not at all, can give its units the same options for their own
 * check.
 */
final class RuleOptions {

    @Option(names = "--skip", paramLabel = "CODE[,CODE...]", description = "Finding codes to leave out: of the outputs, the counts and the exit status.")
    List<String> skip = List.of();

    @Option(names = "--severity", paramLabel = "CODE=LEVEL", split = ",",
            description = "Report a code at another severity for this run (error, warning or info).")
    List<String> severity = List.of();

    /** The selection the options give; a code or level that does not read is a usage error. */
    RuleSelection selection() {
        try {
            return RuleSelection.parse(skip, severity);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
