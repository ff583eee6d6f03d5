package org.kpiconsolidator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.feedback.AnnotatedCopy;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.text.Decimals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check}: a unit checks its own form before sending it. The same reading and rules as
 * {@code consolidate}, with the office's year, reference data, policy and rule options when given
 * (but not MISSING_SUBMISSION: the roster's other units are no concern of one form), printed as a
 * table (severity, rule, cell, what is wrong, what to do), with the same exit statuses;
 * {@code --annotate} also writes a copy of the form with the findings on it.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = KpiCommand.Version.class,
        description = {"Checks one report form and prints what is wrong and what to do, cell by cell.",
                "--annotate writes a copy of the form with each finding's cell coloured and commented.",
                "--year, --roster, --agreements, --policy, --skip and --severity take the office's files",
                "and options, as consolidate does (the roster's other units are not this form's business)."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar kpi-consolidator.jar check my-form.xlsx",
                "  java -jar kpi-consolidator.jar check my-form.xlsx --annotate my-form-checked.xlsx --lang en",
                "  java -jar kpi-consolidator.jar check my-form.xlsx --year 2565 --policy policy-2565.txt",
                "  java -jar kpi-consolidator.jar check my-form.xlsx --roster roster.csv --agreements agreements.csv",
                "",
                "Exit status: 0 no finding at or above --fail-on; 1 there are such findings;",
                "2 usage error (the form does not exist, a malformed roster, agreements or policy file:",
                "the message names its line and column); 3 the check could not complete."})
public final class CheckCommand implements Callable<Integer> {

    /** Terminal width when the shell does not say (COLUMNS). */
    private static final int DEFAULT_COLUMNS = 120;
    private static final int MIN_COLUMNS = 80;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORM", description = "The workbook to check (.xlsx, .xlsm, .xls).")
    Path form;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "The fiscal year the office consolidates, Buddhist Era: a form of another year is "
                    + "FISCAL_YEAR_MISMATCH. Default: the form's own.")
    Integer year;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    ReferenceOptions reference = new ReferenceOptions();

    @Mixin
    PolicyOption policy = new PolicyOption();

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--annotate", paramLabel = "COPY",
            description = "Also write a copy of the form with the findings marked on it (same format as the form).")
    Path annotate;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(form)) {
            throw new UsageException("form not found: " + form);
        }
        Language language = report.language();
        FailOn fail = report.failOn();
        ScoringPolicy scoring = policy.policy();
        RuleSelection selection = rules.selection().skipping(Code.MISSING_SUBMISSION);
        ReferenceData data = reference.read();
        data.notes().forEach(note -> spec.commandLine().getErr().println("kpi-consolidator: note: " + note));
        if (annotate != null) {
            checkAnnotateTarget();
        }
        Path parent = form.toAbsolutePath().getParent();
        RunSettings settings;
        try {
            settings = new RunSettings(List.of(form), parent.resolve(".kpi-check-none"), year, 1, fail, language, false,
                    scoring, data, selection);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Consolidation c = new BatchRunner().run(settings, f -> { });
        PrintWriter out = spec.commandLine().getOut();
        List<Finding> findings = c.findings();
        printHeading(out, c, findings, language);
        if (!findings.isEmpty()) {
            out.println();
            for (String line : table(findings, language).lines()) {
                out.println(line);
            }
        }
        if (annotate != null && readable(c) && !writeAnnotated(findings, language)) {
            return ExitCodes.FAILED;
        }
        return findings.stream().anyMatch(f -> fail.fails(f.severity())) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void checkAnnotateTarget() throws IOException {
        if (Files.exists(annotate) && Files.isSameFile(annotate, form)) {
            throw new UsageException("--annotate must name a new file, not the form itself: " + annotate);
        }
        String extension;
        try {
            extension = AnnotatedCopy.extensionFor(form);
        } catch (IOException e) {
            return; // not a workbook: check reports it, and no copy is written
        }
        String name = annotate.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean matches = extension.equals("xls") ? name.endsWith(".xls") : name.endsWith(".xlsx") || name.endsWith(".xlsm");
        if (!matches) {
            throw new UsageException("the annotated copy keeps the form's format: name it with ." + extension
                    + ", not " + annotate.getFileName());
        }
    }

    /** A workbook that opened (a form or not): an unreadable file has no cells to mark, only its finding. */
    private boolean readable(Consolidation c) {
        boolean readable = c.files().stream().anyMatch(f -> f.readStatus() == FileStatus.OK
                || f.readStatus() == FileStatus.NOT_A_FORM);
        if (!readable) {
            spec.commandLine().getErr().println("kpi-consolidator: no annotated copy: the form could not be read");
        }
        return readable;
    }

    private boolean writeAnnotated(List<Finding> findings, Language language) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path parent = annotate.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AnnotatedCopy.write(form, findings, language, annotate);
        } catch (IOException | SecurityException e) {
            err.println("kpi-consolidator: cannot write the annotated copy " + annotate + ": " + e.getMessage());
            return false;
        }
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println((language == Language.EN ? "Annotated copy: " : "สำเนาที่ทำเครื่องหมายแล้ว: ")
                + annotate);
        return true;
    }

    private void printHeading(PrintWriter out, Consolidation c, List<Finding> findings, Language language) {
        boolean en = language == Language.EN;
        out.println((en ? "File: " : "ไฟล์: ") + form.getFileName());
        for (FileOutcome f : c.files()) {
            if (!f.unit().isEmpty()) {
                out.println((en ? "Unit: " : "หน่วยงาน: ") + f.unit());
            }
            f.score().ifPresent(s -> out.println((en ? "Stated total " : "คะแนนรวมที่ระบุ ")
                    + s.statedTotal().map(Decimals::format).orElse("-")
                    + (en ? ", recomputed " : ", คำนวณใหม่ ") + Decimals.format(s.total())));
        }
        if (findings.isEmpty()) {
            out.println(en ? "No findings: the form is ready to send." : "ไม่พบข้อผิดพลาด ส่งแบบฟอร์มได้");
            return;
        }
        out.println(en
                ? count(findings, Severity.ERROR) + " errors, " + count(findings, Severity.WARNING) + " warnings, "
                        + count(findings, Severity.INFO) + " notes"
                : "ข้อผิดพลาด " + count(findings, Severity.ERROR) + " คำเตือน " + count(findings, Severity.WARNING)
                        + " ข้อสังเกต " + count(findings, Severity.INFO));
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Severity, rule, cell, what is wrong, what to do; the two text columns share what the terminal leaves. */
    private static TextTable table(List<Finding> findings, Language language) {
        boolean en = language == Language.EN;
        List<String> headers = en ? List.of("Severity", "Rule", "Cell", "What is wrong", "What to do")
                : List.of("ความรุนแรง", "กฎ", "เซลล์", "สิ่งที่ผิด", "วิธีแก้");
        int severityWidth = 10;
        int ruleWidth = 22;
        int cellWidth = 28;
        int rest = Math.max(40, columns() - severityWidth - ruleWidth - cellWidth - 8);
        int problemWidth = rest * 3 / 5;
        TextTable table = new TextTable(headers,
                new int[] {severityWidth, ruleWidth, cellWidth, problemWidth, rest - problemWidth});
        for (Finding f : findings) {
            Messages.Parts parts = Messages.parts(f, language);
            table.add(List.of(severity(f.severity(), language), f.code().name(),
                    f.sheet().isEmpty() ? "" : f.sheet() + "!" + f.a1(), parts.problem(), parts.action()));
        }
        return table;
    }

    private static String severity(Severity s, Language language) {
        if (language == Language.EN) {
            return s.name();
        }
        return switch (s) {
            case ERROR -> "ผิดพลาด";
            case WARNING -> "คำเตือน";
            case INFO -> "ข้อสังเกต";
        };
    }

    private static int columns() {
        String env = System.getenv("COLUMNS");
        try {
            return env == null ? DEFAULT_COLUMNS : Math.max(MIN_COLUMNS, Integer.parseInt(env.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_COLUMNS;
        }
    }
}
