package org.kpiconsolidator.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.locate.BlockLocator;
import org.kpiconsolidator.locate.BlockRegion;
import org.kpiconsolidator.locate.IndicatorNumbers;
import org.kpiconsolidator.locate.Label;
import org.kpiconsolidator.locate.LabelText;
import org.kpiconsolidator.locate.Role;
import org.kpiconsolidator.locate.SheetText;
import org.kpiconsolidator.locate.SheetText.TextCell;
import org.kpiconsolidator.locate.TableFinder;
import org.kpiconsolidator.locate.TableHeader;
import org.kpiconsolidator.locate.TableRow;
import org.kpiconsolidator.locate.TableShape;
import org.kpiconsolidator.model.BlockHeader;
import org.kpiconsolidator.model.Contact;
import org.kpiconsolidator.model.DetailEntry;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.Narrative;
import org.kpiconsolidator.model.ResultRow;
import org.kpiconsolidator.model.Rubric;
import org.kpiconsolidator.model.RubricLevel;
import org.kpiconsolidator.model.RubricRow;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Subtotal;
import org.kpiconsolidator.model.SummaryRow;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.ThaiText;
import org.kpiconsolidator.workbook.CellRef;

/**
 * Reads one located block into a {@link FormBlock}: the header lines, then the rubric, results,
 * summary and detail tables in that order, each found by its header labels below the previous one,
 * then the narratives between them.
 */
final class BlockReader {

    private static final List<Label> CONTACT_LABELS = List.of(Label.PERSON, Label.POSITION, Label.PHONE);

    private final BlockRegion region;
    private final SheetText sheet;
    private final boolean fromTemplate;
    private final List<org.kpiconsolidator.finding.Finding> findings = new ArrayList<>();
    private final CellValues values = new CellValues(findings);
    private BlockHeader header;
    private List<String> drift = List.of();
    /** Rows where a section or table starts; a narrative ends before the next one. */
    private final TreeSet<Integer> boundaries = new TreeSet<>();

    private BlockReader(BlockRegion region, boolean fromTemplate) {
        this.region = region;
        this.sheet = region.sheet();
        this.fromTemplate = fromTemplate;
    }

    /**
     * What reading one block gave: the block, the findings made while reading it, and how its layout
     * differs from the template's ({@link LayoutDrift}).
     */
    record BlockReading(FormBlock block, List<org.kpiconsolidator.finding.Finding> findings, List<String> drift) {
    }

    /**
     * The block, or empty when the region has neither a rubric nor a results table nor a unit label.
     *
     * @param fromTemplate the workbook carries our template's marker, so its score, weighted and
     *     subtotal cells are formulas unless a unit typed over them
     */
    static Optional<BlockReading> read(BlockRegion region, boolean fromTemplate) {
        BlockReader reader = new BlockReader(region, fromTemplate);
        return reader.read().map(block -> new BlockReading(block, List.copyOf(reader.findings), reader.drift));
    }

    private Optional<FormBlock> read() {
        int first = region.firstRow();
        int last = region.lastRow();
        int anchorRow = region.anchor().row();

        int rubricLabelRow = findLabelRow(Label.RUBRIC, anchorRow, last);
        Optional<TableHeader> rubricHeader = TableFinder.find(sheet, TableShape.RUBRIC,
                rubricLabelRow >= 0 ? rubricLabelRow : anchorRow, last);
        int afterRubric = rubricHeader.map(h -> h.lastRow() + 1).orElse(anchorRow + 1);
        Optional<TableHeader> resultsHeader = TableFinder.find(sheet, TableShape.RESULTS, afterRubric, last);
        int afterResults = resultsHeader.map(h -> h.lastRow() + 1).orElse(afterRubric);
        Optional<TableHeader> summaryHeader = TableFinder.find(sheet, TableShape.SUMMARY, afterResults, last);
        List<TableHeader> detailHeaders = new ArrayList<>();
        int from = summaryHeader.map(h -> h.lastRow() + 1).orElse(afterResults);
        while (from <= last) {
            Optional<TableHeader> d = TableFinder.find(sheet, TableShape.DETAIL, from, last);
            if (d.isEmpty()) {
                break;
            }
            detailHeaders.add(d.get());
            from = d.get().lastRow() + 1;
        }

        collectBoundaries(first, last, rubricHeader, resultsHeader, summaryHeader, detailHeaders);
        int headerEnd = firstOf(rubricLabelRow, rubricHeader, resultsHeader, last + 1) - 1;
        header = readHeader(first, headerEnd);

        if (rubricHeader.isEmpty() && resultsHeader.isEmpty() && header.unitName().isBlank()) {
            return Optional.empty();
        }

        drift = LayoutDrift.of(sheet, region, rubricLabelRow, rubricHeader, findLabelRow(Label.RESULTS, first, last),
                resultsHeader, findLabelRow(Label.SUMMARY_TITLE, first, last), summaryHeader,
                findLabelRow(Label.DETAIL_TITLE, first, last), detailHeaders);
        Optional<Rubric> rubric = rubricHeader.map(h -> readRubric(h, rubricLabelRow >= 0 ? rubricLabelRow : first,
                limitAfter(h)));
        ResultsTable results = resultsHeader.map(h -> readResults(h, rubric, limitAfter(h)))
                .orElse(ResultsTable.NONE);
        SummaryTable summary = summaryHeader.map(h -> readSummary(h, limitAfter(h))).orElse(SummaryTable.NONE);
        List<DetailEntry> details = new ArrayList<>();
        List<String> detailNumbers = new ArrayList<>();
        List<String> detailNames = new ArrayList<>();
        int narrativeStart = afterResults;
        for (TableHeader d : detailHeaders) {
            readDetail(d, details, detailNumbers, detailNames);
        }
        Map<Narrative, Sourced<String>> blockNarratives = readBlockNarratives(narrativeStart,
                detailHeaders.isEmpty() ? last : detailHeaders.get(0).firstRow() - 1);

        List<Indicator> indicators = join(rubric, results, summary, details, detailNumbers, detailNames);
        FormBlock block = new FormBlock(sheet.ref(region.anchor().row(), region.anchor().column()), header, rubric,
                resultsHeader.map(h -> weightHeaderCell(h)), indicators, results.subtotal(),
                summary.total(), headingWeight(first, last), blockNarratives);
        return Optional.of(block);
    }

    private CellRef weightHeaderCell(TableHeader h) {
        TextCell label = h.labelCells().get(Role.WEIGHT);
        return label == null ? sheet.ref(h.firstRow(), h.firstColumn()) : sheet.ref(label.row(), label.column());
    }

    // ---- header lines -------------------------------------------------------------------------

    private BlockHeader readHeader(int first, int last) {
        CellRef blockRef = sheet.ref(region.anchor().row(), region.anchor().column());
        Sourced<String> unit = Sourced.blank(blockRef);
        Sourced<Integer> year = Sourced.blank(blockRef);
        Sourced<UnitGroup> group = Sourced.blank(blockRef);
        TextCell anchor = region.anchor();
        int componentNumber = BlockLocator.componentNumberOf(anchor.key());
        Sourced<Integer> component = Sourced.of(componentNumber, anchor.text(), blockRef);
        String componentTitle = componentTitle(anchor);
        String indicatorTitle = "";
        String subNumber = "";
        String subTitle = "";
        Contact contact = Contact.NONE;
        boolean unitFound = false;
        for (int i = sheet.indexAtOrAfter(first); i < sheet.size() && sheet.rowNumber(i) <= last; i++) {
            int row = sheet.rowNumber(i);
            List<TextCell> cells = sheet.cellsAt(i);
            for (TextCell cell : cells) {
                Label label = Label.of(cell.key());
                if (label == Label.UNIT && !unitFound) {
                    LabelValue v = valueOf(cell, label, cells);
                    unit = v.text().isEmpty() ? Sourced.blank(v.cell()) : Sourced.of(v.text(), v.text(), v.cell());
                    unitFound = true;
                } else if (label == Label.TITLE || label == Label.FORM_TITLE && cell.key().contains("ปีงบประมาณ")) {
                    Integer y = FiscalYears.parse(cell.text());
                    if (y != null && year.isBlank()) {
                        year = Sourced.of(y, cell.text(), sheet.ref(row, cell.column()));
                    }
                } else if (label == Label.GROUP || isCheckboxGroupLine(cell)) {
                    String rest = sheet.rowText(row);
                    UnitGroup g = GroupMarks.checked(label == Label.GROUP ? LabelText.after(rest, Label.GROUP) : rest);
                    if (group.isBlank() || group.value() == null) {
                        group = new Sourced<>(g, rest, sheet.ref(row, cell.column()));
                    }
                    break;
                } else if (label == Label.INDICATOR_TITLE && indicatorTitle.isEmpty()) {
                    indicatorTitle = valueOf(cell, label, cells).text();
                } else if (label == Label.PERSON || label == Label.POSITION || label == Label.PHONE) {
                    contact = merge(contact, sheet.rowText(row));
                    break;
                } else if (label == null && row > anchor.row() && subNumber.isEmpty()) {
                    String n = IndicatorNumbers.leading(cell.key());
                    if (n != null && n.indexOf('.') > 0 && !cell.source().isNumber()) {
                        subNumber = n;
                        subTitle = afterNumber(cell.text());
                    }
                }
            }
        }
        return new BlockHeader(unit, year, group, component, componentTitle, indicatorTitle, subNumber, subTitle,
                contact);
    }

    private static boolean isCheckboxGroupLine(TextCell cell) {
        return cell.key().contains("กลุ่มหน่วยงาน") && GroupMarks.checked(cell.text()) != null
                && !cell.key().startsWith("กลุ่มหน่วยงาน:");
    }

    private static Contact merge(Contact c, String rowText) {
        Map<Label, String> parts = LabelText.split(rowText, CONTACT_LABELS);
        return new Contact(
                c.person().isEmpty() ? parts.getOrDefault(Label.PERSON, "") : c.person(),
                c.position().isEmpty() ? parts.getOrDefault(Label.POSITION, "") : c.position(),
                c.phone().isEmpty() ? parts.getOrDefault(Label.PHONE, "") : c.phone());
    }

    private String componentTitle(TextCell anchor) {
        String after = anchor.text();
        int colon = after.indexOf(':');
        if (colon >= 0 && colon + 1 < after.length()) {
            return after.substring(colon + 1).trim();
        }
        List<TextCell> row = sheet.row(anchor.row());
        for (TextCell c : row) {
            if (c.column() > anchor.column() && !c.text().equals(":")) {
                return LabelText.clean(c.text());
            }
        }
        // องค์ประกอบที่ 1 ประสิทธิภาพ... without a colon: the title follows the number.
        String text = anchor.text();
        int i = text.indexOf(Integer.toString(BlockLocator.componentNumberOf(anchor.key())));
        return i < 0 ? "" : LabelText.clean(text.substring(i + 1));
    }

    /** A label's value: after the colon in the same cell, else the next non-empty cell(s) to the right. */
    private LabelValue valueOf(TextCell labelCell, Label label, List<TextCell> row) {
        String inCell = LabelText.after(labelCell.text(), label);
        if (!inCell.isEmpty()) {
            return new LabelValue(inCell, sheet.ref(labelCell.row(), labelCell.column()));
        }
        for (TextCell c : row) {
            if (c.column() <= labelCell.column()) {
                continue;
            }
            String v = LabelText.clean(c.text());
            if (!v.isEmpty()) {
                return new LabelValue(v, sheet.ref(c.row(), c.column()));
            }
        }
        return new LabelValue("", sheet.ref(labelCell.row(), labelCell.column() + 1));
    }

    private record LabelValue(String text, CellRef cell) {
    }

    private static String afterNumber(String text) {
        int i = 0;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return text.substring(i).trim();
    }

    private Optional<Sourced<BigDecimal>> headingWeight(int first, int last) {
        for (int i = sheet.indexAtOrAfter(first); i < sheet.size() && sheet.rowNumber(i) <= last; i++) {
            for (TextCell c : sheet.cellsAt(i)) {
                if (Label.HEADING_WEIGHT.matches(c.key())) {
                    int at = c.key().indexOf("ร้อยละ");
                    if (at >= 0) {
                        int end = c.key().indexOf(')', at);
                        String n = c.key().substring(at, end < 0 ? c.key().length() : end);
                        BigDecimal w = Numbers.parse(n);
                        if (w != null) {
                            return Optional.of(Sourced.of(w, c.text(), sheet.ref(c.row(), c.column())));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- rubric ---------------------------------------------------------------------------------

    private Rubric readRubric(TableHeader h, int searchFrom, int limit) {
        boolean interpolate = false;
        for (int i = sheet.indexAtOrAfter(searchFrom); i < sheet.size() && sheet.rowNumber(i) <= h.lastRow(); i++) {
            for (TextCell c : sheet.cellsAt(i)) {
                if (c.key().contains(Label.ADJUSTMENT.key())) {
                    interpolate = true;
                }
            }
        }
        TextCell labelHeader = h.labelCells().get(Role.RUBRIC_LABEL);
        boolean groupSpecific = labelHeader != null && labelHeader.key().contains("กลุ่มหน่วยงาน");
        List<RubricLevel> levels = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            Role role = Role.level(k);
            TextCell cell = h.labelCells().get(role);
            String key = h.labelKeys().get(role);
            String points = key == null ? null : org.kpiconsolidator.text.Levels.pointsText(key);
            CellRef where = sheet.ref(cell.row(), cell.column());
            levels.add(new RubricLevel(k, points == null ? Sourced.blank(where)
                    : Sourced.of(Numbers.parse(points), points, where)));
        }
        List<RubricRow> rows = new ArrayList<>();
        int labelColumn = h.span(Role.RUBRIC_LABEL).map(TableHeader.Span::first)
                .orElse(Math.max(0, h.span(Role.LEVEL_1).orElseThrow().first() - 1));
        for (int i = sheet.indexAtOrAfter(h.lastRow() + 1); i < sheet.size() && sheet.rowNumber(i) <= limit; i++) {
            int row = sheet.rowNumber(i);
            TableRow r = TableRow.of(sheet, h, row);
            if (r.sectionLabel() != null && !groupSpecific || r.sectionLabel() == Label.FLOOR_NOTE) {
                break;
            }
            int levelCells = 0;
            for (int k = 1; k <= 5; k++) {
                if (r.has(Role.level(k))) {
                    levelCells++;
                }
            }
            TextCell label = r.has(Role.RUBRIC_LABEL) ? r.get(Role.RUBRIC_LABEL) : null;
            if (levelCells == 0) {
                break;
            }
            List<Sourced<Threshold>> thresholds = new ArrayList<>();
            for (int k = 1; k <= 5; k++) {
                TableHeader.Span span = h.span(Role.level(k)).orElseThrow();
                thresholds.add(CellValues.threshold(r.get(Role.level(k)), sheet.ref(row, span.first())));
            }
            String text = label == null ? "" : label.text();
            String number = label == null ? "" : orEmpty(IndicatorNumbers.leading(label.key()));
            UnitGroup group = groupSpecific && label != null ? GroupMarks.named(label.text()) : null;
            CellRef labelCell = label == null ? sheet.ref(row, labelColumn) : sheet.ref(row, label.column());
            rows.add(new RubricRow(text, number, group, thresholds, labelCell));
        }
        return new Rubric(sheet.ref(h.firstRow(), h.firstColumn()), interpolate, groupSpecific, levels, rows);
    }

    // ---- results --------------------------------------------------------------------------------

    private record ResultsTable(List<ResultLine> lines, Optional<Subtotal> subtotal) {
        static final ResultsTable NONE = new ResultsTable(List.of(), Optional.empty());
    }

    private record ResultLine(String number, CellRef cell, ResultRow row) {
    }

    private ResultsTable readResults(TableHeader h, Optional<Rubric> rubric, int limit) {
        boolean single = !h.has(Role.INDICATOR);
        formulaCells.clear();
        List<ResultLine> lines = new ArrayList<>();
        Optional<Subtotal> subtotal = Optional.empty();
        int position = 0;
        for (int i = sheet.indexAtOrAfter(h.lastRow() + 1); i < sheet.size() && sheet.rowNumber(i) <= limit; i++) {
            int row = sheet.rowNumber(i);
            TableRow r = TableRow.of(sheet, h, row);
            if (r.sectionLabel() != null) {
                break;
            }
            boolean anyValue = r.has(Role.WEIGHT) || r.has(Role.RESULT) || r.has(Role.SCORE) || r.has(Role.WEIGHTED);
            if (single) {
                if (anyValue) {
                    lines.add(line(h, r, "", rubric, 0));
                    break;
                }
                continue;
            }
            TextCell indicator = r.get(Role.INDICATOR);
            String number = indicator == null ? null : IndicatorNumbers.leading(indicator.key());
            if (number != null) {
                lines.add(line(h, r, number, rubric, position));
                position++;
            } else if (isSubtotal(r, indicator)) {
                // The subtotal row's weight is the component's weight (keyed like WEIGHT_SUM_MISMATCH:
                // field weight, no indicator), so its findings never share an id with the subtotal's.
                CellValues.Context weightContext = new CellValues.Context(component(), "", Field.WEIGHT);
                CellValues.Context context = new CellValues.Context(component(), "", Field.SUBTOTAL);
                subtotal = Optional.of(new Subtotal(
                        values.number(r.get(Role.WEIGHT), cellOf(h, Role.WEIGHT, row), weightContext),
                        values.number(r.get(Role.WEIGHTED), cellOf(h, Role.WEIGHTED, row), context)));
                noteOverwritten(r.get(Role.WEIGHT), false, weightContext);
                noteOverwritten(r.get(Role.WEIGHTED), false, context);
                break;
            } else if (r.has(Role.WEIGHT) || r.has(Role.RESULT)) {
                // An unnumbered indicator row (its number cell cleared, or a name instead of a
                // number): number it by its position in the rubric rather than end the table.
                int at = position;
                String byPosition = rubric.filter(rb -> rb.rows().size() > at)
                        .map(rb -> rb.rows().get(at).indicatorNumber()).filter(n -> !n.isEmpty())
                        .orElse(Integer.toString(at + 1));
                lines.add(line(h, r, byPosition, rubric, at));
                position++;
            } else if (anyValue || indicator != null) {
                break;
            }
        }
        noteOverwrittenAmongPeers();
        return new ResultsTable(lines, subtotal);
    }

    /** The score and weighted cells of the results rows read so far, for the formula check. */
    private final List<FormulaCandidate> formulaCells = new ArrayList<>();

    private record FormulaCandidate(TextCell cell, Role role, CellValues.Context context) {
    }

    /** Notes a typed number in a column where most rows of the table hold formulas. */
    private void noteOverwrittenAmongPeers() {
        for (Role role : List.of(Role.SCORE, Role.WEIGHTED)) {
            long formulas = formulaCells.stream().filter(c -> c.role() == role && c.cell().source().hasFormula()).count();
            long typed = formulaCells.stream().filter(c -> c.role() == role && !c.cell().source().hasFormula()
                    && c.cell().source().isNumber()).count();
            for (FormulaCandidate c : formulaCells) {
                if (c.role() == role) {
                    noteOverwritten(c.cell(), formulas > typed, c.context());
                }
            }
        }
        formulaCells.clear();
    }

    /**
     * FORMULA_OVERWRITTEN: a number typed where the template has a formula. Known for forms made
     * from our template; otherwise inferred when most rows of the same column hold formulas.
     */
    private void noteOverwritten(TextCell cell, boolean peersHaveFormulas, CellValues.Context context) {
        if (cell == null || !cell.source().isNumber() || cell.source().hasFormula()
                || !(fromTemplate || peersHaveFormulas)) {
            return;
        }
        findings.add(org.kpiconsolidator.finding.Finding.of(org.kpiconsolidator.finding.Code.FORMULA_OVERWRITTEN)
                .at(sheet.ref(cell.row(), cell.column())).component(context.component())
                .indicator(context.indicator()).field(context.field()).stated(cell.text()).build());
    }

    private int component() {
        Integer c = header.component().value();
        return c == null ? 0 : c;
    }

    /** The key of an indicator: its printed number, else the sub-indicator's, else the component's. */
    private String effectiveNumber(String number) {
        if (!number.isEmpty()) {
            return number;
        }
        return !header.subIndicator().isEmpty() ? header.subIndicator()
                : header.component().isPresent() ? Integer.toString(header.component().value()) : "";
    }

    private static boolean isSubtotal(TableRow r, TextCell indicator) {
        if (indicator != null && !indicator.key().startsWith("รวม")) {
            return false;
        }
        TextCell score = r.get(Role.SCORE);
        boolean scoreLabel = score != null && (score.key().contains("คะแนน") || score.key().startsWith("รวม"));
        return (scoreLabel || indicator != null) && (r.has(Role.WEIGHT) || r.has(Role.WEIGHTED))
                || indicator == null && r.has(Role.WEIGHT) && r.has(Role.WEIGHTED) && !r.has(Role.RESULT);
    }

    private ResultLine line(TableHeader h, TableRow r, String number, Optional<Rubric> rubric, int position) {
        int row = r.row();
        boolean milestone = rubric.flatMap(rb -> rubricRowFor(rb, number, position)).map(RubricRow::isMilestone).orElse(false)
                || rubric.map(rb -> !rb.rows().isEmpty() && rb.rows().stream().allMatch(RubricRow::isMilestone))
                        .orElse(false);
        String key = effectiveNumber(number);
        int c = component();
        ResultRow stated = new ResultRow(
                values.number(r.get(Role.WEIGHT), cellOf(h, Role.WEIGHT, row), new CellValues.Context(c, key, Field.WEIGHT)),
                values.result(r.get(Role.RESULT), cellOf(h, Role.RESULT, row), milestone,
                        new CellValues.Context(c, key, Field.RESULT)),
                values.number(r.get(Role.SCORE), cellOf(h, Role.SCORE, row), new CellValues.Context(c, key, Field.SCORE)),
                values.number(r.get(Role.WEIGHTED), cellOf(h, Role.WEIGHTED, row),
                        new CellValues.Context(c, key, Field.WEIGHTED)));
        if (r.has(Role.SCORE)) {
            formulaCells.add(new FormulaCandidate(r.get(Role.SCORE), Role.SCORE, new CellValues.Context(c, key, Field.SCORE)));
        }
        if (r.has(Role.WEIGHTED)) {
            formulaCells.add(new FormulaCandidate(r.get(Role.WEIGHTED), Role.WEIGHTED,
                    new CellValues.Context(c, key, Field.WEIGHTED)));
        }
        TextCell first = r.has(Role.INDICATOR) ? r.get(Role.INDICATOR) : r.all().get(0);
        return new ResultLine(number, sheet.ref(row, first.column()), stated);
    }

    /** Where a role's value sits in a row (its span's first column), for blank values. */
    private CellRef cellOf(TableHeader h, Role role, int row) {
        return sheet.ref(row, h.span(role).map(TableHeader.Span::first).orElse(h.firstColumn()));
    }

    // ---- summary --------------------------------------------------------------------------------

    private record SummaryTable(List<SummaryLine> lines, Optional<Sourced<BigDecimal>> total) {
        static final SummaryTable NONE = new SummaryTable(List.of(), Optional.empty());
    }

    private record SummaryLine(String number, String name, SummaryRow row) {
    }

    private SummaryTable readSummary(TableHeader h, int limit) {
        List<SummaryLine> lines = new ArrayList<>();
        Optional<Sourced<BigDecimal>> total = Optional.empty();
        for (int i = sheet.indexAtOrAfter(h.lastRow() + 1); i < sheet.size() && sheet.rowNumber(i) <= limit; i++) {
            int row = sheet.rowNumber(i);
            TableRow r = TableRow.of(sheet, h, row);
            if (isTotalRow(r)) {
                CellValues.Context context = new CellValues.Context(component(), "", Field.SUMMARY_SUBTOTAL);
                total = Optional.of(values.number(r.get(Role.WEIGHTED), cellOf(h, Role.WEIGHTED, row), context));
                noteOverwritten(r.get(Role.WEIGHTED), false, context);
                break;
            }
            if (r.sectionLabel() != null) {
                break;
            }
            boolean hasValues = r.has(Role.WEIGHT) || r.has(Role.LEVEL) || r.has(Role.WEIGHTED);
            if (!hasValues) {
                continue; // a second header row or a note
            }
            String number = null;
            if (r.has(Role.NUMBER)) {
                number = IndicatorNumbers.leading(r.get(Role.NUMBER).key());
            }
            if (number == null && r.has(Role.INDICATOR)) {
                number = IndicatorNumbers.leading(r.get(Role.INDICATOR).key());
            }
            String name = r.has(Role.INDICATOR) ? afterNumber(r.get(Role.INDICATOR).text()) : "";
            String key = number == null ? "" : number;
            int c = component();
            SummaryRow s = new SummaryRow(
                    values.level(r.get(Role.TARGET), cellOf(h, Role.TARGET, row), new CellValues.Context(c, key, Field.SUMMARY_LEVEL)),
                    values.number(r.get(Role.WEIGHT), cellOf(h, Role.WEIGHT, row), new CellValues.Context(c, key, Field.SUMMARY_WEIGHT)),
                    values.level(r.get(Role.LEVEL), cellOf(h, Role.LEVEL, row), new CellValues.Context(c, key, Field.SUMMARY_LEVEL)),
                    r.has(Role.RESULT_TEXT) ? r.get(Role.RESULT_TEXT).text() : "",
                    values.number(r.get(Role.WEIGHTED), cellOf(h, Role.WEIGHTED, row),
                            new CellValues.Context(c, key, Field.SUMMARY_WEIGHTED)));
            noteOverwritten(r.get(Role.WEIGHT), false, new CellValues.Context(c, key, Field.SUMMARY_WEIGHT));
            noteOverwritten(r.get(Role.WEIGHTED), false, new CellValues.Context(c, key, Field.SUMMARY_WEIGHTED));
            lines.add(new SummaryLine(number == null ? "" : number, name, s));
        }
        return new SummaryTable(lines, total);
    }

    private static boolean isTotalRow(TableRow r) {
        for (TextCell c : r.all()) {
            if (c.key().startsWith("รวมคะแนน") || c.key().equals("รวม")) {
                return true;
            }
        }
        return false;
    }

    // ---- detail ---------------------------------------------------------------------------------

    private void readDetail(TableHeader h, List<DetailEntry> entries, List<String> numbers, List<String> names) {
        int limit = limitAfter(h);
        int row = h.lastRow() + 1;
        int i = sheet.indexAtOrAfter(row);
        for (; i < sheet.size() && sheet.rowNumber(i) <= limit; i++) {
            int r0 = sheet.rowNumber(i);
            TableRow r = TableRow.of(sheet, h, r0);
            if (r.sectionLabel() != null) {
                break;
            }
            TextCell indicator = r.get(Role.INDICATOR);
            if (indicator != null) {
                String n = IndicatorNumbers.leading(indicator.key());
                CellValues.Context context = new CellValues.Context(component(), n == null ? "" : n, Field.DETAIL_LEVEL);
                entries.add(new DetailEntry(
                        values.level(r.get(Role.TARGET), cellOf(h, Role.TARGET, r0), context),
                        values.level(r.get(Role.ACHIEVED), cellOf(h, Role.ACHIEVED, r0), context),
                        text(r.get(Role.PROJECTS)), text(r.get(Role.DETAILS)), text(r.get(Role.NOTE)), Map.of()));
                numbers.add(n == null ? "" : n);
                names.add(afterNumber(indicator.text()));
            } else if (!entries.isEmpty() && (r.has(Role.DETAILS) || r.has(Role.PROJECTS))) {
                int last = entries.size() - 1;
                DetailEntry e = entries.get(last);
                entries.set(last, new DetailEntry(e.target(), e.achieved(), join(e.projects(), text(r.get(Role.PROJECTS))),
                        join(e.details(), text(r.get(Role.DETAILS))), e.note(), e.narratives()));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        // The narrative sections after a detail table belong to its indicator.
        Map<Narrative, Sourced<String>> narratives = new EnumMap<>(Narrative.class);
        int sectionEnd = limit;
        for (; i < sheet.size() && sheet.rowNumber(i) <= sectionEnd; i++) {
            TextCell first = sheet.cellsAt(i).get(0);
            Label label = Label.of(first.key());
            Narrative kind = label == null ? null : switch (label) {
                case DETAIL_SUPPORT, SUPPORT -> Narrative.SUPPORT;
                case DETAIL_OBSTACLES, OBSTACLES -> Narrative.OBSTACLES;
                case EVIDENCE -> Narrative.EVIDENCE;
                case EXPLANATION -> Narrative.EXPLANATION;
                default -> null;
            };
            if (kind != null) {
                narratives.putIfAbsent(kind, narrative(first, label));
            }
        }
        int last = entries.size() - 1;
        DetailEntry e = entries.get(last);
        Map<Narrative, Sourced<String>> merged = new EnumMap<>(Narrative.class);
        merged.putAll(e.narratives());
        narratives.forEach(merged::putIfAbsent);
        entries.set(last, new DetailEntry(e.target(), e.achieved(), e.projects(), e.details(), e.note(), merged));
    }

    private static String text(TextCell c) {
        return c == null ? "" : ThaiText.normalizeLines(c.source().text());
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + "\n" + b;
    }

    // ---- narratives -----------------------------------------------------------------------------

    private Map<Narrative, Sourced<String>> readBlockNarratives(int from, int to) {
        Map<Narrative, Sourced<String>> narratives = new EnumMap<>(Narrative.class);
        for (int i = sheet.indexAtOrAfter(from); i < sheet.size() && sheet.rowNumber(i) <= to; i++) {
            TextCell first = sheet.cellsAt(i).get(0);
            Label label = Label.of(first.key());
            Narrative kind = label == null ? null : switch (label) {
                case OVERALL_SUPPORT, SUPPORT -> Narrative.SUPPORT;
                case OVERALL_OBSTACLES, OBSTACLES -> Narrative.OBSTACLES;
                case DETAILS -> Narrative.DETAILS;
                case EVIDENCE -> Narrative.EVIDENCE;
                case EXPLANATION -> Narrative.EXPLANATION;
                default -> null;
            };
            if (kind != null) {
                narratives.putIfAbsent(kind, narrative(first, label));
            }
        }
        return narratives;
    }

    /** A narrative: the text after its label in the same row, then the rows below up to the next section. */
    private Sourced<String> narrative(TextCell labelCell, Label label) {
        StringBuilder text = new StringBuilder(LabelText.afterQualified(labelCell.text(), label));
        CellRef firstTextCell = null;
        if (text.length() > 0) {
            firstTextCell = sheet.ref(labelCell.row(), labelCell.column());
        }
        for (TextCell c : sheet.row(labelCell.row())) {
            if (c.column() > labelCell.column()) {
                appendLine(text, ThaiText.normalizeLines(c.source().text()));
                if (firstTextCell == null) {
                    firstTextCell = sheet.ref(c.row(), c.column());
                }
            }
        }
        Integer next = boundaries.higher(labelCell.row());
        int end = next == null ? region.lastRow() : next - 1;
        for (int i = sheet.indexAtOrAfter(labelCell.row() + 1); i < sheet.size() && sheet.rowNumber(i) <= end; i++) {
            StringBuilder line = new StringBuilder();
            for (TextCell c : sheet.cellsAt(i)) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(ThaiText.normalizeLines(c.source().text()));
                if (firstTextCell == null) {
                    firstTextCell = sheet.ref(c.row(), c.column());
                }
            }
            appendLine(text, line.toString());
        }
        String value = text.toString().trim();
        CellRef where = firstTextCell != null ? firstTextCell : sheet.ref(labelCell.row() + 1, labelCell.column());
        return value.isEmpty() ? Sourced.blank(where) : Sourced.of(value, value, where);
    }

    private static void appendLine(StringBuilder text, String line) {
        if (line.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line);
    }

    // ---- joining --------------------------------------------------------------------------------

    private List<Indicator> join(Optional<Rubric> rubric, ResultsTable results,
            SummaryTable summary, List<DetailEntry> details, List<String> detailNumbers, List<String> detailNames) {
        List<Indicator> indicators = new ArrayList<>();
        boolean single = results.lines().size() == 1;
        for (int i = 0; i < results.lines().size(); i++) {
            ResultLine line = results.lines().get(i);
            String number = effectiveNumber(line.number());
            int at = i;
            Optional<RubricRow> rubricRow = rubric.filter(r -> !r.groupSpecific())
                    .flatMap(r -> rubricRowFor(r, line.number(), at));
            Optional<SummaryLine> s = pick(summary.lines(), SummaryLine::number, line.number(), i, single,
                    results.lines().size());
            int d = index(detailNumbers, line.number(), i, single, results.lines().size(), details.size());
            Optional<DetailEntry> detail = d < 0 ? Optional.empty() : Optional.of(details.get(d));
            String name = rubricRow.map(r -> afterNumber(r.label())).filter(n -> !n.isEmpty())
                    .or(() -> s.map(SummaryLine::name).filter(n -> !n.isEmpty()))
                    .or(() -> d < 0 ? Optional.empty() : Optional.of(detailNames.get(d)).filter(n -> !n.isEmpty()))
                    .orElse(!header.subIndicatorTitle().isEmpty() ? header.subIndicatorTitle() : header.indicatorTitle());
            indicators.add(new Indicator(number, line.cell(), name, line.row(), rubricRow, s.map(SummaryLine::row),
                    detail));
        }
        return indicators;
    }

    /**
     * The rubric row of the indicator at {@code position} of the results table: the row with its
     * number, else the row at the same position when the rubric's rows carry no numbers.
     */
    private static Optional<RubricRow> rubricRowFor(Rubric rubric, String number, int position) {
        Optional<RubricRow> byNumber = rubric.rowFor(number);
        if (byNumber.isPresent() || rubric.groupSpecific() || position >= rubric.rows().size()) {
            return byNumber;
        }
        RubricRow atPosition = rubric.rows().get(position);
        return atPosition.indicatorNumber().isEmpty() ? Optional.of(atPosition) : Optional.empty();
    }

    private static <T> Optional<T> pick(List<T> lines, java.util.function.Function<T, String> numberOf, String number,
            int position, boolean single, int count) {
        for (T t : lines) {
            if (!number.isEmpty() && number.equals(numberOf.apply(t))) {
                return Optional.of(t);
            }
        }
        if (single && lines.size() == 1 || lines.size() == count && numberOf.apply(lines.get(position)).isEmpty()) {
            return Optional.of(lines.get(position));
        }
        return Optional.empty();
    }

    private static int index(List<String> numbers, String number, int position, boolean single, int count,
            int size) {
        for (int k = 0; k < numbers.size(); k++) {
            if (!number.isEmpty() && number.equals(numbers.get(k))) {
                return k;
            }
        }
        if (single && size == 1 || size == count && numbers.get(position).isEmpty()) {
            return position;
        }
        return -1;
    }

    // ---- bounds ---------------------------------------------------------------------------------

    private void collectBoundaries(int first, int last, Optional<TableHeader> rubric, Optional<TableHeader> results,
            Optional<TableHeader> summary, List<TableHeader> details) {
        for (int i = sheet.indexAtOrAfter(first); i < sheet.size() && sheet.rowNumber(i) <= last; i++) {
            TextCell c = sheet.cellsAt(i).get(0);
            if (Label.of(c.key()) != null) {
                boundaries.add(sheet.rowNumber(i));
            }
        }
        rubric.ifPresent(h -> boundaries.add(h.firstRow()));
        results.ifPresent(h -> boundaries.add(h.firstRow()));
        summary.ifPresent(h -> boundaries.add(h.firstRow()));
        details.forEach(h -> boundaries.add(h.firstRow()));
    }

    /** The last row a table's data may use: before the next table header, or the block's end. */
    private int limitAfter(TableHeader h) {
        int limit = region.lastRow();
        for (Integer b : boundaries.tailSet(h.lastRow() + 1)) {
            if (isTableHeaderRow(b)) {
                return b - 1;
            }
        }
        return limit;
    }

    private boolean isTableHeaderRow(int row) {
        for (TableShape shape : TableShape.values()) {
            if (TableFinder.headerAt(sheet, shape, row, row + 1).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private int findLabelRow(Label label, int from, int to) {
        for (int i = sheet.indexAtOrAfter(from); i < sheet.size() && sheet.rowNumber(i) <= to; i++) {
            for (TextCell c : sheet.cellsAt(i)) {
                if (label.matches(c.key())) {
                    return sheet.rowNumber(i);
                }
            }
        }
        return -1;
    }

    private static int firstOf(int labelRow, Optional<TableHeader> a, Optional<TableHeader> b, int fallback) {
        int first = fallback;
        if (labelRow >= 0) {
            first = Math.min(first, labelRow);
        }
        if (a.isPresent()) {
            first = Math.min(first, a.get().firstRow());
        }
        if (b.isPresent()) {
            first = Math.min(first, b.get().firstRow());
        }
        return first;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
