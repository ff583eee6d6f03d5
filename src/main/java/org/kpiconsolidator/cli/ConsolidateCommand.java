package org.kpiconsolidator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.feedback.FeedbackFolder;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.output.CsvReports;
import org.kpiconsolidator.output.StagedOutputs;
import org.kpiconsolidator.output.workbook.ConsolidatedWorkbook;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.reference.PolicyFile;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.reference.ReferenceFileException;
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
                "  java -jar kpi-consolidator.jar consolidate samples --out out --roster samples/roster.csv"
                        + " --agreements samples/agreements.csv",
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

    @Option(names = "--feedback", paramLabel = "DIR",
            description = {"Also write, for each file with errors or warnings, a copy of the unit's workbook",
                    "with each finding's cell coloured and commented (DIR/<file>.feedback.xlsx)."})
    Path feedback;

    @Option(names = "--file-timeout", paramLabel = "SECONDS",
            description = "Seconds one file may take before it is abandoned as unreadable. Default: 60.")
    Integer fileTimeout;

    @Option(names = "--include-contacts",
            description = "Carry the names and phone numbers of the people responsible into the workbook (personal data).")
    boolean includeContacts;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "roster.csv (unit_id,unit_name,aliases,group): matches units by name or alias, gives their group.")
    Path roster;

    @Option(names = "--agreements", paramLabel = "FILE",
            description = "agreements.csv: the agreed indicators, weights and thresholds, scored as the rubric of record.")
    Path agreements;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Scoring policy of the year (points per level, floor rule, interpolation default, precision). "
                    + "Default: FY2564.")
    Path policy;

    @Option(names = "--skip", paramLabel = "CODE[,CODE...]", description = "Finding codes to leave out of the outputs.")
    List<String> skip = List.of();

    @Option(names = "--severity", paramLabel = "CODE=LEVEL", split = ",",
            description = "Report a code at another severity for this run (error, warning or info).")
    List<String> severity = List.of();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        RunSettings settings = settings();
        settings.reference().notes().forEach(note -> err.println("kpi-consolidator: note: " + note));
        Path outDir = prepareOutput(settings.outputDir());
        long start = System.nanoTime();
        Consolidation c;
        try (ConsoleProgress progress = ConsoleProgress.onTerminal()) {
            c = new BatchRunner().run(settings, progress);
        }
        // All four files replace the previous ones as one set (see StagedOutputs).
        try (StagedOutputs outputs = StagedOutputs.begin(outDir)) {
            CsvReports.writeAll(c, settings.language(), outputs.folder());
            ConsolidatedWorkbook.write(c, settings, outputs.folder());
            outputs.commit();
        } catch (IOException e) {
            err.println("kpi-consolidator: cannot write the outputs to " + outDir + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (feedback != null && !writeFeedback(c, settings.language(), stdout, err)) {
            return ExitCodes.FAILED;
        }
        stdout.println(RunSummary.line(c, (System.nanoTime() - start) / 1e9, outDir));
        boolean fails = c.findings().stream().anyMatch(f -> settings.failOn().fails(f.severity()));
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private boolean writeFeedback(Consolidation c, Language language, PrintWriter stdout, PrintWriter err) {
        FeedbackFolder.Written written;
        try {
            written = FeedbackFolder.write(c, language, feedback,
                    problem -> err.println("kpi-consolidator: no feedback copy for " + problem));
        } catch (IOException | SecurityException e) {
            err.println("kpi-consolidator: cannot write the feedback to " + feedback + ": " + e.getMessage());
            return false;
        }
        stdout.printf("%d feedback copies -> %s%n", written.copies(), feedback);
        return true;
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
            ScoringPolicy scoring = policy == null ? ScoringPolicy.FY2564 : PolicyFile.read(policy);
            ReferenceData reference = ReferenceData.read(Optional.ofNullable(roster), Optional.ofNullable(agreements));
            Duration timeout = fileTimeout == null ? RunSettings.DEFAULT_FILE_TIMEOUT : Duration.ofSeconds(fileTimeout);
            return new RunSettings(inputs, out, year, n, fail, language, includeContacts, scoring, reference,
                    RuleSelection.parse(skip, severity), timeout);
        } catch (ReferenceFileException | IllegalArgumentException e) {
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
