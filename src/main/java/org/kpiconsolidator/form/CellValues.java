package org.kpiconsolidator.form;

import java.math.BigDecimal;
import java.util.List;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.locate.SheetText.TextCell;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.text.Decimals;
import org.kpiconsolidator.text.Levels;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.workbook.CellRef;
import org.kpiconsolidator.workbook.GridCell;

/**
 * Turns located cells of one block into typed values with their source cell. A {@code null} cell is
 * a blank one at {@code where}; text that does not read as the wanted kind keeps its raw text and no
 * value, so a constraint can report it.
 *
 * <p>While reading, it notes what a reviewer would want to know about a value: a number that had to
 * be normalised to be read (VALUE_NORMALIZED: typed as text, with Thai digits or thousands separators,
 * a percentage format, a bare level) and a formula whose cached value is stale (STALE_FORMULA).
 */
final class CellValues {

    /** Where a value belongs, for the findings about it. */
    record Context(int component, String indicator, Field field) {
    }

    private final List<Finding> findings;

    CellValues(List<Finding> findings) {
        this.findings = findings;
    }

    /** A number: a number cell (×100 when formatted as a percentage) or a number written as text. */
    Sourced<BigDecimal> number(TextCell cell, CellRef where, Context context) {
        if (cell == null) {
            return Sourced.blank(where);
        }
        CellRef ref = ref(cell, where);
        BigDecimal n = numberOf(cell);
        if (n != null) {
            noteNormalized(cell, ref, n, context);
        }
        noteStale(cell, ref, context);
        return Sourced.of(n, cell.text(), ref);
    }

    /** The number a cell holds, or {@code null}. */
    static BigDecimal numberOf(TextCell cell) {
        if (cell.source().isNumber()) {
            BigDecimal n = cell.source().number();
            // 0.955 shown as 95.5% means 95.5: the unit reads the percentage.
            return cell.source().percentFormat() ? n.movePointRight(2).stripTrailingZeros() : n;
        }
        return Numbers.parse(cell.text());
    }

    /**
     * A level where a level is expected ({@code ระดับ 4}, {@code ๔}, {@code 4}). Text that names no
     * level counts as no level stated (summary and detail columns often hold prose).
     */
    Sourced<Integer> level(TextCell cell, CellRef where, Context context) {
        if (cell == null) {
            return Sourced.blank(where);
        }
        int level = Levels.parse(cell.key());
        if (level < 0) {
            BigDecimal n = numberOf(cell);
            if (n != null && isWhole(n)) {
                level = n.intValueExact();
            }
        }
        CellRef ref = ref(cell, where);
        noteStale(cell, ref, context);
        return level < 0 ? Sourced.blank(ref) : Sourced.of(level, cell.text(), ref);
    }

    /**
     * A result cell: a level, or a measured value. A bare whole number 0-5 is a level when the
     * indicator's rubric is made of textual milestones.
     */
    Sourced<Result> result(TextCell cell, CellRef where, boolean milestoneRubric, Context context) {
        if (cell == null) {
            return Sourced.blank(where);
        }
        CellRef ref = ref(cell, where);
        noteStale(cell, ref, context);
        int level = Levels.parse(cell.key());
        if (level >= 0) {
            return Sourced.of(new Result.Level(level), cell.text(), ref);
        }
        BigDecimal n = numberOf(cell);
        if (n == null) {
            return Sourced.of(null, cell.text(), ref);
        }
        if (milestoneRubric && isWhole(n) && n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(5)) <= 0) {
            findings.add(normalized(context, ref, cell.text(), "ระดับ " + n.intValueExact()));
            return Sourced.of(new Result.Level(n.intValueExact()), cell.text(), ref);
        }
        noteNormalized(cell, ref, n, context);
        return Sourced.of(new Result.Measured(n), cell.text(), ref);
    }

    /** A rubric cell: a threshold number ({@code ร้อยละ 20}, {@code ≤ 60}) or a textual milestone. */
    static Sourced<Threshold> threshold(TextCell cell, CellRef where) {
        if (cell == null) {
            return Sourced.blank(where);
        }
        CellRef ref = ref(cell, where);
        if (cell.source().isNumber()) {
            return Sourced.of(new Threshold(numberOf(cell), cell.text(), false), cell.text(), ref);
        }
        Numbers.Parsed parsed = Numbers.parseDetailed(cell.text());
        Threshold t = parsed == null
                ? new Threshold(null, cell.text(), false)
                : new Threshold(parsed.value(), cell.text(), parsed.bound() != Numbers.Bound.NONE);
        return Sourced.of(t, cell.text(), ref);
    }

    /**
     * VALUE_NORMALIZED for numbers a reviewer should know were not plain numbers: a percentage
     * format (0.15 shown as 15% read as 15), or a number typed as text, which Excel's own sums
     * ignore. Text decorated as forms print it ({@code ร้อยละ 80}, {@code 80%}) is not noted.
     */
    private void noteNormalized(TextCell cell, CellRef ref, BigDecimal value, Context context) {
        GridCell source = cell.source();
        if (source.isNumber()) {
            if (source.percentFormat()) {
                findings.add(normalized(context, ref,
                        Decimals.format(source.number().movePointRight(2)) + "%", Decimals.format(value)));
            }
            return;
        }
        Numbers.Parsed parsed = Numbers.parseDetailed(cell.text());
        boolean decorated = parsed != null && (parsed.percent() || parsed.bound() != Numbers.Bound.NONE);
        if (!decorated) {
            findings.add(normalized(context, ref, source.text().trim(), Decimals.format(value)));
        }
    }

    /** STALE_FORMULA when a formula's cached value is not what it calculates. */
    private void noteStale(TextCell cell, CellRef ref, Context context) {
        GridCell source = cell.source();
        if (source.isStale()) {
            findings.add(Finding.of(Code.STALE_FORMULA).at(ref).component(context.component())
                    .indicator(context.indicator()).field(context.field()).stated(source.text())
                    .expected(source.evaluation().number() != null ? Decimals.format(source.evaluation().number())
                            : source.evaluation().text())
                    .detail(source.formula()).build());
        }
    }

    private static Finding normalized(Context context, CellRef ref, String stated, String expected) {
        return Finding.of(Code.VALUE_NORMALIZED).at(ref).component(context.component())
                .indicator(context.indicator()).field(context.field()).stated(stated).expected(expected).build();
    }

    private static CellRef ref(TextCell cell, CellRef where) {
        return where.at(cell.row(), cell.column());
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }
}
