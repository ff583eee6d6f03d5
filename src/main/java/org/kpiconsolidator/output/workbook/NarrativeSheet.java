package org.kpiconsolidator.output.workbook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.model.DetailEntry;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.Narrative;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.workbook.CellRef;

/**
 * The narratives sheet, for reviewers to read: every non-blank free text of every form (support
 * factors, obstacles, evidence, explanations, the detail table's projects, details and notes, the
 * summary table's narrative result), per unit and indicator, with the cell it was read from.
 * Sections come in a fixed order, so the same forms give the same rows.
 */
final class NarrativeSheet {

    static final String NAME = "ข้อมูลเชิงบรรยาย";

    static final int FILE = 0;
    static final int UNIT = 1;
    static final int COMPONENT = 2;
    static final int INDICATOR = 3;
    static final int SECTION = 4;
    static final int TEXT = 5;
    static final int CELL = 6;

    private NarrativeSheet() {
    }

    static void write(Book book) {
        Labels l = book.labels();
        List<Column> columns = List.of(
                new Column(l.get("col.file"), Kind.TEXT, 20),
                new Column(l.get("col.unit"), Kind.TEXT, 20),
                new Column(l.get("col.component"), Kind.CODE, 6),
                new Column(l.get("col.indicator"), Kind.CODE, 6),
                new Column(l.get("col.section"), Kind.TEXT, 18),
                new Column(l.get("col.text"), Kind.TEXT, 70),
                new Column(l.get("col.source"), Kind.TEXT, 16));
        Table table = new Table(book.sheet(NAME), book, columns,
                List.of(new Band(book.title("title.narratives"), FILE, CELL)));
        for (FileOutcome f : book.run().files()) {
            Optional<SubmissionScore> score = f.score();
            if (score.isEmpty()) {
                continue;
            }
            for (FormBlock block : score.get().submission().blocks()) {
                String component = block.component() <= 0 ? "" : Integer.toString(block.component());
                String blockIndicator = block.indicators().size() == 1 ? block.indicators().get(0).number() : "";
                for (Narrative kind : Narrative.values()) {
                    Sourced<String> text = block.narratives().get(kind);
                    if (text != null) {
                        row(table, f, component, blockIndicator, section(l, kind), text.value(), text.cell());
                    }
                }
                for (Indicator indicator : block.indicators()) {
                    indicator.summary().ifPresent(s -> row(table, f, component, indicator.number(),
                            l.get("section.summaryResult"), s.resultText(), null));
                    if (indicator.detail().isPresent()) {
                        DetailEntry d = indicator.detail().get();
                        row(table, f, component, indicator.number(), l.get("section.projects"), d.projects(), null);
                        // The detail table often repeats the summary's narrative result word for word.
                        String summarised = indicator.summary().map(s -> s.resultText().strip()).orElse("");
                        if (d.details() != null && !d.details().strip().equals(summarised)) {
                            row(table, f, component, indicator.number(), l.get("section.details"), d.details(),
                                    null);
                        }
                        row(table, f, component, indicator.number(), l.get("section.note"), d.note(), null);
                        for (Narrative kind : Narrative.values()) {
                            Sourced<String> text = d.narratives().get(kind);
                            if (text != null) {
                                row(table, f, component, indicator.number(), section(l, kind), text.value(),
                                        text.cell());
                            }
                        }
                    }
                }
            }
        }
        table.finish(book.title("title.narratives"));
    }

    /** Blank, a dash, or "none": nothing for a reviewer to read (as SPEC 4.1 reads explanations). */
    static boolean saysNothing(String text) {
        if (text == null) {
            return true;
        }
        String t = text.strip();
        return t.isEmpty() || t.equals("-") || t.equals("–") || t.equals("ไม่มี") || t.equals("ไม่มี.");
    }

    private static String section(Labels l, Narrative kind) {
        return l.get("section." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static void row(Table table, FileOutcome f, String component, String indicator, String section,
            String text, CellRef cell) {
        if (saysNothing(text)) {
            return;
        }
        table.line()
                .text(FILE, f.file().name())
                .text(UNIT, f.unit())
                .text(COMPONENT, component)
                .text(INDICATOR, indicator)
                .text(SECTION, section)
                .text(TEXT, text)
                .text(CELL, cell == null ? "" : cell.toString());
    }
}
