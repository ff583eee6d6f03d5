package org.kpiconsolidator.form;

import java.math.BigDecimal;
import org.kpiconsolidator.locate.SheetText.TextCell;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.text.Levels;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.workbook.CellRef;

/**
 * Turns located cells into typed values with their source cell. A {@code null} cell is a blank one
 * at {@code where}; text that does not read as the wanted kind keeps its raw text and no value, so a
 * constraint can report it.
 */
final class CellValues {

    private CellValues() {
    }

    /** A number: a number cell (×100 when formatted as a percentage) or a number written as text. */
    static Sourced<BigDecimal> number(TextCell cell, CellRef where) {
        if (cell == null) {
            return Sourced.blank(where);
        }
        return Sourced.of(numberOf(cell), cell.text(), ref(cell, where));
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
    static Sourced<Integer> level(TextCell cell, CellRef where) {
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
        return level < 0 ? Sourced.blank(ref(cell, where)) : Sourced.of(level, cell.text(), ref(cell, where));
    }

    /**
     * A result cell: a level, or a measured value. A bare whole number 0-5 is a level when the
     * indicator's rubric is made of textual milestones.
     */
    static Sourced<Result> result(TextCell cell, CellRef where, boolean milestoneRubric) {
        if (cell == null) {
            return Sourced.blank(where);
        }
        int level = Levels.parse(cell.key());
        if (level >= 0) {
            return Sourced.of(new Result.Level(level), cell.text(), ref(cell, where));
        }
        BigDecimal n = numberOf(cell);
        if (n == null) {
            return Sourced.of(null, cell.text(), ref(cell, where));
        }
        if (milestoneRubric && isWhole(n) && n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(5)) <= 0) {
            return Sourced.of(new Result.Level(n.intValueExact()), cell.text(), ref(cell, where));
        }
        return Sourced.of(new Result.Measured(n), cell.text(), ref(cell, where));
    }

    /** A rubric cell: a threshold number ({@code ร้อยละ 20}, {@code ≤ 60}) or a textual milestone. */
    static Sourced<Threshold> threshold(TextCell cell, CellRef where) {
        if (cell == null) {
            return Sourced.blank(where);
        }
        if (cell.source().isNumber()) {
            return Sourced.of(new Threshold(numberOf(cell), cell.text(), false), cell.text(), ref(cell, where));
        }
        Numbers.Parsed parsed = Numbers.parseDetailed(cell.text());
        Threshold t = parsed == null
                ? new Threshold(null, cell.text(), false)
                : new Threshold(parsed.value(), cell.text(), parsed.bound() != Numbers.Bound.NONE);
        return Sourced.of(t, cell.text(), ref(cell, where));
    }

    private static CellRef ref(TextCell cell, CellRef where) {
        return where.at(cell.row(), cell.column());
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }
}
