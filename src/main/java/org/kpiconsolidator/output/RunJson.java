package org.kpiconsolidator.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.consolidate.Reports;
import org.kpiconsolidator.consolidate.SummaryLine;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.reference.PreviousRun;
import org.kpiconsolidator.review.ReviewRound;
import org.kpiconsolidator.text.Decimals;

/**
 * Writes {@code run.json} ({@code consolidate --json}), the run for other systems: the settings,
 * the counts (by severity, by rule, by review mark, per unit), every file with its status and
 * totals, every finding with its review mark and waiver, and the earlier findings not found again.
 * The values are those of the CSV files (the same ids, statuses, numbers at most 4 decimals), as
 * JSON numbers and strings; absent values are {@code null}. Deterministic: no timestamps.
 */
public final class RunJson {

    public static final String FILE_NAME = "run.json";

    /** The version of this file's layout; raised when a field changes meaning or goes away. */
    static final int FORMAT = 1;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private RunJson() {
    }

    /** What the run was told, as the command line gave it. */
    public record Options(String version, Map<String, Object> values) {
    }

    /**
     * @param exitCode the exit status the findings give (0 or 1)
     */
    public static void write(Consolidation c, RunSettings settings, ReviewRound review, Options options,
            int exitCode, Path dir) throws IOException {
        AtomicFile.write(dir.resolve(FILE_NAME), out -> {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("format", FORMAT);
                g.writeStringField("tool", "kpi-consolidator");
                g.writeStringField("version", options.version());
                settings(g, options);
                g.writeFieldName("fiscal_year");
                writeNumber(g, c.fiscalYear() == null ? null : BigDecimal.valueOf(c.fiscalYear()));
                g.writeNumberField("exit_code", exitCode);
                counts(g, c, review);
                files(g, c, review);
                findings(g, review, settings);
                gone(g, review);
                g.writeEndObject();
            }
        });
    }

    private static void settings(JsonGenerator g, Options options) throws IOException {
        g.writeObjectFieldStart("settings");
        for (Map.Entry<String, Object> e : options.values().entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, Consolidation c, ReviewRound review) throws IOException {
        g.writeObjectFieldStart("counts");
        g.writeNumberField("files", c.files().size());
        g.writeNumberField("forms", c.files().stream().filter(FileOutcome::isForm).count());
        g.writeNumberField("units", c.files().stream().filter(FileOutcome::isForm).map(FileOutcome::unitKey)
                .distinct().count());
        g.writeNumberField("errors", c.count(Severity.ERROR));
        g.writeNumberField("warnings", c.count(Severity.WARNING));
        g.writeNumberField("info", c.count(Severity.INFO));
        g.writeNumberField("waived", c.waived());
        Map<String, Long> byRule = new TreeMap<>();
        c.unordered().filter(f -> !f.isWaived()).forEach(f -> byRule.merge(f.code().name(), 1L, Long::sum));
        g.writeObjectFieldStart("by_rule");
        for (Map.Entry<String, Long> e : byRule.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeFieldName("review");
        review(g, review.overall());
        g.writeArrayFieldStart("units");
        for (Map.Entry<String, ReviewRound.Counts> e : review.byUnit().entrySet()) {
            g.writeStartObject();
            g.writeStringField("unit", e.getKey());
            g.writeFieldName("review");
            review(g, e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void review(JsonGenerator g, ReviewRound.Counts counts) throws IOException {
        g.writeStartObject();
        g.writeNumberField("new", counts.added());
        g.writeNumberField("open", counts.open());
        g.writeNumberField("resolved", counts.resolved());
        g.writeNumberField("unchecked", counts.unchecked());
        g.writeNumberField("waived", counts.waived());
        g.writeEndObject();
    }

    /** Every file, skipped ones too ({@code summary.csv} lists the others with the same values). */
    private static void files(JsonGenerator g, Consolidation c, ReviewRound review) throws IOException {
        g.writeArrayFieldStart("files");
        for (FileOutcome f : c.files()) {
            SummaryLine s = Reports.summaryLine(f);
            g.writeStartObject();
            g.writeStringField("file", f.file().name());
            g.writeStringField("status", f.readStatus() == FileStatus.SKIPPED ? FileStatus.SKIPPED.name() : s.status());
            g.writeStringField("unit", s.unit());
            g.writeStringField("group", s.group());
            g.writeStringField("sha256", f.facts().sha256());
            g.writeFieldName("stated_total");
            writeNumber(g, s.statedTotal());
            g.writeFieldName("total");
            writeNumber(g, s.total());
            g.writeNumberField("errors", s.errors());
            g.writeNumberField("warnings", s.warnings());
            g.writeFieldName("review");
            review(g, review.forFile(f));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void findings(JsonGenerator g, ReviewRound review, RunSettings settings) throws IOException {
        g.writeArrayFieldStart("findings");
        for (ReviewRound.Current c : review.current()) {
            Finding f = c.finding();
            g.writeStartObject();
            g.writeStringField("review", c.mark().key());
            g.writeStringField("finding_id", c.id());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("rule", f.code().name());
            g.writeStringField("unit", f.unit());
            g.writeStringField("file", f.file());
            g.writeStringField("sheet", f.sheet());
            g.writeStringField("cell", f.a1());
            g.writeStringField("component", f.component());
            g.writeStringField("indicator", f.indicator());
            g.writeStringField("field", f.field() == null ? "" : f.field().key());
            g.writeStringField("stated", f.stated());
            g.writeStringField("expected", f.expected());
            g.writeStringField("message", Messages.logged(f, settings.language()));
            g.writeFieldName("waiver");
            if (f.waiver().isPresent()) {
                g.writeStartObject();
                g.writeStringField("reason", f.waiver().get().reason());
                g.writeStringField("reviewer", f.waiver().get().reviewer());
                g.writeStringField("date", f.waiver().get().date());
                g.writeEndObject();
            } else {
                g.writeNull();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The earlier findings not found again, with the values the earlier log gave. */
    private static void gone(JsonGenerator g, ReviewRound review) throws IOException {
        g.writeArrayFieldStart("not_found_again");
        for (ReviewRound.Gone gone : review.gone()) {
            PreviousRun.Finding f = gone.finding();
            g.writeStartObject();
            g.writeStringField("review", gone.mark().key());
            g.writeStringField("finding_id", f.findingId());
            g.writeStringField("severity", f.severity());
            g.writeStringField("rule", f.rule());
            g.writeStringField("unit", f.unit());
            g.writeStringField("file", f.file());
            g.writeStringField("sheet", f.sheet());
            g.writeStringField("cell", f.cell());
            g.writeStringField("component", f.component());
            g.writeStringField("indicator", f.indicator());
            g.writeStringField("stated", f.stated());
            g.writeStringField("expected", f.expected());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeNumber(JsonGenerator g, BigDecimal n) throws IOException {
        if (n == null) {
            g.writeNull();
        } else {
            g.writeNumber(Decimals.rounded(n).stripTrailingZeros());
        }
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Number n) {
            writeNumber(g, new BigDecimal(n.toString()));
        } else if (value instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(value.toString());
        }
    }
}
