package org.kpiconsolidator.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Where a form's blocks go and how the rows are laid out: which blocks on which sheet (in order),
 * cover lines before the first block, a column offset for every row, and {@link LayoutVariation}s.
 *
 * @param sheets sheets in workbook order; a block may appear on at most one sheet
 * @param coverLines lines written on the first sheet before its first block
 * @param columnOffset blank columns before column A's content (0 = tables start in column A)
 * @param mergeLineCells merge label lines and narratives across the form's width, as real forms do
 * @param variations applied in order to every row
 */
public record Layout(List<SheetPlan> sheets, List<String> coverLines, int columnOffset, boolean mergeLineCells,
        List<LayoutVariation> variations) {

    public Layout {
        sheets = List.copyOf(sheets);
        coverLines = List.copyOf(coverLines);
        variations = List.copyOf(variations);
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a layout needs at least one sheet");
        }
        if (columnOffset < 0) {
            throw new IllegalArgumentException("column offset must not be negative: " + columnOffset);
        }
    }

    /** The given sheets, no cover, no offset, merged label lines. */
    public static Layout of(SheetPlan... sheets) {
        return new Layout(List.of(sheets), List.of(), 0, true, List.of());
    }

    /** Every block of {@code spec}, in order, on one sheet. */
    public static Layout oneSheet(String sheetName, FormSpec spec) {
        return of(new SheetPlan(sheetName, IntStream.range(0, spec.blocks().size()).boxed().toList()));
    }

    public Layout withCoverLines(List<String> lines) {
        return new Layout(sheets, lines, columnOffset, mergeLineCells, variations);
    }

    public Layout withColumnOffset(int offset) {
        return new Layout(sheets, coverLines, offset, mergeLineCells, variations);
    }

    public Layout withMergeLineCells(boolean merge) {
        return new Layout(sheets, coverLines, columnOffset, merge, variations);
    }

    public Layout withVariation(LayoutVariation variation) {
        List<LayoutVariation> more = new ArrayList<>(variations);
        more.add(variation);
        return new Layout(sheets, coverLines, columnOffset, mergeLineCells, more);
    }

    /** Fails with a message naming the problem when this layout cannot hold {@code spec}. */
    void checkFits(FormSpec spec) {
        Set<String> names = new HashSet<>();
        Set<Integer> placed = new HashSet<>();
        for (SheetPlan sheet : sheets) {
            WorkbookUtil.validateSheetName(sheet.name());
            if (!names.add(sheet.name())) {
                throw new IllegalArgumentException("sheet name used twice: " + sheet.name());
            }
            for (int block : sheet.blocks()) {
                if (block < 0 || block >= spec.blocks().size()) {
                    throw new IllegalArgumentException("sheet " + sheet.name() + " names block " + block
                            + " but the form has blocks 0.." + (spec.blocks().size() - 1));
                }
                if (!placed.add(block)) {
                    throw new IllegalArgumentException("block " + block + " is placed twice");
                }
            }
        }
    }

    /** One sheet: its name (Thai allowed) and the indexes of the blocks it holds, top to bottom. */
    public record SheetPlan(String name, List<Integer> blocks) {

        public SheetPlan {
            blocks = List.copyOf(blocks);
        }

        public static SheetPlan of(String name, Integer... blocks) {
            return new SheetPlan(name, List.of(blocks));
        }
    }
}
