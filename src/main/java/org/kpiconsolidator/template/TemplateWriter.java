package org.kpiconsolidator.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpiconsolidator.output.AtomicFile;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.template.BlockSheetWriter.Totals;

/**
 * Writes a report-form template: an instructions sheet, the unit's totals, then one sheet per block
 * laid out like the real submitted form. Inputs are coloured and unlocked with data validation;
 * scores, weighted scores, subtotals, levels and totals are formulas from the scoring policy; every
 * sheet is protected without a password. The workbook's custom document property
 * {@value #VERSION_PROPERTY} names the template version, so the reader can tell a form made from it.
 */
public final class TemplateWriter {

    /** Name of the custom document property that marks a workbook made from this template. */
    public static final String VERSION_PROPERTY = "kpi-consolidator.template";
    /** Revision of the layout; bumped whenever a cell moves. */
    static final int LAYOUT_REVISION = 1;

    private final ScoringPolicy policy;

    public TemplateWriter(ScoringPolicy policy) {
        this.policy = policy;
    }

    /** The version marker of a fiscal year's template: {@code report-form-2564/1}. */
    public static String version(int fiscalYear) {
        return "report-form-" + fiscalYear + "/" + LAYOUT_REVISION;
    }

    /**
     * Writes {@code content} to {@code dir/}{@link TemplateContent#fileName()} through a temporary file,
     * so a crash never leaves half a template. Where the file system cannot spell the unit's name, the
     * file is named by the unit id alone ({@link TemplateContent#idOnlyFileName()}).
     *
     * @return the file written
     * @throws IOException when the folder or file cannot be written, or the name cannot be spelled at all
     */
    public Path write(TemplateContent content, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target;
        try {
            target = dir.resolve(content.fileName());
        } catch (InvalidPathException e) {
            target = dir.resolve(content.idOnlyFileName().orElseThrow(() -> new IOException(
                    "the file system cannot spell the file name " + content.fileName())));
        }
        AtomicFile.write(target, out -> writeTo(content, out));
        return target;
    }

    /** Writes the workbook to a stream. */
    public void writeTo(TemplateContent content, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = build(content)) {
            workbook.write(out);
        }
    }

    private XSSFWorkbook build(TemplateContent content) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        TemplateStyles styles = new TemplateStyles(workbook);
        Formulas formulas = new Formulas(policy);
        SheetCursor guide = new SheetCursor(workbook.createSheet(GuideSheets.INSTRUCTIONS), styles);
        SheetCursor totalsSheet = new SheetCursor(workbook.createSheet(GuideSheets.TOTALS), styles);
        // Every sheet exists before any formula names it.
        List<XSSFSheet> blockSheets = new ArrayList<>();
        for (TemplateBlock block : content.blocks()) {
            blockSheets.add(workbook.createSheet(block.sheetName()));
        }
        String unitCell = null;
        List<Totals> totals = new ArrayList<>();
        for (int i = 0; i < content.blocks().size(); i++) {
            BlockSheetWriter writer = new BlockSheetWriter(new SheetCursor(blockSheets.get(i), styles), content,
                    content.blocks().get(i), formulas);
            String cell = writer.writeHeader(unitCell);
            if (unitCell == null) {
                unitCell = cell;
            }
            totals.add(writer.writeBody());
        }
        GuideSheets.instructions(guide, content, formulas, version(content.fiscalYear()));
        GuideSheets.totals(totalsSheet, content, totals, unitCell, formulas);

        workbook.getProperties().getCustomProperties().addProperty(VERSION_PROPERTY, version(content.fiscalYear()));
        workbook.getProperties().getCoreProperties().setTitle(
                "แบบฟอร์มการรายงานผลการปฏิบัติราชการตามคำรับรองการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. "
                        + content.fiscalYear());
        workbook.getProperties().getCoreProperties().setCreator("kpi-consolidator");
        // Cached values let viewers and readers that do not calculate see the template's results.
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        workbook.setActiveSheet(0);
        return workbook;
    }
}
