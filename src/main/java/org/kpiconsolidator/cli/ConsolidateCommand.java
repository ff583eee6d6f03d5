package org.kpiconsolidator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.ReviewInputs;
import org.kpiconsolidator.config.RuleSelection;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.feedback.FeedbackFolder;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.output.CsvReports;
import org.kpiconsolidator.output.RunJson;
import org.kpiconsolidator.output.StagedOutputs;
import org.kpiconsolidator.output.workbook.ConsolidatedWorkbook;
import org.kpiconsolidator.pipeline.BatchRunner;
import org.kpiconsolidator.reference.PreviousRun;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.reference.ReferenceFileException;
import org.kpiconsolidator.reference.VerifiedResults;
import org.kpiconsolidator.reference.Waivers;
import org.kpiconsolidator.review.ReviewRound;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code consolidate}: reads every form in the inputs and writes the outputs as one set:
 * {@code consolidated.xlsx}, the three CSV files of SPEC 5, {@code review.csv}, {@code run.log}, and
 * {@code run.json} with {@code --json}. A review round compares with an earlier run
 * ({@code --previous}), applies the office's waivers and verified results.
 */
@Command(name = "consolidate", mixinStandardHelpOptions = true, versionProvider = KpiCommand.Version.class,
        description = "Reads every report form under the inputs, recomputes every score, and writes "
                + "consolidated.xlsx, discrepancies.csv, indicators.csv, summary.csv, review.csv and run.log "
                + "(and run.json with --json) to --out, replacing the previous outputs as one set.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar kpi-consolidator.jar consolidate samples --out out",
                "  java -jar kpi-consolidator.jar consolidate forms/ extra.xlsx --out out --year 2564 --lang en",
                "  java -jar kpi-consolidator.jar consolidate samples --out out \\",
                "      --roster samples/roster.csv --agreements samples/agreements.csv",
                "  java -jar kpi-consolidator.jar consolidate forms/ --out round-2 --previous round-1 \\",
                "      --waivers waivers.csv --verified verified.csv --json",
                "",
                "Exit status: 0 no finding at or above --fail-on (waived findings do not count);",
                "1 there are such findings; 2 usage error (an input, reference, waivers, verified or",
                "previous-run file missing or malformed: the message names file, line and column);",
                "3 the run could not complete (the output folder cannot be created or written)."})
public final class ConsolidateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ConsolidateCommand.class);

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

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    ReferenceOptions reference = new ReferenceOptions();

    @Mixin
    PolicyOption policy = new PolicyOption();

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--feedback", paramLabel = "DIR",
            description = "Also write, for each file with errors or warnings, a copy of the unit's workbook "
                    + "with each finding's cell coloured and commented (DIR/<file>.feedback.xlsx).")
    Path feedback;

    @Option(names = "--file-timeout", paramLabel = "SECONDS",
            description = "Seconds one file may take before it is abandoned as unreadable. Default: 60.")
    Integer fileTimeout;

    @Option(names = "--include-contacts",
            description = "Carry the names and phone numbers of the people responsible into the workbook (personal data).")
    boolean includeContacts;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "The --out folder of an earlier run: each finding is marked new or still open, and the "
                    + "earlier findings no longer found are listed as resolved (review.csv, the workbook, run.json).")
    Path previous;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "waivers.csv (finding_id,reason,reviewer,date): findings the office accepts. They stay "
                    + "listed, marked waived, and no longer count or fail the run; waiving an ERROR needs a reason.")
    Path waivers;

    @Option(names = "--verified", paramLabel = "FILE",
            description = "verified.csv (unit,component,indicator,level,value,reason,reviewer): the office's verified "
                    + "level or value of an indicator, which replaces the unit's in its total.")
    Path verified;

    @Option(names = "--json", description = "Also write run.json: settings, counts, every file's status and every finding.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only: no summary, no notes.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Also print each file as it is read and every unit's review counts; run.log gets stack traces.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Verbosity verbosity = verbosity();
        RunSettings settings = settings();
        if (verbosity != Verbosity.QUIET) {
            settings.reference().notes().forEach(note -> err.println("kpi-consolidator: note: " + note));
        }
        Path outDir = prepareOutput(settings.outputDir());
        long start = System.nanoTime();
        Consolidation c;
        ReviewRound review;
        boolean fails;
        List<String> written = new ArrayList<>(List.of(ConsolidatedWorkbook.FILE_NAME, CsvReports.DISCREPANCIES,
                CsvReports.INDICATORS, CsvReports.SUMMARY, CsvReports.REVIEW, RunLog.FILE_NAME));
        // Every output, run.log included, replaces the previous ones as one set (see StagedOutputs).
        try (StagedOutputs outputs = StagedOutputs.begin(outDir);
                RunLog log = RunLog.start(outputs.folder(), verbosity)) {
            LOG.info("{} consolidate {} --out {}", new KpiCommand.Version().getVersion()[0], inputs, outDir);
            // The workbook's template is made while the files are read: it needs none of their results.
            CompletableFuture<ConsolidatedWorkbook.Template> template = CompletableFuture.supplyAsync(
                    () -> ConsolidatedWorkbook.Template.prepare(settings.language()),
                    runnable -> daemon(runnable, "kpi-workbook-template").start());
            c = run(settings, verbosity);
            review = ReviewRound.of(c, settings.review().previous());
            Consolidation finished = c;
            ReviewRound round = review;
            fails = c.unordered().anyMatch(f -> !f.isWaived() && settings.failOn().fails(f.severity()));
            LOG.info("{} files read in {} s", c.files().size(), seconds(start));
            // The CSV files are written beside the workbook, on a core the reading no longer needs.
            CompletableFuture<Void> csv = CompletableFuture.runAsync(() -> {
                long csv0 = System.nanoTime();
                try {
                    CsvReports.writeAll(finished, round, settings.language(), outputs.folder());
                    CsvReports.writeReview(round, settings.language(), outputs.folder());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                LOG.info("CSV files written in {} s", seconds(csv0));
            }, runnable -> daemon(runnable, "kpi-csv").start());
            long workbook0 = System.nanoTime();
            try {
                ConsolidatedWorkbook.write(c, settings, review, outputs.folder(), ready(template, settings));
            } catch (IOException | RuntimeException e) {
                csv.handle((done, failed) -> null).join(); // its files must be closed before the staging folder goes
                throw e;
            }
            LOG.info("{} written in {} s", ConsolidatedWorkbook.FILE_NAME, seconds(workbook0));
            awaitCsv(csv);
            if (json) {
                RunJson.write(c, settings, review, runOptions(), fails ? ExitCodes.FINDINGS : ExitCodes.OK,
                        outputs.folder());
                written.add(RunJson.FILE_NAME);
            }
            LOG.info("{} files, {} errors, {} warnings, {} waived; outputs written", c.files().size(),
                    c.count(Severity.ERROR), c.count(Severity.WARNING), c.waived());
            log.close();
            outputs.commit();
        } catch (IOException e) {
            err.println("kpi-consolidator: cannot write the outputs to " + outDir + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (feedback != null && !writeFeedback(c, settings.language(), verbosity, stdout, err)) {
            return ExitCodes.FAILED;
        }
        if (verbosity != Verbosity.QUIET) {
            RunSummary.lines(c, review, outDir, written, settings.language(), verbosity).forEach(stdout::println);
            stdout.println(RunSummary.line(c, (System.nanoTime() - start) / 1e9, outDir));
        }
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * The batch, with a progress bar on a terminal unless quiet; an input folder that cannot be
     * listed stops the run (exit 3).
     */
    private static Consolidation run(RunSettings settings, Verbosity verbosity) {
        try (ConsoleProgress progress = verbosity == Verbosity.QUIET ? ConsoleProgress.silent()
                : ConsoleProgress.onTerminal()) {
            return new BatchRunner().run(settings, progress);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the inputs: " + e.getMessage(), e);
        }
    }

    /** The template made beside the reading; made again here if that failed, so that its error is this thread's. */
    private static ConsolidatedWorkbook.Template ready(CompletableFuture<ConsolidatedWorkbook.Template> template,
            RunSettings settings) {
        try {
            return template.join();
        } catch (CompletionException e) {
            return ConsolidatedWorkbook.Template.prepare(settings.language());
        }
    }

    /** Waits for the CSV files; their writer's I/O failure is the run's. */
    private static void awaitCsv(CompletableFuture<Void> csv) throws IOException {
        try {
            csv.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static String seconds(long since) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private Verbosity verbosity() {
        if (quiet && verbose) {
            throw new UsageException("--quiet and --verbose cannot be given together");
        }
        return quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
    }

    /** What the run was told, for run.json: the options as given, files as paths. */
    private RunJson.Options runOptions() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("inputs", inputs.stream().map(Path::toString).toList());
        values.put("out", out.toString());
        values.put("year", year);
        values.put("threads", threads);
        values.put("fail_on", report.failOn);
        values.put("lang", report.lang);
        values.put("include_contacts", includeContacts);
        values.put("roster", text(reference.roster));
        values.put("agreements", text(reference.agreements));
        values.put("policy", policy.given());
        values.put("skip", rules.skip);
        values.put("severity", rules.severity);
        values.put("file_timeout", fileTimeout);
        values.put("previous", text(previous));
        values.put("waivers", text(waivers));
        values.put("verified", text(verified));
        values.put("feedback", text(feedback));
        return new RunJson.Options(new KpiCommand.Version().getVersion()[0], values);
    }

    private static String text(Path p) {
        return p == null ? null : p.toString();
    }

    private boolean writeFeedback(Consolidation c, Language language, Verbosity verbosity, PrintWriter stdout,
            PrintWriter err) {
        FeedbackFolder.Written written;
        try {
            written = FeedbackFolder.write(c, language, feedback,
                    problem -> err.println("kpi-consolidator: no feedback copy for " + problem));
        } catch (IOException | SecurityException e) {
            err.println("kpi-consolidator: cannot write the feedback to " + feedback + ": " + e.getMessage());
            return false;
        }
        if (verbosity != Verbosity.QUIET) {
            stdout.printf("%d feedback copies -> %s%n", written.copies(), feedback);
        }
        return true;
    }

    private RunSettings settings() {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UsageException("input not found: " + input);
            }
        }
        FailOn fail = report.failOn();
        Language language = report.language();
        ScoringPolicy scoring = policy.policy();
        RuleSelection selection = rules.selection();
        ReferenceData data = reference.read();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            Duration timeout = fileTimeout == null ? RunSettings.DEFAULT_FILE_TIMEOUT : Duration.ofSeconds(fileTimeout);
            ReviewInputs review = new ReviewInputs(
                    previous == null ? Optional.empty() : Optional.of(PreviousRun.read(previous)),
                    waivers == null ? Waivers.NONE : Waivers.read(waivers),
                    verified == null ? VerifiedResults.NONE : VerifiedResults.read(verified));
            return new RunSettings(inputs, out, year, n, fail, language, includeContacts, scoring, data,
                    selection, timeout, review);
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
