package org.kpiconsolidator.output.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.Rank;
import org.kpiconsolidator.consolidate.Reports;
import org.kpiconsolidator.consolidate.SummaryLine;
import org.kpiconsolidator.review.ReviewRound;
import org.kpiconsolidator.text.Decimals;

/**
 * The summary sheet: one row per file read (unit, group, file, stated and recomputed totals, their
 * difference, error and warning counts, status, rank overall and in the unit group, and the unit's
 * findings by review mark, whose headers give the counts over all units), and right of it the units
 * whose totals moved most, which the chart draws.
 */
final class SummarySheet {

    static final String NAME = "สรุปรายหน่วยงาน";

    static final int UNIT = 0;
    static final int GROUP = 1;
    static final int FILE = 2;
    static final int STATED = 3;
    static final int TOTAL = 4;
    static final int DIFFERENCE = 5;
    static final int ERRORS = 6;
    static final int WARNINGS = 7;
    static final int STATUS = 8;
    static final int RANK = 9;
    static final int GROUP_RANK = 10;
    /** The unit's findings by review mark (its file's, for a file without a unit). */
    static final int NEW = 11;
    static final int OPEN = 12;
    static final int RESOLVED = 13;
    static final int UNCHECKED = 14;
    static final int WAIVED = 15;
    /** The side block the chart reads: unit, stated, recomputed, difference. */
    static final int MOVED_UNIT = 17;
    static final int MOVED_STATED = 18;
    static final int MOVED_TOTAL = 19;
    static final int MOVED_DIFFERENCE = 20;

    /** A chart of thousands of bars helps nobody: the units whose totals moved most. */
    static final int CHART_UNITS = 30;

    private SummarySheet() {
    }

    /** A unit in the chart: its stated and recomputed totals. */
    record Moved(String unit, BigDecimal stated, BigDecimal total) {

        BigDecimal difference() {
            return total.subtract(stated);
        }
    }

    /**
     * The units the chart shows: every file with both totals, the largest move (either way) first,
     * then by unit and file so ties keep one order; at most {@link #CHART_UNITS}.
     */
    static List<Moved> moved(Consolidation c) {
        record Candidate(Moved moved, BigDecimal size, String file) {
        }
        List<Candidate> all = new ArrayList<>();
        for (FileOutcome f : c.files()) {
            SummaryLine line = Reports.summaryLine(f);
            if (Places.inSummary(f) && line.total() != null && line.statedTotal() != null) {
                String unit = f.unit().isEmpty() ? f.file().name() : f.unit();
                Moved m = new Moved(unit, Decimals.rounded(line.statedTotal()), Decimals.rounded(line.total()));
                all.add(new Candidate(m, m.difference().abs(), f.file().name()));
            }
        }
        all.sort(Comparator.comparing(Candidate::size, Comparator.reverseOrder())
                .thenComparing(x -> x.moved().unit()).thenComparing(Candidate::file));
        return all.stream().limit(CHART_UNITS).map(Candidate::moved).toList();
    }

    static void write(Book book, Sheet sheet, List<Moved> moved) {
        Labels l = book.labels();
        ReviewRound.Counts all = book.review().overall();
        List<Column> columns = List.of(
                new Column(l.get("col.unit"), Kind.TEXT, 36),
                new Column(l.get("col.group"), Kind.CODE, 6),
                new Column(l.get("col.file"), Kind.TEXT, 32),
                new Column(l.get("col.statedTotal"), Kind.DECIMAL, 10),
                new Column(l.get("col.total"), Kind.DECIMAL, 10),
                new Column(l.get("col.difference"), Kind.SIGNED, 10),
                new Column(l.get("col.errors"), Kind.INTEGER, 10),
                new Column(l.get("col.warnings"), Kind.INTEGER, 10),
                new Column(l.get("col.fileStatus"), Kind.CODE, 16),
                new Column(l.get("col.rank"), Kind.INTEGER, 8),
                new Column(l.get("col.groupRank"), Kind.INTEGER, 8),
                // Each review header ends with the count over all units.
                new Column(l.get("col.new") + "\n" + l.get("count.all", all.added()), Kind.INTEGER, 8),
                new Column(l.get("col.open") + "\n" + l.get("count.all", all.open()), Kind.INTEGER, 8),
                new Column(l.get("col.resolved") + "\n" + l.get("count.all", all.resolved()), Kind.INTEGER, 8),
                new Column(l.get("col.unchecked") + "\n" + l.get("count.all", all.unchecked()), Kind.INTEGER, 8),
                new Column(l.get("col.waived") + "\n" + l.get("count.all", all.waived()), Kind.INTEGER, 8));
        Table table = new Table(sheet, book, columns, List.of(
                new Band(book.title("title.summary"), UNIT, GROUP_RANK),
                new Band(l.get(book.review().compared() ? "band.review" : "band.reviewFirst"), NEW, WAIVED)));
        if (!moved.isEmpty()) {
            // Before the first data row: a streamed sheet cannot go back to its header rows.
            table.outsideHeader(MOVED_UNIT, l.get("band.moved", moved.size()), List.of(l.get("col.unit"),
                    l.get("col.statedTotal"), l.get("col.total"), l.get("col.difference")));
            int unitWidth = moved.stream().mapToInt(m -> TextWidth.of(m.unit())).max().orElse(10);
            sheet.setColumnWidth(MOVED_UNIT, Math.min(40, unitWidth + 2) * 256);
            for (int c = MOVED_STATED; c <= MOVED_DIFFERENCE; c++) {
                sheet.setColumnWidth(c, 12 * 256);
            }
            sheet.setColumnWidth(WAIVED + 1, 3 * 256);
        }
        List<Rank> ranks = Reports.ranks(book.run());
        int movedRow = 0;
        for (int i = 0; i < book.run().files().size(); i++) {
            FileOutcome f = book.run().files().get(i);
            if (!Places.inSummary(f)) {
                continue;
            }
            SummaryLine s = Reports.summaryLine(f);
            BigDecimal difference = s.total() != null && s.statedTotal() != null
                    ? s.total().subtract(s.statedTotal()) : null;
            // Moved as the SPEC compares: at 2 decimals, half-up.
            boolean moves = difference != null && difference.setScale(2, RoundingMode.HALF_UP).signum() != 0;
            Table.Line line = table.line()
                    .text(UNIT, s.unit())
                    .text(GROUP, s.group())
                    .text(FILE, s.file())
                    .number(STATED, s.statedTotal())
                    .number(TOTAL, s.total())
                    .number(DIFFERENCE, difference, moves ? Tone.ERROR : Tone.PLAIN)
                    .number(ERRORS, s.errors(), s.errors() > 0 ? Tone.ERROR : Tone.PLAIN)
                    .number(WARNINGS, s.warnings(), s.warnings() > 0 ? Tone.WARNING : Tone.PLAIN)
                    .text(STATUS, s.status(), statusTone(s))
                    .number(RANK, ranks.get(i).overall())
                    .number(GROUP_RANK, ranks.get(i).inGroup());
            ReviewRound.Counts review = book.review().forFile(f);
            line.number(NEW, review.added(), review.added() > 0 && book.review().compared() ? Tone.WARNING : Tone.PLAIN)
                    .number(OPEN, review.open())
                    .number(RESOLVED, review.resolved())
                    .number(UNCHECKED, review.unchecked())
                    .number(WAIVED, review.waived());
            if (movedRow < moved.size()) {
                Moved m = moved.get(movedRow++);
                line.outside(MOVED_UNIT, Kind.TEXT, m.unit())
                        .outside(MOVED_STATED, Kind.DECIMAL, m.stated())
                        .outside(MOVED_TOTAL, Kind.DECIMAL, m.total())
                        .outside(MOVED_DIFFERENCE, Kind.SIGNED, m.difference());
            }
        }
        table.finish(book.title("title.summary"));
        // The table and the chart print on pages of their own, each fitted to the width.
        int lastTableRow = Math.max(Table.HEADER_ROWS - 1, table.nextRow() - 1);
        String area = "$A$1:$" + CellReference.convertNumToColString(WAIVED) + "$" + (lastTableRow + 1);
        if (!moved.isEmpty()) {
            area += ",$" + CellReference.convertNumToColString(MOVED_UNIT) + "$1:$"
                    + CellReference.convertNumToColString(SummaryChart.LAST_COLUMN) + "$"
                    + (SummaryChart.lastRow(moved) + 1);
        }
        book.workbook().setPrintArea(book.workbook().getSheetIndex(sheet), area);
    }

    private static Tone statusTone(SummaryLine s) {
        return switch (s.status()) {
            case "OK" -> Tone.PLAIN;
            case "DISCREPANCIES" -> s.errors() > 0 ? Tone.ERROR : Tone.WARNING;
            default -> Tone.ERROR;
        };
    }
}
