package org.kpiconsolidator.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link FormSpec} as a report-form workbook laid out like the seed submission: {@code .xlsx}
 * or {@code .xls} by the file's extension. Same spec and layout, same cell contents.
 */
public final class FormRenderer {

    private FormRenderer() {
    }

    public static void render(FormSpec spec, Path out, Layout layout) throws IOException {
        layout.checkFits(spec);
        try (Workbook workbook = newWorkbook(out)) {
            FormWriter.Styles styles = new FormWriter.Styles(workbook);
            FormWriter.CellValues cellValues = new FormWriter.CellValues();
            boolean firstSheet = true;
            for (Layout.SheetPlan plan : layout.sheets()) {
                FormWriter writer = new FormWriter(workbook.createSheet(plan.name()), layout, styles, cellValues);
                if (firstSheet && !layout.coverLines().isEmpty()) {
                    for (String line : layout.coverLines()) {
                        writer.line(RowKind.COVER_LINE, line);
                    }
                    writer.blank();
                }
                firstSheet = false;
                for (int i = 0; i < plan.blocks().size(); i++) {
                    if (i > 0) {
                        writer.blank();
                        writer.blank();
                    }
                    int blockIndex = plan.blocks().get(i);
                    writer.startBlock(blockIndex);
                    writeBlock(spec, spec.blocks().get(blockIndex), writer);
                }
            }
            cellValues.storeCachedValues(workbook);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    private static Workbook newWorkbook(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return new XSSFWorkbook();
        }
        if (name.endsWith(".xls")) {
            return new HSSFWorkbook();
        }
        throw new IllegalArgumentException("write .xlsx or .xls, not " + out.getFileName());
    }

    private static void writeBlock(FormSpec form, BlockSpec block, FormWriter out) {
        out.line(RowKind.FORM_TITLE, FormLabels.FORM_TITLE);
        out.blank();
        out.line(RowKind.YEAR_LINE, FormLabels.yearLine(form.fiscalYearBE()));
        out.blank();
        String unit = block.unitName() != null ? block.unitName() : form.unitName();
        out.line(RowKind.UNIT_LINE, FormLabels.labelled(FormLabels.UNIT, unit));
        if (block.groupLine()) {
            out.line(RowKind.GROUP_LINE, FormLabels.groupLine(form.groupLetter()));
        }
        out.line(RowKind.COMPONENT_LINE, FormLabels.componentLine(block.component(), block.componentTitle()));
        out.line(RowKind.INDICATOR_LINE, FormLabels.labelled(FormLabels.INDICATOR, block.indicatorTitle()));
        if (block.subIndicator() != null) {
            out.line(RowKind.SUB_INDICATOR_LINE, block.subIndicator());
        }
        if (block.contact() != null) {
            writeContact(block.contact(), block.style().contactStyle(), out);
        }
        if (block.rubric() != null) {
            writeRubric(block.rubric(), block.style(), out);
        }
        if (block.results() != null) {
            writeResults(block.results(), out);
        }
        for (NarrativeSpec narrative : block.narratives()) {
            if (narrative.inline()) {
                out.line(RowKind.NARRATIVE_LABEL, narrative.text() == null
                        ? narrative.label() : narrative.label() + " " + narrative.text());
            } else {
                out.line(RowKind.NARRATIVE_LABEL, narrative.label());
                if (narrative.text() != null) {
                    out.line(RowKind.NARRATIVE_TEXT, narrative.text());
                }
            }
        }
        if (block.componentWeightHeading() != null) {
            out.blank();
            out.line(RowKind.COMPONENT_WEIGHT_HEADING, block.componentWeightHeading());
        }
        if (block.summary() != null) {
            out.blank();
            writeSummary(block, out);
        }
        if (!block.details().isEmpty()) {
            out.blank();
            writeDetails(block.details(), out);
        }
    }

    private static void writeContact(ContactSpec contact, BlockStyle.ContactStyle style, FormWriter out) {
        String person = FormLabels.labelled(FormLabels.PERSON, contact.person());
        String position = FormLabels.labelled(FormLabels.POSITION, contact.position());
        String phone = FormLabels.labelled(FormLabels.PHONE, contact.phone());
        switch (style) {
            case PHONE_BESIDE -> {
                out.line(RowKind.CONTACT_LINE, person);
                // The seed merges A:C for the position and D:F for the phone.
                out.emit(RowKind.CONTACT_LINE, Arrays.asList(position, null, null, phone));
            }
            case PHONE_IN_POSITION_CELL -> {
                out.line(RowKind.CONTACT_LINE, person);
                out.line(RowKind.CONTACT_LINE, position + " " + phone);
            }
            case ONE_CELL -> out.line(RowKind.CONTACT_LINE, person + " " + position + " " + phone);
        }
    }

    private static void writeRubric(RubricSpec rubric, BlockStyle style, FormWriter out) {
        boolean adjustmentInLabel = rubric.interpolate() && style.adjustmentOnRubricLabelLine();
        out.line(RowKind.RUBRIC_LABEL, adjustmentInLabel
                ? FormLabels.RUBRIC + " " + FormLabels.ADJUSTMENT : FormLabels.RUBRIC);
        if (rubric.interpolate() && !adjustmentInLabel) {
            out.line(RowKind.RUBRIC_ADJUSTMENT, FormLabels.ADJUSTMENT);
        }
        List<Object> header = new ArrayList<>();
        header.add(rubric.groupSpecific() ? FormLabels.GROUP : FormLabels.INDICATOR);
        for (int level = 1; level <= 5; level++) {
            header.add(FormLabels.rubricLevelHeader(level, rubric.levelPoints().get(level - 1)));
        }
        out.emit(RowKind.RUBRIC_HEADER, header);
        for (RubricSpec.Row row : rubric.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.label());
            cells.addAll(row.thresholds());
            out.emit(RowKind.RUBRIC_ROW, cells);
        }
        if (rubric.floorNote()) {
            out.line(RowKind.RUBRIC_FLOOR_NOTE, FormLabels.FLOOR_NOTE);
        }
    }

    private static void writeResults(ResultsSpec results, FormWriter out) {
        out.line(RowKind.RESULTS_LABEL, FormLabels.RESULTS);
        out.blank();
        if (results.singleIndicator()) {
            out.emit(RowKind.RESULTS_HEADER, FormLabels.RESULTS_HEADER_SINGLE);
            for (ResultsSpec.Row row : results.rows()) {
                out.emit(RowKind.RESULTS_ROW, Arrays.asList(row.weight(), row.result(), row.score(), row.weighted()));
            }
        } else {
            out.emit(RowKind.RESULTS_HEADER, FormLabels.RESULTS_HEADER_MULTI);
            for (ResultsSpec.Row row : results.rows()) {
                out.emit(RowKind.RESULTS_ROW,
                        Arrays.asList(row.indicator(), row.weight(), row.result(), row.score(), row.weighted()));
            }
            if (results.subtotal() != null) {
                out.emit(RowKind.RESULTS_SUBTOTAL, Arrays.asList(null, results.subtotal().weight(), null,
                        FormLabels.SUBTOTAL, results.subtotal().subtotal()));
            }
        }
        out.blank();
    }

    private static void writeSummary(BlockSpec block, FormWriter out) {
        SummarySpec summary = block.summary();
        out.line(RowKind.SUMMARY_TITLE, FormLabels.summaryTitle(block.component(), block.componentTitle()));
        out.blank();
        out.emit(RowKind.SUMMARY_HEADER, FormLabels.SUMMARY_HEADER);
        for (SummarySpec.Row row : summary.rows()) {
            out.emit(RowKind.SUMMARY_ROW, Arrays.asList(row.order(), row.indicator(), row.target(), row.weight(),
                    row.achievedLevel(), row.resultText(), row.weighted()));
        }
        out.emit(RowKind.SUMMARY_TOTAL,
                Arrays.asList(FormLabels.SUMMARY_TOTAL, null, null, null, null, null, summary.total()));
    }

    private static void writeDetails(List<DetailSpec> details, FormWriter out) {
        out.line(RowKind.DETAIL_TITLE, FormLabels.DETAIL_TITLE);
        out.blank();
        for (int i = 0; i < details.size(); i++) {
            if (i > 0) {
                out.blank();
            }
            DetailSpec detail = details.get(i);
            out.emit(RowKind.DETAIL_HEADER, FormLabels.DETAIL_HEADER);
            out.emit(RowKind.DETAIL_ROW, Arrays.asList(detail.indicator(), detail.target(), detail.achieved(),
                    detail.projects(), detail.details(), detail.note()));
            out.blank();
            writeDetailNarrative(FormLabels.DETAIL_SUPPORT, detail.supportingFactors(), out);
            writeDetailNarrative(FormLabels.DETAIL_PROBLEMS, detail.problems(), out);
            writeDetailNarrative(FormLabels.DETAIL_EVIDENCE, detail.evidence(), out);
            writeDetailNarrative(FormLabels.DETAIL_EXPLANATION, detail.explanation(), out);
        }
    }

    private static void writeDetailNarrative(String label, String text, FormWriter out) {
        out.line(RowKind.DETAIL_NARRATIVE_LABEL, label);
        if (text != null) {
            out.line(RowKind.DETAIL_NARRATIVE_TEXT, text);
        }
    }
}
