package org.kpiconsolidator.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiconsolidator.locate.TableHeader.Span;
import org.kpiconsolidator.workbook.GridCell;
import org.kpiconsolidator.workbook.MergedRegion;
import org.kpiconsolidator.workbook.SheetGrid;

/** Header cells merged across columns give their label to every column they cover. */
class TableFinderTest {

    private static SheetText sheet(List<MergedRegion> merged, String[]... rows) {
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    cells.add(GridCell.text(r, c, rows[r][c]));
                }
            }
        }
        return new SheetText(new SheetGrid("Sheet1", 0, false, cells, merged));
    }

    @Test
    void aLabelMergedAcrossColumnsSpansThem() {
        String[] header = {"น้ำหนัก", "ผลการดำเนินงาน", null, "ค่าคะแนนที่ได้", "ค่าคะแนนถ่วงน้ำหนัก"};
        String[] data = {"20", "80", "ร้อยละ", "4", "0.8"};
        SheetText merged = sheet(List.of(new MergedRegion(0, 0, 1, 2)), header, data);
        TableHeader found = TableFinder.find(merged, TableShape.RESULTS, 0, 1).orElseThrow();
        assertThat(found.span(Role.RESULT)).contains(new Span(1, 2));
        assertThat(found.span(Role.WEIGHTED)).contains(new Span(4, 4));

        TableHeader unmerged = TableFinder.find(sheet(List.of(), header, data), TableShape.RESULTS, 0, 1).orElseThrow();
        assertThat(unmerged.span(Role.RESULT)).contains(new Span(1, 1));
    }

    @Test
    void anUpperLabelMergedOverTwoColumnsJoinsEachLowerLabel() {
        // ค่าคะแนน over ถ่วงน้ำหนัก | ที่ได้: only with the merge is the second ค่าคะแนนที่ได้
        String[] upper = {"น้ำหนัก", "ผลการดำเนินงาน", "ค่าคะแนน", null};
        String[] lower = {null, null, "ถ่วงน้ำหนัก", "ที่ได้"};
        List<MergedRegion> merged = List.of(new MergedRegion(0, 1, 0, 0), new MergedRegion(0, 1, 1, 1),
                new MergedRegion(0, 0, 2, 3));
        TableHeader found = TableFinder.find(sheet(merged, upper, lower), TableShape.RESULTS, 0, 1).orElseThrow();
        assertThat(found.lastRow()).isEqualTo(1);
        assertThat(found.span(Role.WEIGHTED)).contains(new Span(2, 2));
        assertThat(found.span(Role.SCORE)).contains(new Span(3, 3));

        TableHeader unmerged = TableFinder.find(sheet(List.of(), upper, lower), TableShape.RESULTS, 0, 1).orElseThrow();
        assertThat(unmerged.has(Role.SCORE)).isFalse();
    }
}
