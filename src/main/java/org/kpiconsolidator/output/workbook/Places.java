package org.kpiconsolidator.output.workbook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.scoring.IndicatorScore;

/**
 * Where each file's rows land in the summary, indicators and files sheets, worked out before any
 * sheet is written so that the discrepancies sheet can link to rows of sheets written earlier or
 * later. Holds a few integers per file, never the rows themselves.
 */
final class Places {

    /** A cell of another sheet a row links to. */
    record Target(String sheet, int row, int column) {
    }

    private final List<FileOutcome> files;
    private final Map<String, Integer> byName = new HashMap<>();
    private final int[] summaryRow;
    private final int[] indicatorStart;

    Places(Consolidation c) {
        files = c.files();
        summaryRow = new int[files.size()];
        indicatorStart = new int[files.size()];
        Arrays.fill(summaryRow, -1);
        int summary = Table.HEADER_ROWS;
        int indicators = Table.HEADER_ROWS;
        for (int i = 0; i < files.size(); i++) {
            FileOutcome f = files.get(i);
            byName.putIfAbsent(f.file().name(), i);
            if (f.readStatus() != FileStatus.SKIPPED) {
                summaryRow[i] = summary++;
            }
            indicatorStart[i] = indicators;
            indicators += f.stored().indicatorCount();
        }
    }

    /** Whether a file has a row in the summary sheet (skipped files have none). */
    static boolean inSummary(FileOutcome f) {
        return f.readStatus() != FileStatus.SKIPPED;
    }

    /** The row of a file in the files sheet: every file has one, in file order. */
    int filesRow(int fileIndex) {
        return Table.HEADER_ROWS + fileIndex;
    }

    /**
     * The cell a finding is best read at: its indicator's row (at the highlighted cell) for a
     * finding about an indicator; the first row of its component for a finding about a component;
     * the file's summary row (or files row, for a skipped file) for a finding about a file; empty
     * for a finding about the batch.
     */
    Optional<Target> of(Finding f) {
        Integer index = byName.get(f.file());
        if (index == null) {
            return Optional.empty();
        }
        FileOutcome file = files.get(index);
        if (file.isForm() && !f.component().isEmpty()) {
            List<IndicatorScore> indicators = file.score().orElseThrow().indicators();
            int componentRow = -1;
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorScore s = indicators.get(i);
                if (!s.component().equals(f.component())) {
                    continue;
                }
                if (s.indicator().number().equals(f.indicator())) {
                    return Optional.of(new Target(IndicatorSheet.NAME, indicatorStart[index] + i,
                            IndicatorSheet.columnFor(f, s.indicator().results())));
                }
                if (componentRow < 0) {
                    componentRow = indicatorStart[index] + i;
                }
            }
            if (componentRow >= 0) {
                return Optional.of(new Target(IndicatorSheet.NAME, componentRow, IndicatorSheet.COMPONENT));
            }
        }
        if (summaryRow[index] >= 0) {
            return Optional.of(new Target(SummarySheet.NAME, summaryRow[index], SummarySheet.FILE));
        }
        return Optional.of(new Target(FileSheet.NAME, filesRow(index), FileSheet.FILE));
    }
}
