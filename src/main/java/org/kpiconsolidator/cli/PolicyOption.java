package org.kpiconsolidator.cli;

import java.nio.file.Path;
import org.kpiconsolidator.reference.PolicyFile;
import org.kpiconsolidator.reference.ReferenceFileException;
import org.kpiconsolidator.scoring.ScoringPolicy;
import picocli.CommandLine.Option;

/**
 * {@code --policy}, shared by every command that scores or writes the formulas that score: the
 * fiscal year's scoring policy as a settings file, so that next year's template, a unit's
 * {@code check} and the office's {@code consolidate} all follow the same rules.
 */
final class PolicyOption {

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Scoring policy of the year (points per level, floor rule, interpolation default, precision). "
                    + "Default: FY2564.")
    Path file;

    /** The policy the file gives, or FY2564's; a malformed file is a usage error naming its line and column. */
    ScoringPolicy policy() {
        if (file == null) {
            return ScoringPolicy.FY2564;
        }
        try {
            return PolicyFile.read(file);
        } catch (ReferenceFileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The file as given, for run.json; {@code null} without one. */
    String given() {
        return file == null ? null : file.toString();
    }
}
