package org.kpiconsolidator.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.scoring.ScoringPolicy;

/**
 * Everything a consolidation run is told, as one immutable value built from the command line and
 * checked once.
 *
 * @param inputs folders (read recursively) and files
 * @param outputDir where the outputs go
 * @param fiscalYear the Buddhist Era year being consolidated; {@code null} to take the year most
 *     forms give
 * @param threads files read in parallel, at least 1
 * @param failOn the severity from which the exit status is 1
 * @param language the language of messages
 * @param includeContacts whether outputs carry the names and phone numbers of the people responsible
 * @param policy the fiscal year's scoring rules
 * @param reference the roster and agreements of record, when given
 * @param rules the codes reported and their severities
 * @param fileTimeout how long one file may take before it is abandoned as unreadable
 * @param review the earlier run, waivers and verified results of a review round
 */
public record RunSettings(List<Path> inputs, Path outputDir, Integer fiscalYear, int threads, FailOn failOn,
        Language language, boolean includeContacts, ScoringPolicy policy, ReferenceData reference,
        RuleSelection rules, Duration fileTimeout, ReviewInputs review) {

    /** The default per-file deadline: generous, as the largest files allowed take a few seconds. */
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(60);

    public RunSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(fileTimeout, "fileTimeout");
        Objects.requireNonNull(review, "review");
        if (fileTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("--file-timeout must be at least 1 second, got " + fileTimeout.toSeconds());
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input folder or file is needed");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (fiscalYear != null && (fiscalYear < 2400 || fiscalYear > 2700)) {
            throw new IllegalArgumentException("--year is a Buddhist Era year such as 2564, got " + fiscalYear);
        }
    }

    /** Settings of a first round: nothing to compare with, waive or verify. */
    public RunSettings(List<Path> inputs, Path outputDir, Integer fiscalYear, int threads, FailOn failOn,
            Language language, boolean includeContacts, ScoringPolicy policy, ReferenceData reference,
            RuleSelection rules, Duration fileTimeout) {
        this(inputs, outputDir, fiscalYear, threads, failOn, language, includeContacts, policy, reference, rules,
                fileTimeout, ReviewInputs.NONE);
    }

    /** Settings with reference data and rule selection, and the default per-file deadline. */
    public RunSettings(List<Path> inputs, Path outputDir, Integer fiscalYear, int threads, FailOn failOn,
            Language language, boolean includeContacts, ScoringPolicy policy, ReferenceData reference,
            RuleSelection rules) {
        this(inputs, outputDir, fiscalYear, threads, failOn, language, includeContacts, policy, reference, rules,
                DEFAULT_FILE_TIMEOUT);
    }

    /** Settings without reference data, every code at its default severity, with a per-file deadline. */
    public RunSettings(List<Path> inputs, Path outputDir, Integer fiscalYear, int threads, FailOn failOn,
            Language language, boolean includeContacts, ScoringPolicy policy, Duration fileTimeout) {
        this(inputs, outputDir, fiscalYear, threads, failOn, language, includeContacts, policy, ReferenceData.NONE,
                RuleSelection.ALL, fileTimeout);
    }

    /** Settings without reference data, every code at its default severity, the default deadline. */
    public RunSettings(List<Path> inputs, Path outputDir, Integer fiscalYear, int threads, FailOn failOn,
            Language language, boolean includeContacts, ScoringPolicy policy) {
        this(inputs, outputDir, fiscalYear, threads, failOn, language, includeContacts, policy, DEFAULT_FILE_TIMEOUT);
    }

    /** Settings for one run with the defaults of SPEC 5. */
    public static RunSettings defaults(List<Path> inputs, Path outputDir) {
        return new RunSettings(inputs, outputDir, null, Runtime.getRuntime().availableProcessors(), FailOn.ERROR,
                Language.TH, false, ScoringPolicy.FY2564);
    }
}
