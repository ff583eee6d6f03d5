package org.kpiconsolidator.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.finding.Severity;

/** The one line a {@code consolidate} run ends with: files, units, errors, warnings, seconds, files per second. */
final class RunSummary {

    private RunSummary() {
    }

    static String line(Consolidation c, double seconds, Path outDir) {
        long units = c.files().stream().filter(FileOutcome::isForm).map(FileOutcome::unitKey).filter(k -> !k.isEmpty()).distinct()
                .count();
        int files = c.files().size();
        return String.format(Locale.ROOT, "%d files, %d units, %d errors, %d warnings, %.1f s, %.1f files/s -> %s",
                files, units, c.count(Severity.ERROR), c.count(Severity.WARNING), seconds,
                seconds > 0 ? files / seconds : 0.0, outDir);
    }
}
