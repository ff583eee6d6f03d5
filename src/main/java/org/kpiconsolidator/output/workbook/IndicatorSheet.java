package org.kpiconsolidator.output.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.IndicatorLine;
import org.kpiconsolidator.consolidate.Reports;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.ResultRow;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.Score;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.scoring.Verification;
import org.kpiconsolidator.workbook.CellRef;

/**
 * The indicators sheet: every indicator row as the form states it, each stated value next to the
 * cell it was read from, then as recomputed. A finding that points at a stated value colours that
 * value (red for an error, amber for a warning) with a comment naming the rule; a finding that
 * points at a cell not shown here (the summary or detail table, the rubric) colours the findings
 * column, which names every rule of the row with its cell. When the office verified results
 * ({@code --verified}), a last band shows its verified level or value, score and weighted score
 * beside the unit's own, with the reason; the recomputed band stays the recomputation of the
 * unit's own result.
 */
final class IndicatorSheet {

    static final String NAME = "ตัวชี้วัด";

    static final int FILE = 0;
    static final int UNIT = 1;
    static final int COMPONENT = 2;
    static final int INDICATOR = 3;
    static final int INDICATOR_NAME = 4;
    static final int SHEET = 5;
    static final int WEIGHT = 6;
    static final int WEIGHT_CELL = 7;
    static final int LEVEL = 8;
    static final int VALUE = 9;
    static final int RESULT_CELL = 10;
    static final int SCORE = 11;
    static final int SCORE_CELL = 12;
    static final int WEIGHTED = 13;
    static final int WEIGHTED_CELL = 14;
    static final int RECOMPUTED_LEVEL = 15;
    static final int RECOMPUTED_SCORE = 16;
    static final int RECOMPUTED_WEIGHTED = 17;
    static final int STATUS = 18;
    static final int FINDINGS = 19;
    /** The office's verified result, in a band of its own when the run has any ({@code --verified}). */
    static final int VERIFIED_LEVEL = 20;
    static final int VERIFIED_VALUE = 21;
    static final int VERIFIED_SCORE = 22;
    static final int VERIFIED_WEIGHTED = 23;
    static final int VERIFIED_REASON = 24;

    private IndicatorSheet() {
    }

    /**
     * The column of this sheet where a finding about an indicator is shown: the stated value at the
     * cell the finding points at, or the findings column when that cell is not one shown here.
     */
    static int columnFor(Finding f, ResultRow row) {
        CellRef at = f.cell();
        if (at == null) {
            return FINDINGS;
        }
        if (at.equals(row.weight().cell())) {
            return WEIGHT;
        }
        if (at.equals(row.result().cell())) {
            return row.result().value() instanceof Result.Level ? LEVEL : VALUE;
        }
        if (at.equals(row.score().cell())) {
            return SCORE;
        }
        if (at.equals(row.weighted().cell())) {
            return WEIGHTED;
        }
        return FINDINGS;
    }

    static void write(Book book) {
        Labels l = book.labels();
        List<Column> columns = List.of(
                new Column(l.get("col.file"), Kind.TEXT, 20),
                new Column(l.get("col.unit"), Kind.TEXT, 20),
                new Column(l.get("col.component"), Kind.CODE, 6),
                new Column(l.get("col.indicator"), Kind.CODE, 6),
                new Column(l.get("col.indicatorName"), Kind.TEXT, 28),
                new Column(l.get("col.sheet"), Kind.TEXT, 13),
                new Column(l.get("col.weight"), Kind.DECIMAL, 10),
                new Column(l.get("col.cell"), Kind.CODE, 10),
                new Column(l.get("col.level"), Kind.INTEGER, 8),
                new Column(l.get("col.value"), Kind.DECIMAL, 10),
                new Column(l.get("col.cell"), Kind.CODE, 10),
                new Column(l.get("col.score"), Kind.DECIMAL, 10),
                new Column(l.get("col.cell"), Kind.CODE, 10),
                new Column(l.get("col.weighted"), Kind.DECIMAL, 10),
                new Column(l.get("col.cell"), Kind.CODE, 10),
                new Column(l.get("col.level"), Kind.INTEGER, 8),
                new Column(l.get("col.score"), Kind.DECIMAL, 10),
                new Column(l.get("col.weighted"), Kind.DECIMAL, 10),
                new Column(l.get("col.status"), Kind.CODE, 12),
                new Column(l.get("col.findings"), Kind.TEXT, 26));
        List<Band> bands = new ArrayList<>(List.of(
                new Band(l.get("band.indicator"), FILE, SHEET),
                new Band(l.get("band.stated"), WEIGHT, WEIGHTED_CELL),
                new Band(l.get("band.recomputed"), RECOMPUTED_LEVEL, RECOMPUTED_WEIGHTED),
                new Band(l.get("band.check"), STATUS, FINDINGS)));
        boolean verified = book.run().files().stream()
                .anyMatch(f -> f.stored().hasVerified());
        if (verified) {
            columns = new ArrayList<>(columns);
            columns.addAll(List.of(
                    new Column(l.get("col.verifiedLevel"), Kind.INTEGER, 8),
                    new Column(l.get("col.verifiedValue"), Kind.DECIMAL, 10),
                    new Column(l.get("col.verifiedScore"), Kind.DECIMAL, 10),
                    new Column(l.get("col.verifiedWeighted"), Kind.DECIMAL, 10),
                    new Column(l.get("col.verifiedReason"), Kind.TEXT, 30)));
            bands.add(new Band(l.get("band.verified"), VERIFIED_LEVEL, VERIFIED_REASON));
        }
        Table table = new Table(book.sheet(NAME), book, columns, bands);
        for (FileOutcome f : book.run().files()) {
            // One read of the score per file: a large batch keeps it on disk (ScoreSpill).
            Optional<SubmissionScore> submission = f.score();
            if (submission.isEmpty()) {
                continue;
            }
            List<IndicatorScore> indicators = submission.get().indicators();
            Map<String, List<Finding>> findings = byIndicator(f);
            List<IndicatorLine> lines = Reports.indicatorLines(f);
            for (int k = 0; k < lines.size(); k++) {
                IndicatorScore score = indicators.get(k);
                Table.Line line = table.line();
                row(book, line, lines.get(k), score,
                        findings.getOrDefault(key(lines.get(k).component(), lines.get(k).indicator()), List.of()));
                if (verified) {
                    verified(line, score);
                }
            }
        }
        table.finish(book.title("title.indicators"));
    }

    /** The office's verified result beside the unit's, when it gave one. */
    private static void verified(Table.Line line, IndicatorScore s) {
        if (s.verification().isEmpty()) {
            return;
        }
        Verification v = s.verification().get();
        Integer level = s.verified().map(Score::level).orElse(null);
        line.number(VERIFIED_LEVEL, level)
                .number(VERIFIED_VALUE, v.result() instanceof Result.Measured m ? m.value() : null)
                .number(VERIFIED_SCORE, s.verified().map(Score::score).orElse(null))
                .number(VERIFIED_WEIGHTED, s.verified().map(Score::weighted).orElse(null))
                .text(VERIFIED_REASON, v.reason() + " (" + v.reviewer() + ")");
    }

    private static void row(Book book, Table.Line line, IndicatorLine l, IndicatorScore score,
            List<Finding> findings) {
        ResultRow stated = score.indicator().results();
        // The unit's own result recomputed; the verified result, if any, has a band of its own.
        Score recomputed = score.recomputed().orElse(null);
        String sheet = l.cell() == null ? "" : l.cell().sheet();
        Map<Integer, Tone> tones = new HashMap<>();
        Map<Integer, StringBuilder> comments = new TreeMap<>();
        StringBuilder listed = new StringBuilder();
        for (Finding f : findings) {
            int column = columnFor(f, stated);
            tones.merge(column, Tone.of(f.severity()), Tone::max);
            StringBuilder comment = comments.computeIfAbsent(column, c -> new StringBuilder());
            if (!comment.isEmpty()) {
                comment.append('\n');
            }
            comment.append(f.code().name()).append(": ").append(Messages.of(f, book.language()));
            if (!listed.isEmpty()) {
                listed.append('\n');
            }
            listed.append(f.code().name()).append(' ').append(where(f.cell(), sheet));
            if (!f.stated().isEmpty() || !f.expected().isEmpty()) {
                listed.append(": ").append(f.stated()).append(" → ").append(f.expected());
            }
        }
        line.text(FILE, l.file())
                .text(UNIT, l.unit())
                .text(COMPONENT, l.component())
                .text(INDICATOR, l.indicator())
                .text(INDICATOR_NAME, l.name())
                .text(SHEET, sheet)
                .number(WEIGHT, l.weight(), tone(tones, WEIGHT))
                .text(WEIGHT_CELL, where(l.cells().weight(), sheet))
                .number(LEVEL, l.statedLevel(), tone(tones, LEVEL))
                .number(VALUE, l.resultValue(), tone(tones, VALUE))
                .text(RESULT_CELL, where(l.cells().result(), sheet))
                .number(SCORE, l.statedScore(), tone(tones, SCORE))
                .text(SCORE_CELL, where(l.cells().score(), sheet))
                .number(WEIGHTED, l.statedWeighted(), tone(tones, WEIGHTED))
                .text(WEIGHTED_CELL, where(l.cells().weighted(), sheet))
                .number(RECOMPUTED_LEVEL, recomputed == null ? null : recomputed.level())
                .number(RECOMPUTED_SCORE, recomputed == null ? null : recomputed.score())
                .number(RECOMPUTED_WEIGHTED, recomputed == null ? null : recomputed.weighted())
                .text(STATUS, l.status(), statusTone(l.status()))
                .text(FINDINGS, listed.toString(), tone(tones, FINDINGS));
        // A result that is neither a level nor a number is shown as written, so the reviewer sees it.
        if (l.statedLevel() == null && l.resultValue() == null && stated.result().isUnreadable()) {
            line.text(VALUE, stated.result().raw(), tone(tones, VALUE));
        }
        for (Map.Entry<Integer, StringBuilder> e : comments.entrySet()) {
            if (tones.get(e.getKey()) != Tone.PLAIN) {
                line.note(e.getKey(), e.getValue().toString());
            }
        }
    }

    private static Tone tone(Map<Integer, Tone> tones, int column) {
        return tones.getOrDefault(column, Tone.PLAIN);
    }

    private static Tone statusTone(String status) {
        return switch (status) {
            case "MISMATCH" -> Tone.ERROR;
            case "INCOMPLETE" -> Tone.WARNING;
            default -> Tone.PLAIN;
        };
    }

    /** A cell as a reviewer finds it: {@code D23} on the row's own sheet, else {@code sheet!D23}. */
    static String where(CellRef cell, String sheet) {
        if (cell == null) {
            return "";
        }
        return cell.sheet().equals(sheet) ? cell.a1() : cell.sheet() + "!" + cell.a1();
    }

    /** A file's warnings and errors about single indicators, by component and indicator. */
    private static Map<String, List<Finding>> byIndicator(FileOutcome f) {
        Map<String, List<Finding>> map = new HashMap<>();
        for (Finding finding : f.findings()) {
            if (finding.severity() != Severity.INFO && !finding.indicator().isEmpty()) {
                map.computeIfAbsent(key(finding.component(), finding.indicator()), k -> new ArrayList<>())
                        .add(finding);
            }
        }
        map.values().forEach(list -> list.sort(Finding.LOG_ORDER));
        return map;
    }

    private static String key(String component, String indicator) {
        return component + "|" + indicator;
    }
}
