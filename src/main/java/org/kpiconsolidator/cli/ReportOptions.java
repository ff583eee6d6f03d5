package org.kpiconsolidator.cli;

import java.util.Locale;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.finding.Language;
import picocli.CommandLine.Option;

/**
 * {@code --lang} and {@code --fail-on}, shared by {@code check} and {@code consolidate}: the
 * language of the findings' messages, and the severity from which the exit status is 1.
 */
final class ReportOptions {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "th",
            description = "Language of messages: th or en. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "error, warning or never: the severity from which the exit status is 1. Default: ${DEFAULT-VALUE}.")
    String failOn;

    Language language() {
        try {
            return Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang must be th or en, not '" + lang + "'");
        }
    }

    FailOn failOn() {
        try {
            return FailOn.valueOf(failOn.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on must be error, warning or never, not '" + failOn + "'");
        }
    }
}
