package org.kpiconsolidator.output.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.review.ReviewRound;

/**
 * What every sheet writer needs: the run, the workbook being written, its look and words, the run's
 * review round (marks against the earlier run, waivers), and the defined names the sheets leave to
 * be set in sheet order.
 */
record Book(Consolidation run, RunSettings settings, StreamedWorkbook workbook, Styles styles, Labels labels,
        Notes notes, Places places, ReviewRound review, SheetNames names) {

    Language language() {
        return settings.language();
    }

    /** A streamed sheet, created beforehand in the workbook's order. */
    Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new IllegalStateException("sheet not created beforehand: " + name);
        }
        return sheet;
    }

    /** A sheet's title with the fiscal year, for its band and its printed pages. */
    String title(String key) {
        return run.fiscalYear() == null ? labels.get(key) : labels.get(key) + " " + labels.get("year", run.fiscalYear());
    }
}
