package org.kpiconsolidator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.output.ConsolidatedWorkbook;
import org.kpiconsolidator.output.CsvReports;
import org.kpiconsolidator.output.StagedOutputs;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.scoring.ScoringPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code consolidate}: reads every form in the inputs and writes the four outputs. */
@Command(name = "consolidate", mixinStandardHelpOptions = true,
        description = {"Reads every report form under the inputs, recomputes every score, and writes",
                "consolidated.xlsx, discrepancies.csv, indicators.csv and summary.csv to --out."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar kpi-consolidator.jar consolidate samples --out out",
                "  java -jar kpi-consolidator.jar consolidate forms/ extra.xlsx --out out --year 2564 --lang en",
                "",
                "Exit status: 0 no finding at or above --fail-on; 1 there are such findings;",
                "2 usage error; 3 the run could not complete."})
public final class ConsolidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders (read recursively) and workbook files.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the outputs (created if missing).")
    Path out;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Fiscal year being consolidated, Buddhist Era (e.g. 2564). Default: the year most forms give.")
    Integer year;

    @Option(names = "--threads", paramLabel = "N", description = "Files read in parallel. Default: all cores.")
    Integer threads;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "error, warning or never: the severity from which the exit status is 1. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "th",
            description = "Language of messages: th or en. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = "--file-timeout", paramLabel = "SECONDS",
            description = "Seconds one file may take before it is abandoned as unreadable. Default: 60.")
    Integer fileTimeout;

    @Option(names = "--include-contacts",
            description = "Carry the names and phone numbers of the people responsible into the workbook (personal data).")
    boolean includeContacts;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        RunSettings settings = settings();
        Path outDir = prepareOutput(settings.outputDir());
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        Consolidation c = new BatchRunner().run(settings, f -> done.incrementAndGet());
        // All four files replace the previous ones as one set (see StagedOutputs).
        try (StagedOutputs outputs = StagedOutputs.begin(outDir)) {
            CsvReports.writeAll(c, settings.language(), outputs.folder());
            ConsolidatedWorkbook.write(c, settings.language(), settings.includeContacts(), outputs.folder());
            outputs.commit();
        } catch (IOException e) {
            err.println("kpi-consolidator: cannot write the outputs to " + outDir + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long forms = c.files().stream().filter(f -> f.isForm()).count();
        stdout.printf("%d files, %d forms, %d errors, %d warnings, %.1f s -> %s%n", c.files().size(), forms,
                c.count(Severity.ERROR), c.count(Severity.WARNING), seconds, outDir);
        boolean fails = c.findings().stream().anyMatch(f -> settings.failOn().fails(f.severity()));
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private RunSettings settings() {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UsageException("input not found: " + input);
            }
        }
        FailOn fail;
        Language language;
        try {
            fail = FailOn.valueOf(failOn.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on must be error, warning or never, not '" + failOn + "'");
        }
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang must be th or en, not '" + lang + "'");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            Duration timeout = fileTimeout == null ? RunSettings.DEFAULT_FILE_TIMEOUT : Duration.ofSeconds(fileTimeout);
            return new RunSettings(inputs, out, year, n, fail, language, includeContacts, ScoringPolicy.FY2564,
                    timeout);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Path prepareOutput(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException("cannot create the output folder " + dir + ": " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalStateException("the output folder is not writable: " + dir);
        }
        return dir;
    }
}
