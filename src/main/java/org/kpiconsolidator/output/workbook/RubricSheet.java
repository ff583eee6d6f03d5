package org.kpiconsolidator.output.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.Reports;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.model.Rubric;
import org.kpiconsolidator.model.RubricLevel;
import org.kpiconsolidator.model.RubricRow;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.RubricLine;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.text.Decimals;
import org.kpiconsolidator.workbook.CellRef;

/**
 * The rubric-used sheet: for every scored indicator, the thresholds of levels 1 to 5 that scored it
 * (the headers give the points per level the run used, the official ones), whether scores were
 * interpolated, the points the form's own header printed, and where the rubric came from (the form,
 * or the agreements of record). A finding that points at a rubric cell colours it.
 */
final class RubricSheet {

    static final String NAME = "เกณฑ์ที่ใช้";

    static final int FILE = 0;
    static final int UNIT = 1;
    static final int COMPONENT = 2;
    static final int INDICATOR = 3;
    static final int ROW = 4;
    static final int INTERPOLATE = 5;
    static final int LEVEL_1 = 6;
    static final int PRINTED_POINTS = LEVEL_1 + 5;
    static final int SOURCE = PRINTED_POINTS + 1;
    static final int CELL = SOURCE + 1;

    private RubricSheet() {
    }

    static void write(Book book) {
        Labels l = book.labels();
        List<Column> columns = new ArrayList<>(List.of(
                new Column(l.get("col.file"), Kind.TEXT, 20),
                new Column(l.get("col.unit"), Kind.TEXT, 20),
                new Column(l.get("col.component"), Kind.CODE, 6),
                new Column(l.get("col.indicator"), Kind.CODE, 6),
                new Column(l.get("col.rubricRow"), Kind.TEXT, 30),
                new Column(l.get("col.interpolate"), Kind.CODE, 10)));
        List<BigDecimal> points = book.settings().policy().points();
        for (int k = 1; k <= 5; k++) {
            columns.add(new Column(l.get("col.levelPoints", k, Decimals.format(points.get(k - 1))), Kind.GENERAL, 12));
        }
        columns.add(new Column(l.get("col.printedPoints"), Kind.TEXT, 16));
        columns.add(new Column(l.get("col.rubricSource"), Kind.TEXT, 10));
        columns.add(new Column(l.get("col.source"), Kind.TEXT, 16));
        Table table = new Table(book.sheet(NAME), book, columns,
                List.of(new Band(book.title("title.rubric"), FILE, CELL)));
        for (FileOutcome f : book.run().files()) {
            Optional<SubmissionScore> score = f.score();
            if (score.isEmpty()) {
                continue;
            }
            Map<CellRef, List<Finding>> findings = byCell(f);
            for (IndicatorScore s : score.get().indicators()) {
                if (s.line().isPresent()) {
                    row(book, table.line(), f, s, s.line().get(), findings);
                }
            }
        }
        table.finish(book.title("title.rubric"));
    }

    private static void row(Book book, Table.Line line, FileOutcome f, IndicatorScore s, RubricLine used,
            Map<CellRef, List<Finding>> findings) {
        Labels l = book.labels();
        Optional<Rubric> rubric = s.block().rubric();
        Optional<RubricRow> row = rubricRow(s, f);
        line.text(FILE, f.file().name())
                .text(UNIT, f.unit())
                .text(COMPONENT, s.component())
                .text(INDICATOR, s.indicator().number())
                .text(INTERPOLATE, l.get(used.interpolate() ? "value.yes" : "value.no"))
                .text(SOURCE, l.get("source." + Reports.rubricSource(s).name().toLowerCase(java.util.Locale.ROOT)));
        if (row.isPresent()) {
            RubricRow r = row.get();
            List<Finding> at = findings.getOrDefault(r.labelCell(), List.of());
            line.text(ROW, r.label(), tone(at)).text(CELL, r.labelCell() == null ? "" : r.labelCell().toString());
            note(book, line, ROW, at);
        }
        for (int k = 0; k < 5; k++) {
            Threshold t = k < used.thresholds().size() ? used.thresholds().get(k) : null;
            List<Finding> at = row.isPresent() && k < row.get().thresholds().size()
                    ? findings.getOrDefault(row.get().thresholds().get(k).cell(), List.of()) : List.of();
            if (t != null && t.value() != null && !t.orBeyond()) {
                line.number(LEVEL_1 + k, t.value(), tone(at));
            } else {
                line.text(LEVEL_1 + k, t == null ? "" : t.text(), tone(at));
            }
            note(book, line, LEVEL_1 + k, at);
        }
        if (rubric.isPresent() && !rubric.get().levels().isEmpty()) {
            List<Finding> at = new ArrayList<>();
            for (RubricLevel level : rubric.get().levels()) {
                at.addAll(findings.getOrDefault(level.points().cell(), List.of()));
            }
            String printed = rubric.get().levels().stream()
                    .map(level -> level.points().isPresent() ? Decimals.format(level.points().value()) : "?")
                    .collect(Collectors.joining("/"));
            line.text(PRINTED_POINTS, printed, tone(at));
            note(book, line, PRINTED_POINTS, at);
        }
    }

    /** The rubric row that scored an indicator: its group's row of a group rubric, else its own. */
    private static Optional<RubricRow> rubricRow(IndicatorScore s, FileOutcome f) {
        Optional<Rubric> rubric = s.block().rubric();
        if (rubric.isEmpty()) {
            return Optional.empty();
        }
        if (rubric.get().groupSpecific()) {
            return Optional.ofNullable(f.stored().group()).flatMap(g -> rubric.get().rowFor(g));
        }
        return s.indicator().rubricRow();
    }

    private static Tone tone(List<Finding> findings) {
        Tone tone = Tone.PLAIN;
        for (Finding f : findings) {
            tone = tone.max(Tone.of(f.severity()));
        }
        return tone;
    }

    private static void note(Book book, Table.Line line, int column, List<Finding> findings) {
        if (tone(findings) != Tone.PLAIN) {
            line.note(column, findings.stream().map(f -> f.code().name() + ": " + Messages.of(f, book.language()))
                    .distinct().collect(Collectors.joining("\n")));
        }
    }

    /** A file's warnings and errors by the cell they point at. */
    private static Map<CellRef, List<Finding>> byCell(FileOutcome f) {
        Map<CellRef, List<Finding>> map = new HashMap<>();
        for (Finding finding : f.findings()) {
            if (finding.cell() != null && finding.severity() != Severity.INFO) {
                map.computeIfAbsent(finding.cell(), k -> new ArrayList<>()).add(finding);
            }
        }
        return map;
    }
}
