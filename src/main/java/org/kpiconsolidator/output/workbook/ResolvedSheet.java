package org.kpiconsolidator.output.workbook;

import java.util.ArrayList;
import java.util.List;
import org.kpiconsolidator.reference.PreviousRun;
import org.kpiconsolidator.review.Mark;
import org.kpiconsolidator.review.ReviewRound;

/**
 * The findings of the earlier run not found again (written only when the run was compared with
 * one): resolved, or not checked again because their unit sent no form this round, each with the
 * values the earlier log gave. The same rows as the {@code resolved} and {@code unchecked} rows of
 * {@code review.csv}.
 */
final class ResolvedSheet {

    static final String NAME = "แก้แล้ว";

    static final int REVIEW = 0;
    static final int SEVERITY = 1;
    static final int RULE = 2;
    static final int UNIT = 3;
    static final int FILE = 4;
    static final int SHEET = 5;
    static final int CELL = 6;
    static final int COMPONENT = 7;
    static final int INDICATOR = 8;
    static final int STATED = 9;
    static final int EXPECTED = 10;
    static final int MESSAGE = 11;
    static final int FINDING_ID = 12;

    private ResolvedSheet() {
    }

    static void write(Book book) {
        Labels l = book.labels();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(l.get("col.review"), Kind.CODE, 14));
        columns.addAll(DiscrepancySheet.findingColumns(l));
        Table table = new Table(book.sheet(NAME), book, columns,
                List.of(new Band(book.title("title.resolved"), REVIEW, FINDING_ID)));
        for (ReviewRound.Gone g : book.review().gone()) {
            PreviousRun.Finding f = g.finding();
            table.line()
                    .text(REVIEW, l.get("review." + g.mark().key()), g.mark() == Mark.UNCHECKED ? Tone.WARNING : Tone.PLAIN)
                    .text(SEVERITY, f.severity())
                    .text(RULE, f.rule())
                    .text(UNIT, f.unit())
                    .text(FILE, f.file())
                    .text(SHEET, f.sheet())
                    .text(CELL, f.cell())
                    .text(COMPONENT, f.component())
                    .text(INDICATOR, f.indicator())
                    .text(STATED, f.stated())
                    .text(EXPECTED, f.expected())
                    .text(MESSAGE, f.message())
                    .text(FINDING_ID, f.findingId());
        }
        table.finish(book.title("title.resolved"));
    }
}
