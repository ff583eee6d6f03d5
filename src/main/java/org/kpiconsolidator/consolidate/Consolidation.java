package org.kpiconsolidator.consolidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Severity;

/**
 * The result of a run: every file's outcome (batch findings included), the findings about the batch
 * itself, and the year consolidated.
 */
public record Consolidation(Integer fiscalYear, List<FileOutcome> files, List<Finding> batchFindings) {

    public Consolidation {
        files = List.copyOf(files);
        batchFindings = List.copyOf(batchFindings);
    }

    /** Every finding, in log order (file, sheet, row, column, code), in a list that cannot be changed. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(batchFindings);
        for (FileOutcome f : files) {
            all.addAll(f.findings());
        }
        // On every core; a stable sort, as List.sort is, so equal findings keep the files' order.
        Finding[] sorted = all.toArray(new Finding[0]);
        Arrays.parallelSort(sorted, Finding.LOG_ORDER);
        return Collections.unmodifiableList(Arrays.asList(sorted));
    }

    /** Number of findings of a severity that count: waived findings do not. */
    public long count(Severity severity) {
        return unordered().filter(f -> f.counts(severity)).count();
    }

    /** Number of findings the office waived. */
    public long waived() {
        return unordered().filter(Finding::isWaived).count();
    }

    /**
     * Every finding in no particular order, for counting and tallies: sorting a hundred thousand
     * findings for each took seconds. {@link #findings()} gives the log's order.
     */
    public Stream<Finding> unordered() {
        return Stream.concat(batchFindings.stream(), files.stream().flatMap(f -> f.findings().stream()));
    }
}
