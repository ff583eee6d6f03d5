package org.kpiconsolidator.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.IndicatorLine;
import org.kpiconsolidator.consolidate.Reports;
import org.kpiconsolidator.consolidate.SummaryLine;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.FindingIds;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.model.Contact;
import org.kpiconsolidator.model.DetailEntry;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Indicator;
import org.kpiconsolidator.model.Narrative;
import org.kpiconsolidator.model.RubricLevel;
import org.kpiconsolidator.model.Sourced;
import org.kpiconsolidator.model.Threshold;
import org.kpiconsolidator.scoring.IndicatorScore;
import org.kpiconsolidator.scoring.RubricLine;
import org.kpiconsolidator.text.Decimals;

/**
 * Writes {@code consolidated.xlsx}: one sheet per output table (summary per unit, indicators,
 * discrepancies, narratives, files, rubric used; contacts only when asked). Streams rows, so the
 * size of the batch does not decide the heap. Text from submissions is always a string cell.
 */
public final class ConsolidatedWorkbook {

    public static final String FILE_NAME = "consolidated.xlsx";

    private ConsolidatedWorkbook() {
    }

    public static void write(Consolidation c, Language language, boolean includeContacts, Path dir)
            throws IOException {
        AtomicFile.write(dir.resolve(FILE_NAME), out -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(200);
            try {
                summary(wb, c);
                indicators(wb, c);
                discrepancies(wb, c, language);
                narratives(wb, c);
                files(wb, c);
                rubrics(wb, c);
                if (includeContacts) {
                    contacts(wb, c);
                }
                wb.write(out);
            } finally {
                wb.dispose();
                wb.close();
            }
        });
    }

    private static void summary(SXSSFWorkbook wb, Consolidation c) {
        Sheet s = sheet(wb, "สรุปรายหน่วยงาน", "file", "unit", "group", "status", "stated_total", "total",
                "difference", "errors", "warnings");
        int r = 1;
        for (SummaryLine l : Reports.summaryLines(c)) {
            BigDecimal diff = l.total() != null && l.statedTotal() != null ? l.total().subtract(l.statedTotal()) : null;
            row(s, r++, l.file(), l.unit(), l.group(), l.status(), l.statedTotal(), l.total(), diff, l.errors(),
                    l.warnings());
        }
    }

    private static void indicators(SXSSFWorkbook wb, Consolidation c) {
        Sheet s = sheet(wb, "ตัวชี้วัด", "file", "unit", "component", "indicator", "name", "weight", "stated_level",
                "result_value", "stated_score", "stated_weighted", "level", "score", "weighted", "status", "source");
        int r = 1;
        for (IndicatorLine l : Reports.indicatorLines(c)) {
            row(s, r++, l.file(), l.unit(), l.component(), l.indicator(), l.name(), l.weight(), l.statedLevel(),
                    l.resultValue(), l.statedScore(), l.statedWeighted(), l.level(), l.score(), l.weighted(),
                    l.status(), l.cell() == null ? "" : l.cell().toString());
        }
    }

    private static void discrepancies(SXSSFWorkbook wb, Consolidation c, Language language) {
        Sheet s = sheet(wb, "ข้อค้นพบ", "severity", "rule", "unit", "file", "sheet", "cell", "component", "indicator",
                "stated", "expected", "message", "finding_id");
        int r = 1;
        for (Finding f : c.findings()) {
            row(s, r++, f.severity().name(), f.code().name(), f.unit(), f.file(), f.sheet(), f.a1(), f.component(),
                    f.indicator(), f.stated(), f.expected(), Messages.of(f, language), FindingIds.of(f));
        }
    }

    private static void narratives(SXSSFWorkbook wb, Consolidation c) {
        Sheet s = sheet(wb, "คำบรรยาย", "file", "unit", "component", "indicator", "section", "text");
        int r = 1;
        for (FileOutcome f : c.files()) {
            if (f.score().isEmpty()) {
                continue;
            }
            for (FormBlock block : f.score().get().submission().blocks()) {
                String component = block.component() <= 0 ? "" : Integer.toString(block.component());
                String blockIndicator = block.indicators().size() == 1 ? block.indicators().get(0).number() : "";
                for (Map.Entry<Narrative, Sourced<String>> e : block.narratives().entrySet()) {
                    r = narrative(s, r, f, component, blockIndicator, e.getKey(), e.getValue());
                }
                for (Indicator indicator : block.indicators()) {
                    if (indicator.detail().isEmpty()) {
                        continue;
                    }
                    DetailEntry d = indicator.detail().get();
                    for (Map.Entry<Narrative, Sourced<String>> e : d.narratives().entrySet()) {
                        r = narrative(s, r, f, component, indicator.number(), e.getKey(), e.getValue());
                    }
                }
            }
        }
    }

    private static int narrative(Sheet s, int r, FileOutcome f, String component, String indicator, Narrative kind,
            Sourced<String> text) {
        if (text.isBlank()) {
            return r;
        }
        row(s, r, f.file().name(), f.unit(), component, indicator, kind.name(), text.value());
        return r + 1;
    }

    private static void files(SXSSFWorkbook wb, Consolidation c) {
        Sheet s = sheet(wb, "ไฟล์", "file", "sha256", "size", "producer", "format", "status", "template",
                "layout drift");
        int r = 1;
        for (FileOutcome f : c.files()) {
            long errors = f.findings().stream().filter(x -> x.severity() == org.kpiconsolidator.finding.Severity.ERROR)
                    .count();
            long warnings = f.findings().stream()
                    .filter(x -> x.severity() == org.kpiconsolidator.finding.Severity.WARNING).count();
            row(s, r++, f.file().name(), f.facts().sha256(), f.facts().size() < 0 ? null : f.facts().size(),
                    f.facts().producer(), f.facts().format(), Reports.status(f, errors, warnings).name(),
                    f.facts().template().isEmpty() && f.isForm() ? "hand-made" : f.facts().template(),
                    String.join("\n", f.facts().drift()));
        }
    }

    private static void rubrics(SXSSFWorkbook wb, Consolidation c) {
        Sheet s = sheet(wb, "เกณฑ์ที่ใช้", "file", "unit", "component", "indicator", "interpolate", "t1", "t2", "t3", "t4",
                "t5", "p1", "p2", "p3", "p4", "p5", "source");
        int r = 1;
        for (FileOutcome f : c.files()) {
            if (f.score().isEmpty()) {
                continue;
            }
            for (IndicatorScore i : f.score().get().indicators()) {
                if (i.line().isEmpty()) {
                    continue;
                }
                RubricLine line = i.line().get();
                Object[] values = new Object[16];
                values[0] = f.file().name();
                values[1] = f.unit();
                values[2] = i.component();
                values[3] = i.indicator().number();
                values[4] = line.interpolate() ? "true" : "false";
                List<Threshold> t = line.thresholds();
                for (int k = 0; k < 5; k++) {
                    Threshold th = k < t.size() ? t.get(k) : null;
                    values[5 + k] = th == null ? "" : th.value() != null ? th.value() : th.text();
                }
                List<RubricLevel> levels = i.block().rubric().map(rb -> rb.levels()).orElse(List.of());
                for (int k = 0; k < 5; k++) {
                    values[10 + k] = k < levels.size() ? levels.get(k).points().value() : null;
                }
                values[15] = "form";
                row(s, r++, values);
            }
        }
    }

    private static void contacts(SXSSFWorkbook wb, Consolidation c) {
        Sheet s = sheet(wb, "ผู้รับผิดชอบ", "file", "unit", "person", "position", "phone");
        int r = 1;
        for (FileOutcome f : c.files()) {
            for (Contact contact : f.contacts()) {
                row(s, r++, f.file().name(), f.unit(), contact.person(), contact.position(), contact.phone());
            }
        }
    }

    private static Sheet sheet(SXSSFWorkbook wb, String name, String... header) {
        Sheet s = wb.createSheet(name);
        row(s, 0, (Object[]) header);
        return s;
    }

    private static void row(Sheet s, int index, Object... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(Decimals.rounded(d).doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                String text = v.toString();
                if (!text.isEmpty()) {
                    cell.setCellValue(text); // always a string cell, never a formula
                }
            }
        }
    }
}
