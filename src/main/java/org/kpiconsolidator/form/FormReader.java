package org.kpiconsolidator.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.locate.BlockLocator;
import org.kpiconsolidator.locate.BlockRegion;
import org.kpiconsolidator.locate.SheetText;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.workbook.SheetGrid;
import org.kpiconsolidator.workbook.WorkbookGrid;

/**
 * Maps a workbook's grids to a {@link Submission}: every visible sheet, in workbook order, every
 * block top to bottom. Hidden sheets are not read (an old draft often hides there) and each gets a
 * HIDDEN_SHEET_SKIPPED finding. A workbook with no block yields no submission; the caller reports
 * FORM_NOT_RECOGNIZED.
 */
public final class FormReader {

    public FormReading read(WorkbookGrid workbook) {
        List<Finding> findings = new ArrayList<>();
        List<FormBlock> blocks = new ArrayList<>();
        List<String> drift = new ArrayList<>();
        Optional<String> template = Templates.versionOf(workbook);
        boolean fromTemplate = template.isPresent();
        for (SheetGrid sheet : workbook.sheets()) {
            if (sheet.hidden()) {
                if (sheet.rowCount() > 0) {
                    findings.add(Finding.of(Code.HIDDEN_SHEET_SKIPPED).at(sheet.ref(0, 0)).detail(sheet.name()).build());
                }
                continue;
            }
            if (!BlockLocator.hasAnchor(sheet)) {
                continue; // no block on it: not worth normalising
            }
            SheetText text = new SheetText(sheet);
            for (BlockRegion region : BlockLocator.locate(text)) {
                BlockReader.read(region, fromTemplate).ifPresent(reading -> {
                    blocks.add(reading.block());
                    findings.addAll(reading.findings());
                    drift.addAll(reading.drift());
                });
            }
        }
        Optional<Submission> submission = blocks.isEmpty() ? Optional.empty() : Optional.of(new Submission(blocks));
        return new FormReading(submission, findings, template, drift);
    }
}
