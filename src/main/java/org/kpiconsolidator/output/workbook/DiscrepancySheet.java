package org.kpiconsolidator.output.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.review.Mark;
import org.kpiconsolidator.review.ReviewRound;

/**
 * The discrepancies sheet: the rows of {@code discrepancies.csv}, in the same order and with the
 * same values, each with its review mark (new, or still open since the earlier run) and waiver, and
 * a link to the row it concerns (the indicator's row at the highlighted cell, the component's first
 * indicator, or the file's summary row). A waived finding is not coloured: the office accepted it.
 */
final class DiscrepancySheet {

    static final String NAME = "ข้อค้นพบ";

    static final int SEVERITY = 0;
    static final int RULE = 1;
    static final int UNIT = 2;
    static final int FILE = 3;
    static final int SHEET = 4;
    static final int CELL = 5;
    static final int COMPONENT = 6;
    static final int INDICATOR = 7;
    static final int STATED = 8;
    static final int EXPECTED = 9;
    static final int MESSAGE = 10;
    static final int FINDING_ID = 11;
    static final int REVIEW = 12;
    static final int WAIVER = 13;
    static final int LINK = 14;

    private DiscrepancySheet() {
    }

    /**
     * The columns of a finding as {@code discrepancies.csv} has them, severity to finding id: this
     * sheet's first, and the resolved sheet's after its review mark.
     */
    static List<Column> findingColumns(Labels l) {
        return List.of(
                new Column(l.get("col.severity"), Kind.CODE, 10),
                new Column(l.get("col.rule"), Kind.CODE, 24),
                new Column(l.get("col.unit"), Kind.TEXT, 20),
                new Column(l.get("col.file"), Kind.TEXT, 20),
                new Column(l.get("col.sheet"), Kind.TEXT, 14),
                new Column(l.get("col.cell"), Kind.CODE, 8),
                new Column(l.get("col.component"), Kind.CODE, 6),
                new Column(l.get("col.indicator"), Kind.CODE, 6),
                new Column(l.get("col.stated"), Kind.TEXT, 10),
                new Column(l.get("col.expected"), Kind.TEXT, 10),
                new Column(l.get("col.message"), Kind.TEXT, 46),
                new Column(l.get("col.findingId"), Kind.CODE, 14));
    }

    static void write(Book book) {
        Labels l = book.labels();
        List<Column> columns = new ArrayList<>(findingColumns(l));
        columns.add(new Column(l.get("col.review"), Kind.CODE, 10));
        columns.add(new Column(l.get("col.waiver"), Kind.TEXT, 30));
        columns.add(new Column(l.get("col.link"), Kind.LINK, 18));
        Table table = new Table(book.sheet(NAME), book, columns,
                List.of(new Band(book.title("title.discrepancies"), SEVERITY, LINK)));
        // The round's findings are the run's in the log's order, each with its id and mark.
        for (ReviewRound.Current current : book.review().current()) {
            Finding f = current.finding();
            Tone tone = f.isWaived() ? Tone.PLAIN : Tone.of(f.severity());
            String id = current.id();
            Mark mark = current.mark();
            Table.Line line = table.line()
                    .text(SEVERITY, f.severity().name(), tone)
                    .text(RULE, f.code().name(), tone)
                    .text(UNIT, f.unit())
                    .text(FILE, f.file())
                    .text(SHEET, f.sheet())
                    .text(CELL, f.a1())
                    .text(COMPONENT, f.component())
                    .text(INDICATOR, f.indicator())
                    .text(STATED, f.stated())
                    .text(EXPECTED, f.expected())
                    .text(MESSAGE, Messages.logged(f, book.language()))
                    .text(FINDING_ID, id)
                    .text(REVIEW, mark == null ? "" : l.get("review." + mark.key()),
                            mark == Mark.NEW && book.review().compared() ? Tone.WARNING : Tone.PLAIN)
                    .text(WAIVER, f.waiver().map(w -> (w.reason().isBlank() ? "—" : w.reason()) + " — "
                            + w.reviewer() + " " + w.date()).orElse(""));
            Optional<Places.Target> target = book.places().of(f);
            target.ifPresent(t -> line.link(LINK, t.sheet(), t.row(), t.column(),
                    l.get("link", t.sheet(), t.row() + 1)));
        }
        table.finish(book.title("title.discrepancies"));
    }
}
