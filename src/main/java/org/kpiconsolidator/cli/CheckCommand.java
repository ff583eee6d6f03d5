package org.kpiconsolidator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.text.Decimals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: a unit checks its own form before sending it; same reading and rules as consolidate. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks one report form and prints what is wrong and what to do, cell by cell.",
        footerHeading = "%nExample:%n",
        footer = "  java -jar kpi-consolidator.jar check my-form.xlsx --lang en")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORM", description = "The workbook to check (.xlsx, .xlsm, .xls).")
    Path form;

    @Option(names = "--lang", defaultValue = "th", description = "th or en. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = "--fail-on", defaultValue = "error", description = "error, warning or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(form)) {
            throw new UsageException("form not found: " + form);
        }
        Language language;
        FailOn fail;
        try {
            language = Language.parse(lang);
            fail = FailOn.valueOf(failOn.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang must be th or en and --fail-on error, warning or never");
        }
        Path parent = form.toAbsolutePath().getParent();
        RunSettings settings = new RunSettings(List.of(form), parent.resolve(".kpi-check-none"), null, 1, fail,
                language, false, ScoringPolicy.FY2564);
        Consolidation c = new BatchRunner().run(settings, f -> { });
        PrintWriter out = spec.commandLine().getOut();
        c.files().forEach(f -> f.score().ifPresent(s -> out.printf("%s: %s%n  %s %s, %s %s%n", form.getFileName(),
                f.unit(), language == Language.EN ? "stated total" : "คะแนนรวมที่ระบุ",
                s.statedTotal().map(Decimals::format).orElse("-"),
                language == Language.EN ? "recomputed" : "คำนวณใหม่", Decimals.format(s.total()))));
        List<Finding> findings = c.findings();
        if (findings.isEmpty()) {
            out.println(language == Language.EN ? "No findings." : "ไม่พบข้อผิดพลาด");
        }
        for (Finding f : findings) {
            out.printf("%-7s %-22s %-20s %s%n", f.severity(), f.code(), f.sheet().isEmpty() ? "" : f.sheet() + "!" + f.a1(),
                    Messages.of(f, language));
        }
        return findings.stream().anyMatch(f -> fail.fails(f.severity())) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
