package org.kpiconsolidator.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.ThaiText;
import org.kpiconsolidator.template.TemplateBlock.Shape;
import org.kpiconsolidator.template.TemplateIndicator.ResultKind;

/**
 * Writes one block on its own sheet, laid out like the real submitted form: header lines, rubric,
 * results with computed scores, narratives, and for blocks with an indicator column the summary
 * and detail tables whose levels and scores repeat the results table by formula.
 */
final class BlockSheetWriter {

    private static final List<String> LEVEL_CHOICES = List.of(FormTexts.level(1), FormTexts.level(2),
            FormTexts.level(3), FormTexts.level(4), FormTexts.level(5), FormTexts.BELOW_LEVEL_ONE);
    private static final List<String> TARGET_CHOICES = LEVEL_CHOICES.subList(0, 5);
    private static final String WEIGHT_PROMPT = "น้ำหนัก (ร้อยละ) ตามคำรับรอง: ตัวเลข 0 ถึง 100 ทศนิยมได้";
    private static final String LEVEL_PROMPT = "เลือกระดับที่ดำเนินการได้ (ระดับ 1 ถึงระดับ 5 หรือ ต่ำกว่าระดับ 1)";
    private static final String VALUE_PROMPT = "กรอกค่าผลการดำเนินงานเป็นตัวเลข เช่น 92.5 (ไม่ต้องพิมพ์ ร้อยละ หรือ %)"
            + " ระบบคำนวณระดับและคะแนนให้";
    private static final String THRESHOLD_PROMPT = "ค่าเป้าหมายของระดับนี้เป็นตัวเลข";
    private static final String TARGET_PROMPT = "เลือกระดับเป้าหมายตามคำรับรอง";
    private static final String LABEL_PROMPT = "พิมพ์เลขที่ตัวชี้วัด จุด แล้วตามด้วยชื่อ เช่น 1. ระดับความสำเร็จของ..."
            + " แถวที่ไม่ใช้ให้เว้นว่าง";
    private static final String GROUP_PROMPT = "เลือกกลุ่มหน่วยงานของท่าน (ใช้เลือกแถวของเกณฑ์การให้คะแนน)";
    private static final String ANY_NUMBER_MIN = "-1000000000";
    private static final String ANY_NUMBER_MAX = "1000000000";

    /** Where a block's component weight and weighted subtotal are, for the totals sheet. */
    record Totals(String sheet, String weight, String weighted) {
    }

    /** Where one indicator's rubric row is. */
    private record RubricCells(String label, List<String> thresholds, String incomplete) {
    }

    /** Where one indicator's results row is. */
    private record ResultCells(String weight, String result, String score, String weighted) {
    }

    private final SheetCursor out;
    private final TemplateStyles styles;
    private final TemplateContent content;
    private final TemplateBlock block;
    private final Formulas formulas;
    /** The absolute reference of the unit-group input, on blocks with a rubric by group. */
    private String groupCell;

    BlockSheetWriter(SheetCursor out, TemplateContent content, TemplateBlock block, Formulas formulas) {
        this.out = out;
        this.styles = out.styles();
        this.content = content;
        this.block = block;
        this.formulas = formulas;
    }

    /**
     * @param unitCell where the unit name is typed, from another sheet; {@code null} on the first
     *     block's sheet, which holds that input
     * @return where this sheet's unit name is
     */
    String writeHeader(String unitCell) {
        out.line(FormTexts.FORM_TITLE, styles.title);
        out.blank();
        out.line(FormTexts.yearLine(content.fiscalYear()), styles.title);
        out.blank();
        int r = out.newRow();
        out.text(r, 0, FormTexts.UNIT, styles.heading);
        if (!content.unitName().isEmpty() && content.agreed()) {
            out.text(r, 1, content.unitName(), styles.constant);
            out.merge(r, 1, SheetCursor.LINE_COLUMNS - 1, styles.constant);
        } else if (unitCell != null) {
            out.formula(r, 1, formulas.copyText(unitCell), styles.formula);
            out.merge(r, 1, SheetCursor.LINE_COLUMNS - 1, styles.formula);
        } else {
            out.input(r, 1, content.unitName(), styles.inputText);
            out.merge(r, 1, SheetCursor.LINE_COLUMNS - 1, styles.inputText);
        }
        String thisUnitCell = out.external(r, 1);
        if (block.groupRubric()) {
            writeGroupLine();
        }
        out.line(FormTexts.componentLine(block.component(), block.title()), styles.heading);
        out.line(FormTexts.indicatorLine(block.indicatorTitle()), styles.heading);
        if (!block.subIndicator().isEmpty()) {
            out.line(block.subIndicator(), styles.heading);
        }
        r = out.newRow();
        out.text(r, 0, FormTexts.PERSON, styles.heading);
        out.input(r, 1, null, styles.inputText);
        out.merge(r, 1, SheetCursor.LINE_COLUMNS - 1, styles.inputText);
        r = out.newRow();
        out.text(r, 0, FormTexts.POSITION, styles.heading);
        out.input(r, 1, null, styles.inputText);
        out.merge(r, 1, 2, styles.inputText);
        out.text(r, 3, FormTexts.PHONE, styles.heading);
        out.input(r, 4, null, styles.inputText);
        out.merge(r, 4, 5, styles.inputText);
        return thisUnitCell;
    }

    private void writeGroupLine() {
        int r = out.newRow();
        out.text(r, 0, FormTexts.GROUP, styles.heading);
        if (content.group() != null && content.agreed()) {
            out.text(r, 1, groupName(content.group()), styles.constant);
        } else {
            out.input(r, 1, content.group() == null ? null : groupName(content.group()), styles.inputText);
            List<String> groups = new ArrayList<>();
            for (UnitGroup g : block.groupThresholds().keySet()) {
                groups.add(groupName(g));
            }
            out.list(r, 1, groups, GROUP_PROMPT);
        }
        out.merge(r, 1, 2, out.sheet().getRow(r).getCell(1).getCellStyle());
        groupCell = "$B$" + (r + 1);
    }

    /** Writes the rubric, results, narratives and (for blocks with an indicator column) summary and detail. */
    Totals writeBody() {
        List<RubricCells> rubric = writeRubric();
        out.line(FormTexts.RESULTS, styles.heading);
        out.blank();
        List<ResultCells> results = new ArrayList<>();
        Totals totals;
        if (block.shape() == Shape.SINGLE) {
            out.header(FormTexts.RESULTS_HEADER_SINGLE);
            TemplateIndicator indicator = block.indicators().get(0);
            int r = out.newRow();
            String weight = writeWeight(r, 0, indicator);
            String result = writeResult(r, 1, indicator);
            String score = SheetCursor.ref(r, 2);
            out.formula(r, 2, scoreFormula(indicator, result, rubric.get(0)), styles.formulaScore);
            out.formula(r, 3, formulas.weighted(weight, score), styles.formulaScore);
            totals = new Totals(out.sheet().getSheetName(), out.external(r, 0), out.external(r, 3));
            out.blank();
            for (String label : FormTexts.SINGLE_NARRATIVES) {
                out.line(label, styles.heading);
                out.narrativeInput();
            }
        } else {
            out.header(FormTexts.RESULTS_HEADER_MULTI);
            for (int i = 0; i < block.indicators().size(); i++) {
                TemplateIndicator indicator = block.indicators().get(i);
                RubricCells rc = rubric.get(i);
                int r = out.newRow();
                if (numberKnown(indicator)) {
                    out.text(r, 0, numberWithDot(indicator.number()), styles.constant);
                } else {
                    out.formula(r, 0, formulas.labelNumberText(rc.label()), styles.formula);
                }
                String weight = writeWeight(r, 1, indicator);
                String result = writeResult(r, 2, indicator);
                String score = SheetCursor.ref(r, 3);
                out.formula(r, 3, scoreFormula(indicator, result, rc), styles.formulaScore);
                String weighted = SheetCursor.ref(r, 4);
                out.formula(r, 4, formulas.weighted(weight, score), styles.formulaScore);
                results.add(new ResultCells(weight, result, score, weighted));
            }
            int first = out.row() - block.indicators().size();
            int r = out.newRow();
            out.formula(r, 1, formulas.sum(SheetCursor.ref(first, 1) + ":" + SheetCursor.ref(r - 1, 1)), styles.formula);
            out.text(r, 3, FormTexts.SUBTOTAL, styles.label);
            out.formula(r, 4, formulas.sum(SheetCursor.ref(first, 4) + ":" + SheetCursor.ref(r - 1, 4)),
                    styles.formulaScore);
            String subtotalWeight = SheetCursor.ref(r, 1);
            totals = new Totals(out.sheet().getSheetName(), out.external(r, 1), out.external(r, 4));
            out.blank();
            for (String label : FormTexts.OVERALL_NARRATIVES) {
                out.line(label, styles.heading);
                out.narrativeInput();
            }
            out.blank();
            out.formulaLine("\"" + FormTexts.componentWeightHeading(block.component()) + "\"&IF(ISNUMBER("
                    + subtotalWeight + "),\" (ร้อยละ \"&" + subtotalWeight + "&\")\",\"\")", styles.heading);
            out.blank();
            writeSummaryAndDetail(rubric, results);
        }
        out.protect();
        return totals;
    }

    // ---- rubric ---------------------------------------------------------------------------------

    private List<RubricCells> writeRubric() {
        out.line(FormTexts.RUBRIC, styles.heading);
        if (block.interpolate()) {
            out.line(FormTexts.adjustmentLine(formulas.pointsStep()), styles.heading);
        }
        List<String> header = new ArrayList<>();
        header.add(block.groupRubric() ? FormTexts.GROUP_WORD : FormTexts.INDICATOR);
        for (int level = 1; level <= 5; level++) {
            header.add(FormTexts.rubricLevelHeader(level, formulas.points(level)));
        }
        out.header(header);
        List<RubricCells> cells = new ArrayList<>();
        if (block.groupRubric()) {
            int first = out.row();
            for (Map.Entry<UnitGroup, List<BigDecimal>> e : block.groupThresholds().entrySet()) {
                int r = out.newRow();
                out.text(r, 0, groupName(e.getKey()), styles.label);
                for (int level = 1; level <= 5; level++) {
                    writeThreshold(r, level, e.getValue().get(level - 1).toPlainString(), true);
                }
            }
            int last = out.row() - 1;
            String labels = "$A$" + (first + 1) + ":$A$" + (last + 1);
            List<String> thresholds = new ArrayList<>();
            for (int level = 1; level <= 5; level++) {
                String column = CellReference.convertNumToColString(level);
                thresholds.add("INDEX($" + column + "$" + (first + 1) + ":$" + column + "$" + (last + 1) + ",MATCH("
                        + groupCell + "," + labels + ",0))");
            }
            String range = SheetCursor.ref(first, 1) + ":" + SheetCursor.ref(last, 5);
            int count = (last - first + 1) * 5;
            cells.add(new RubricCells("", thresholds, "COUNT(" + range + ")<" + count));
        } else {
            for (TemplateIndicator indicator : block.indicators()) {
                int r = out.newRow();
                String label = writeRubricLabel(r, indicator);
                List<String> thresholds = new ArrayList<>();
                for (int level = 1; level <= 5; level++) {
                    String value = indicator.thresholds().isEmpty() ? null : indicator.thresholds().get(level - 1);
                    writeThreshold(r, level, value, indicator.kind() == ResultKind.VALUE);
                    thresholds.add(SheetCursor.ref(r, level));
                }
                String range = SheetCursor.ref(r, 1) + ":" + SheetCursor.ref(r, 5);
                cells.add(new RubricCells(label, thresholds, "COUNT(" + range + ")<5"));
            }
        }
        out.line(FormTexts.FLOOR_NOTE, styles.line);
        return cells;
    }

    private String writeRubricLabel(int r, TemplateIndicator indicator) {
        boolean multi = block.shape() == Shape.MULTI;
        String text = multi ? numberedLabel(indicator) : indicator.name();
        boolean known = multi ? numberKnown(indicator) : content.agreed() && !indicator.name().isEmpty();
        if (known) {
            out.text(r, 0, text, styles.label);
        } else {
            out.input(r, 0, text, styles.inputText);
            if (multi) {
                String self = SheetCursor.ref(r, 0);
                out.rule(r, 0, formulas.numberedLabelRule(self), LABEL_PROMPT);
            }
        }
        out.height(r, 30f);
        return SheetCursor.ref(r, 0);
    }

    private void writeThreshold(int r, int level, String value, boolean numeric) {
        if (value != null && content.agreed()) {
            if (numeric) {
                out.number(r, level, number(value), styles.constant);
            } else {
                out.text(r, level, value, styles.constant);
            }
            return;
        }
        if (numeric) {
            out.input(r, level, value == null ? null : number(value), styles.input);
            out.decimal(r, level, ANY_NUMBER_MIN, ANY_NUMBER_MAX, THRESHOLD_PROMPT);
        } else {
            out.input(r, level, value, styles.inputText);
        }
    }

    // ---- results --------------------------------------------------------------------------------

    private String writeWeight(int r, int c, TemplateIndicator indicator) {
        if (indicator.weight() != null && content.agreed()) {
            out.number(r, c, indicator.weight(), styles.constant);
        } else {
            out.input(r, c, indicator.weight(), styles.input);
            out.decimal(r, c, "0", "100", WEIGHT_PROMPT);
        }
        return SheetCursor.ref(r, c);
    }

    private String writeResult(int r, int c, TemplateIndicator indicator) {
        if (indicator.kind() == ResultKind.LEVEL) {
            out.input(r, c, null, styles.inputText);
            out.list(r, c, LEVEL_CHOICES, LEVEL_PROMPT);
        } else {
            out.input(r, c, null, styles.input);
            out.decimal(r, c, ANY_NUMBER_MIN, ANY_NUMBER_MAX, VALUE_PROMPT);
        }
        return SheetCursor.ref(r, c);
    }

    private String scoreFormula(TemplateIndicator indicator, String result, RubricCells rubric) {
        if (indicator.kind() == ResultKind.LEVEL) {
            return formulas.levelScore(result);
        }
        return formulas.valueScore(result, rubric.thresholds(), block.interpolate(), rubric.incomplete());
    }

    private String levelFormula(TemplateIndicator indicator, String result, RubricCells rubric) {
        if (indicator.kind() == ResultKind.LEVEL) {
            return formulas.levelText(result);
        }
        return formulas.valueLevel(result, rubric.thresholds(), rubric.incomplete());
    }

    // ---- summary and detail ---------------------------------------------------------------------

    private void writeSummaryAndDetail(List<RubricCells> rubric, List<ResultCells> results) {
        out.line(FormTexts.summaryTitle(block.component(), block.title()), styles.heading);
        out.blank();
        out.header(FormTexts.SUMMARY_HEADER);
        List<String> targets = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        int first = out.row();
        for (int i = 0; i < block.indicators().size(); i++) {
            TemplateIndicator indicator = block.indicators().get(i);
            RubricCells rc = rubric.get(i);
            ResultCells res = results.get(i);
            int r = out.newRow();
            if (numberKnown(indicator)) {
                String n = indicator.number();
                if (n.matches("\\d+")) {
                    out.number(r, 0, new BigDecimal(n), styles.constant);
                } else {
                    out.text(r, 0, n, styles.constant);
                }
                out.text(r, 1, indicator.name(), styles.constant);
            } else {
                out.formula(r, 0, formulas.labelNumber(rc.label()), styles.formula);
                out.formula(r, 1, formulas.labelName(rc.label()), styles.formula);
            }
            if (indicator.targetLevel() != null && content.agreed()) {
                out.text(r, 2, FormTexts.level(indicator.targetLevel()), styles.constant);
            } else {
                out.input(r, 2, indicator.targetLevel() == null ? null : FormTexts.level(indicator.targetLevel()),
                        styles.inputText);
                out.list(r, 2, TARGET_CHOICES, TARGET_PROMPT);
            }
            targets.add(SheetCursor.ref(r, 2));
            out.formula(r, 3, formulas.copyNumber(res.weight()), styles.formula);
            out.formula(r, 4, levelFormula(indicator, res.result(), rc), styles.formula);
            levels.add(SheetCursor.ref(r, 4));
            out.input(r, 5, null, styles.inputText);
            out.formula(r, 6, formulas.copyNumber(res.weighted()), styles.formulaScore);
            out.height(r, 45f);
        }
        int r = out.newRow();
        out.text(r, 0, FormTexts.SUMMARY_TOTAL, styles.label);
        out.formula(r, 6, formulas.sum(SheetCursor.ref(first, 6) + ":" + SheetCursor.ref(r - 1, 6)),
                styles.formulaScore);
        out.blank();
        out.line(FormTexts.DETAIL_TITLE, styles.heading);
        out.blank();
        for (int i = 0; i < block.indicators().size(); i++) {
            TemplateIndicator indicator = block.indicators().get(i);
            out.header(FormTexts.DETAIL_HEADER);
            int d = out.newRow();
            if (numberKnown(indicator)) {
                out.text(d, 0, numberedLabel(indicator), styles.constant);
            } else {
                out.formula(d, 0, formulas.copyText(rubric.get(i).label()), styles.formula);
            }
            out.formula(d, 1, formulas.copyText(targets.get(i)), styles.formula);
            out.formula(d, 2, formulas.copyText(levels.get(i)), styles.formula);
            for (int c = 3; c <= 5; c++) {
                out.input(d, c, null, styles.inputText);
            }
            out.height(d, 60f);
            out.blank();
            for (String label : FormTexts.DETAIL_NARRATIVES) {
                out.line(label, styles.heading);
                out.narrativeInput();
            }
            out.blank();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The indicator's number and name are fixed by the agreement, so every table prints them as text. */
    private boolean numberKnown(TemplateIndicator indicator) {
        return content.agreed() && !indicator.number().isEmpty() && !indicator.name().isEmpty();
    }

    private static String numberedLabel(TemplateIndicator indicator) {
        if (indicator.number().isEmpty()) {
            return indicator.name();
        }
        String number = numberWithDot(indicator.number());
        return indicator.name().isEmpty() ? number + " " : number + " " + indicator.name();
    }

    /** {@code 1.} for a whole number, as the form prints it; {@code 1.1} as it is. */
    private static String numberWithDot(String number) {
        return number.contains(".") ? number : number + ".";
    }

    private static BigDecimal number(String text) {
        return Numbers.parse(ThaiText.normalize(text));
    }

    private static String groupName(UnitGroup group) {
        return FormTexts.groupName(group.name().charAt(0));
    }
}
