package org.kpiconsolidator.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.IndicatorLine;
import org.kpiconsolidator.consolidate.Reports;
import org.kpiconsolidator.consolidate.SummaryLine;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.finding.Waiver;
import org.kpiconsolidator.reference.PreviousRun;
import org.kpiconsolidator.review.ReviewRound;
import org.kpiconsolidator.text.Decimals;

/**
 * Writes {@code discrepancies.csv}, {@code indicators.csv} and {@code summary.csv} with the exact
 * headers of SPEC 5: UTF-8 with a byte-order mark (so Excel shows Thai), RFC 4180 quoting, {@code .}
 * as decimal separator, at most 4 decimals, empty fields for absent values, text neutralised
 * against formula injection.
 */
public final class CsvReports {

    public static final String DISCREPANCIES = "discrepancies.csv";
    public static final String INDICATORS = "indicators.csv";
    public static final String SUMMARY = "summary.csv";
    /** The review ledger of a round: every finding with its mark and waiver, and those resolved. */
    public static final String REVIEW = "review.csv";

    static final List<String> DISCREPANCY_HEADER = List.of("severity", "rule", "unit", "file", "sheet", "cell",
            "component", "indicator", "stated", "expected", "message", "finding_id");
    static final List<String> INDICATOR_HEADER = List.of("file", "unit", "component", "indicator", "name", "weight",
            "stated_level", "result_value", "stated_score", "stated_weighted", "level", "score", "weighted", "status");
    static final List<String> SUMMARY_HEADER = List.of("file", "unit", "group", "status", "stated_total", "total",
            "errors", "warnings");

    /** The discrepancy log's columns after the mark, then the waiver's. */
    static final List<String> REVIEW_HEADER = List.of("review", "severity", "rule", "unit", "file", "sheet", "cell",
            "component", "indicator", "stated", "expected", "message", "finding_id", "waived", "waiver_reason",
            "waiver_reviewer", "waiver_date");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvReports() {
    }

    public static void writeAll(Consolidation c, Language language, Path dir) throws IOException {
        writeAll(c, ReviewRound.of(c, Optional.empty()), language, dir);
    }

    /**
     * Writes the discrepancy log, the indicators and the summary; the log's rows are the round's
     * findings, in its order (the log's), with the ids it has already worked out.
     */
    public static void writeAll(Consolidation c, ReviewRound round, Language language, Path dir) throws IOException {
        write(dir.resolve(DISCREPANCIES), DISCREPANCY_HEADER, printer -> {
            for (ReviewRound.Current current : round.current()) {
                Finding f = current.finding();
                printer.printRecord(f.severity().name(), f.code().name(), t(f.unit()), t(f.file()), t(f.sheet()),
                        f.a1(), f.component(), t(f.indicator()), t(f.stated()), t(f.expected()),
                        t(Messages.logged(f, language)), current.id());
            }
        });
        write(dir.resolve(INDICATORS), INDICATOR_HEADER, printer -> {
            // File by file, so a spilled batch is read back one form at a time.
            for (FileOutcome f : c.files()) {
                for (IndicatorLine l : Reports.indicatorLines(f)) {
                    printer.printRecord(t(l.file()), t(l.unit()), l.component(), t(l.indicator()), t(l.name()),
                            Decimals.format(l.weight()), n(l.statedLevel()), Decimals.format(l.resultValue()),
                            Decimals.format(l.statedScore()), Decimals.format(l.statedWeighted()), n(l.level()),
                            Decimals.format(l.score()), Decimals.format(l.weighted()), l.status());
                }
            }
        });
        write(dir.resolve(SUMMARY), SUMMARY_HEADER, printer -> {
            for (SummaryLine l : Reports.summaryLines(c)) {
                printer.printRecord(t(l.file()), t(l.unit()), l.group(), l.status(), Decimals.format(l.statedTotal()),
                        Decimals.format(l.total()), l.errors(), l.warnings());
            }
        });
    }

    /**
     * Writes {@code review.csv}: each current finding with its mark ({@code new}, {@code open}) and
     * waiver, in log order, then each earlier finding not found again ({@code resolved},
     * {@code unchecked}) with the values the earlier log gave.
     */
    public static void writeReview(ReviewRound round, Language language, Path dir) throws IOException {
        write(dir.resolve(REVIEW), REVIEW_HEADER, printer -> {
            for (ReviewRound.Current c : round.current()) {
                Finding f = c.finding();
                Optional<Waiver> w = f.waiver();
                printer.printRecord(c.mark().key(), f.severity().name(), f.code().name(), t(f.unit()), t(f.file()),
                        t(f.sheet()), f.a1(), f.component(), t(f.indicator()), t(f.stated()), t(f.expected()),
                        t(Messages.logged(f, language)), c.id(), w.isPresent(),
                        t(w.map(Waiver::reason).orElse("")), t(w.map(Waiver::reviewer).orElse("")),
                        t(w.map(Waiver::date).orElse("")));
            }
            for (ReviewRound.Gone g : round.gone()) {
                PreviousRun.Finding f = g.finding();
                printer.printRecord(g.mark().key(), f.severity(), f.rule(), t(f.unit()), t(f.file()), t(f.sheet()),
                        t(f.cell()), t(f.component()), t(f.indicator()), t(f.stated()), t(f.expected()),
                        t(f.message()), f.findingId(), false, "", "", "");
            }
        });
    }

    @FunctionalInterface
    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static void write(Path target, List<String> header, Rows rows) throws IOException {
        AtomicFile.write(target, out -> {
            // Buffered before the encoder: the printer appends a field at a time, and every call into
            // the encoder costs a lock and a buffer wrap of its own.
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(w, FORMAT);
            printer.printRecord(header);
            rows.print(printer);
            printer.flush();
        });
    }

    private static String t(String text) {
        return CsvText.safe(text);
    }

    private static String n(Integer i) {
        return i == null ? "" : i.toString();
    }
}
