package org.kpiconsolidator.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.reference.ReferenceFileException;
import picocli.CommandLine.Option;

/**
 * {@code --roster} and {@code --agreements}, shared by {@code check} and {@code consolidate}: the
 * office's reference data, read once and checked with file, line and column errors.
 */
final class ReferenceOptions {

    @Option(names = "--roster", paramLabel = "FILE",
            description = "roster.csv (unit_id,unit_name,aliases,group): matches units by name or alias, gives their group.")
    Path roster;

    @Option(names = "--agreements", paramLabel = "FILE",
            description = "agreements.csv: the agreed indicators, weights and thresholds, scored as the rubric of record.")
    Path agreements;

    /** The files' data, or none; a malformed file is a usage error naming its line and column. */
    ReferenceData read() {
        try {
            return ReferenceData.read(Optional.ofNullable(roster), Optional.ofNullable(agreements));
        } catch (ReferenceFileException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
