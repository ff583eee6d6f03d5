package org.kpiconsolidator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.review.ReviewRound;

/**
 * The end-of-run summary {@code consolidate} prints: files read and units, findings by severity
 * (and how many were waived), the five rules with the most errors and warnings, the review round
 * overall and per unit, and where the outputs are. In the run's language. Pure text; the command
 * prints it.
 */
final class RunSummary {

    /** Units listed by name in the review lines before the rest are only counted (all with --verbose). */
    static final int UNITS_LISTED = 10;
    static final int TOP_RULES = 5;

    private RunSummary() {
    }

    static List<String> lines(Consolidation c, ReviewRound review, Path outDir, List<String> outputs,
            Language language, Verbosity verbosity) {
        boolean en = language == Language.EN;
        List<String> lines = new ArrayList<>();
        long forms = c.files().stream().filter(FileOutcome::isForm).count();
        long units = c.files().stream().filter(FileOutcome::isForm).map(FileOutcome::unitKey).distinct().count();
        long unreadable = c.files().stream().filter(f -> f.readStatus() == FileStatus.UNREADABLE).count();
        long notForms = c.files().stream().filter(f -> f.readStatus() == FileStatus.NOT_A_FORM).count();
        long skipped = c.files().stream().filter(f -> f.readStatus() == FileStatus.SKIPPED).count();
        lines.add(en
                ? String.format("Files read: %d (%d forms of %d units, %d unreadable, %d not forms, %d skipped)",
                        c.files().size(), forms, units, unreadable, notForms, skipped)
                : String.format("ไฟล์ที่อ่าน: %d (แบบฟอร์ม %d ไฟล์ จาก %d หน่วยงาน อ่านไม่ได้ %d ไม่ใช่แบบฟอร์ม %d ข้าม %d)",
                        c.files().size(), forms, units, unreadable, notForms, skipped));
        long waived = c.waived();
        lines.add(en
                ? String.format("Findings: %d errors, %d warnings, %d notes%s", c.count(Severity.ERROR),
                        c.count(Severity.WARNING), c.count(Severity.INFO), waived > 0 ? "; " + waived + " waived" : "")
                : String.format("ข้อค้นพบ: ข้อผิดพลาด %d คำเตือน %d ข้อสังเกต %d%s", c.count(Severity.ERROR),
                        c.count(Severity.WARNING), c.count(Severity.INFO), waived > 0 ? " ยกเว้น " + waived : ""));
        String top = topRules(c);
        if (!top.isEmpty()) {
            lines.add((en ? "Errors and warnings by rule: " : "ข้อผิดพลาดและคำเตือนตามกฎ: ") + top);
        }
        if (review.compared()) {
            lines.add((en ? "Review against " : "ทบทวนเทียบกับ ") + review.previous().orElseThrow().folder() + ": "
                    + counts(review.overall(), en, true));
            unitLines(review, en, verbosity, lines);
        }
        lines.add((en ? "Outputs in " : "ผลลัพธ์ใน ") + outDir + ": " + String.join(", ", outputs));
        return lines;
    }

    /** The line a run ends with: files, units, errors, warnings, seconds, files per second. */
    static String line(Consolidation c, double seconds, Path outDir) {
        long units = c.files().stream().filter(FileOutcome::isForm).map(FileOutcome::unitKey).filter(k -> !k.isEmpty())
                .distinct().count();
        int files = c.files().size();
        return String.format(Locale.ROOT, "%d files, %d units, %d errors, %d warnings, %.1f s, %.1f files/s -> %s",
                files, units, c.count(Severity.ERROR), c.count(Severity.WARNING), seconds,
                seconds > 0 ? files / seconds : 0.0, outDir);
    }

    /** The rules with the most errors and warnings that count (waived ones do not), most first. */
    static String topRules(Consolidation c) {
        Map<String, Long> byRule = new TreeMap<>();
        c.unordered().filter(f -> !f.isWaived() && f.severity().atLeast(Severity.WARNING))
                .forEach(f -> byRule.merge(f.code().name(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_RULES).forEach(e -> parts.add(e.getKey() + " " + e.getValue()));
        return String.join(", ", parts);
    }

    private static void unitLines(ReviewRound review, boolean en, Verbosity verbosity, List<String> lines) {
        List<Map.Entry<String, ReviewRound.Counts>> units = new ArrayList<>(review.byUnit().entrySet());
        if (verbosity != Verbosity.VERBOSE) {
            // What changed comes first; a unit with only open findings is in review.csv.
            units.removeIf(e -> e.getValue().added() + e.getValue().resolved() + e.getValue().unchecked() == 0);
        }
        units.sort(Comparator.comparing((Map.Entry<String, ReviewRound.Counts> e) ->
                -(e.getValue().added() + e.getValue().resolved())).thenComparing(Map.Entry::getKey));
        int limit = verbosity == Verbosity.VERBOSE ? units.size() : Math.min(UNITS_LISTED, units.size());
        for (int i = 0; i < limit; i++) {
            String name = units.get(i).getKey().isEmpty() ? (en ? "(the batch)" : "(ทั้งชุด)") : units.get(i).getKey();
            lines.add("  " + name + ": " + counts(units.get(i).getValue(), en, false));
        }
        if (units.size() > limit) {
            lines.add(en ? "  ... and " + (units.size() - limit) + " more units with changes (review.csv)"
                    : "  ... และอีก " + (units.size() - limit) + " หน่วยงานที่มีการเปลี่ยนแปลง (review.csv)");
        }
    }

    private static String counts(ReviewRound.Counts n, boolean en, boolean all) {
        List<String> parts = new ArrayList<>();
        add(parts, n.added(), en ? " new" : "ใหม่ ", en, all);
        add(parts, n.open(), en ? " still open" : "ยังไม่แก้ ", en, all);
        add(parts, n.resolved(), en ? " resolved" : "แก้แล้ว ", en, all);
        add(parts, n.unchecked(), en ? " not checked again" : "ไม่ได้ตรวจซ้ำ ", en, all);
        add(parts, n.waived(), en ? " waived" : "ยกเว้น ", en, false);
        return String.join(en ? ", " : " ", parts);
    }

    private static void add(List<String> parts, long n, String word, boolean en, boolean evenZero) {
        if (n > 0 || evenZero) {
            parts.add(en ? n + word : word + n);
        }
    }
}
