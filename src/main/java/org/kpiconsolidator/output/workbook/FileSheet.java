package org.kpiconsolidator.output.workbook;

import java.util.List;
import java.util.stream.Collectors;
import org.kpiconsolidator.consolidate.FileFacts;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.Reports;
import org.kpiconsolidator.consolidate.SummaryLine;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.finding.Scope;

/**
 * The files sheet: every file of the batch, skipped ones included, with what identifies it (path,
 * SHA-256, size), what made it (producer, format, template version and drift from the template)
 * and what became of it (status, counts, and the message of a finding about the whole file).
 */
final class FileSheet {

    static final String NAME = "ไฟล์";

    static final int FILE = 0;
    static final int SHA256 = 1;
    static final int SIZE = 2;
    static final int PRODUCER = 3;
    static final int FORMAT = 4;
    static final int TEMPLATE = 5;
    static final int DRIFT = 6;
    static final int STATUS = 7;
    static final int ERRORS = 8;
    static final int WARNINGS = 9;
    static final int NOTE = 10;

    private FileSheet() {
    }

    static void write(Book book) {
        Labels l = book.labels();
        List<Column> columns = List.of(
                new Column(l.get("col.path"), Kind.TEXT, 30),
                new Column(l.get("col.sha256"), Kind.TEXT, 33),
                new Column(l.get("col.size"), Kind.SIZE, 12),
                new Column(l.get("col.producer"), Kind.TEXT, 20),
                new Column(l.get("col.format"), Kind.CODE, 8),
                new Column(l.get("col.template"), Kind.TEXT, 12),
                new Column(l.get("col.drift"), Kind.TEXT, 30),
                new Column(l.get("col.fileStatus"), Kind.CODE, 16),
                new Column(l.get("col.errors"), Kind.INTEGER, 10),
                new Column(l.get("col.warnings"), Kind.INTEGER, 10),
                new Column(l.get("col.note"), Kind.TEXT, 40));
        Table table = new Table(book.sheet(NAME), book, columns,
                List.of(new Band(book.title("title.files"), FILE, NOTE)));
        for (FileOutcome f : book.run().files()) {
            FileFacts facts = f.facts();
            SummaryLine s = Reports.summaryLine(f);
            String note = f.findings().stream().filter(x -> x.code().scope() == Scope.FILE)
                    .map(x -> x.code().name() + ": " + Messages.of(x, book.language()))
                    .collect(Collectors.joining("\n"));
            table.line()
                    .text(FILE, f.file().name())
                    .text(SHA256, facts.sha256())
                    .number(SIZE, facts.size() < 0 ? null : facts.size())
                    .text(PRODUCER, facts.producer())
                    .text(FORMAT, facts.format())
                    .text(TEMPLATE, facts.templateVersion())
                    .text(DRIFT, String.join("\n", facts.drift()))
                    .text(STATUS, s.status(), statusTone(s.status(), s.errors()))
                    .number(ERRORS, s.errors(), s.errors() > 0 ? Tone.ERROR : Tone.PLAIN)
                    .number(WARNINGS, s.warnings(), s.warnings() > 0 ? Tone.WARNING : Tone.PLAIN)
                    .text(NOTE, note);
        }
        table.finish(book.title("title.files"));
    }

    private static Tone statusTone(String status, long errors) {
        return switch (status) {
            case "OK", "SKIPPED" -> Tone.PLAIN;
            case "DISCREPANCIES" -> errors > 0 ? Tone.ERROR : Tone.WARNING;
            default -> Tone.ERROR;
        };
    }
}
