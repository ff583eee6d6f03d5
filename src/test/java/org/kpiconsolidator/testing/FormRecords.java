package org.kpiconsolidator.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kpiconsolidator.model.DetailEntry;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.Narrative;
import org.kpiconsolidator.model.Result;
import org.kpiconsolidator.model.Rubric;
import org.kpiconsolidator.model.RubricLevel;
import org.kpiconsolidator.model.RubricRow;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.model.SummaryRow;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.text.ThaiText;

/**
 * A submission written out value by value, without cell locations and raw texts, so two renderings
 * of the same form in different layouts compare equal exactly when they were read the same.
 */
public final class FormRecords {

    private FormRecords() {
    }

    /** One line per value, in reading order; blocks sorted by component and sub-indicator. */
    public static List<String> describe(Submission submission) {
        Map<String, List<String>> blocks = new TreeMap<>();
        for (FormBlock b : submission.blocks()) {
            List<String> lines = new ArrayList<>();
            describe(b, lines);
            blocks.put(b.component() + "/" + b.header().subIndicator(), lines);
        }
        List<String> all = new ArrayList<>();
        blocks.values().forEach(all::addAll);
        return all;
    }

    private static void describe(FormBlock b, List<String> out) {
        String p = "block " + b.component() + b.header().subIndicator() + ": ";
        out.add(p + "unit=" + b.header().unitName().value());
        out.add(p + "year=" + b.header().fiscalYear().value());
        out.add(p + "group=" + b.header().group().value());
        out.add(p + "titles=" + key(b.header().componentTitle()) + " | " + key(b.header().indicatorTitle()) + " | "
                + key(b.header().subIndicatorTitle()));
        out.add(p + "contact=" + b.header().contact());
        out.add(p + "headingWeight=" + b.headingWeight().map(w -> n(w.value())).orElse("-"));
        b.rubric().ifPresent(r -> rubric(r, p, out));
        for (Indicator i : b.indicators()) {
            String q = p + "indicator " + i.number() + ": ";
            out.add(q + "name=" + key(i.name()));
            out.add(q + "weight=" + n(i.results().weight().value()) + " result=" + result(i.results().result())
                    + " score=" + n(i.results().score().value()) + " weighted=" + n(i.results().weighted().value()));
            out.add(q + "rubricRow=" + i.rubricRow().map(RubricRow::indicatorNumber).orElse("-"));
            i.summary().ifPresent(s -> summary(s, q, out));
            i.detail().ifPresent(d -> detail(d, q, out));
        }
        b.subtotal().ifPresent(s -> out.add(p + "subtotal=" + n(s.weight().value()) + "/" + n(s.value().value())));
        b.summaryTotal().ifPresent(t -> out.add(p + "summaryTotal=" + n(t.value())));
        narratives(b.narratives(), p, out);
    }

    private static void rubric(Rubric r, String p, List<String> out) {
        out.add(p + "rubric interpolate=" + r.interpolate() + " groups=" + r.groupSpecific());
        StringBuilder points = new StringBuilder();
        for (RubricLevel l : r.levels()) {
            points.append(l.level()).append('=').append(n(l.points().value())).append(' ');
        }
        out.add(p + "points " + points.toString().trim());
        for (RubricRow row : r.rows()) {
            StringBuilder t = new StringBuilder();
            for (Sourced<Threshold> th : row.thresholds()) {
                Threshold v = th.value();
                t.append(v == null ? "-" : v.value() != null ? n(v.value()) + (v.orBeyond() ? "+" : "") : key(v.text()))
                        .append(' ');
            }
            out.add(p + "rubric row " + row.indicatorNumber() + "/" + row.group() + ": " + t.toString().trim());
        }
    }

    private static void summary(SummaryRow s, String q, List<String> out) {
        out.add(q + "summary target=" + s.target().value() + " weight=" + n(s.weight().value()) + " level="
                + s.level().value() + " weighted=" + n(s.weighted().value()) + " text=" + key(s.resultText()));
    }

    private static void detail(DetailEntry d, String q, List<String> out) {
        out.add(q + "detail target=" + d.target().value() + " achieved=" + d.achieved().value() + " projects="
                + key(d.projects()) + " details=" + key(d.details()) + " note=" + key(d.note()));
        narratives(d.narratives(), q + "detail ", out);
    }

    private static void narratives(Map<Narrative, Sourced<String>> narratives, String p, List<String> out) {
        new TreeMap<>(narratives).forEach((k, v) -> out.add(p + k + "=" + key(v.value())));
    }

    private static String result(Sourced<Result> r) {
        if (r.value() instanceof Result.Level l) {
            return "level " + l.level();
        }
        if (r.value() instanceof Result.Measured m) {
            return "value " + n(m.value());
        }
        return r.isBlank() ? "blank" : "unreadable";
    }

    private static String n(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    /** Text compared by label key: spacing, SARA AM, Thai digits and line breaks do not count. */
    private static String key(String text) {
        return text == null ? "-" : ThaiText.keyOf(text);
    }
}
