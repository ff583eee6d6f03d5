package org.kpiconsolidator.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.FileFacts;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.consolidate.UnitNames;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Field;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.form.FormReader;
import org.kpiconsolidator.form.FormReading;
import org.kpiconsolidator.model.Contact;
import org.kpiconsolidator.model.FormBlock;
import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.model.UnitGroup;
import org.kpiconsolidator.reference.ReferenceData;
import org.kpiconsolidator.reference.UnitAgreement;
import org.kpiconsolidator.reference.UnitMatch;
import org.kpiconsolidator.rules.FormContext;
import org.kpiconsolidator.rules.FormReference;
import org.kpiconsolidator.rules.FormRule;
import org.kpiconsolidator.rules.Rules;
import org.kpiconsolidator.scoring.Evaluator;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.workbook.CellRef;
import org.kpiconsolidator.workbook.UnreadableWorkbookException;
import org.kpiconsolidator.workbook.WorkbookGrid;
import org.kpiconsolidator.workbook.WorkbookReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one file through every stage: read the grid, locate and map the form, recompute, apply the
 * per-form rules. Whatever goes wrong with one file ends as a finding for that file; nothing it
 * throws reaches the batch.
 */
public final class FileProcessor implements FileScheduler.Work {

    private static final Logger LOG = LoggerFactory.getLogger(FileProcessor.class);

    private final WorkbookReader reader;
    private final RunSettings settings;
    private final FormReader formReader = new FormReader();
    private final Evaluator evaluator;
    private final List<FormRule> rules;

    public FileProcessor(WorkbookReader reader, RunSettings settings) {
        this.reader = reader;
        this.settings = settings;
        this.evaluator = new Evaluator(settings.policy());
        this.rules = Rules.all();
    }

    /**
     * One file through every stage. Never throws: a file that cannot be read, or that breaks a
     * stage, ends as one FILE_UNREADABLE or FILE_ENCRYPTED finding whose detail names the reason
     * (the key of its message) and, for a limit, the limit.
     */
    @Override
    public FileOutcome process(InputFile file) {
        long start = System.nanoTime();
        FileOutcome outcome = processFile(file);
        if (LOG.isInfoEnabled()) {
            LOG.info("{}: {}{}, {} findings, {} ms", file.name(), outcome.readStatus(),
                    outcome.unit().isEmpty() ? "" : " " + outcome.unit(), outcome.findings().size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return outcome;
    }

    private FileOutcome processFile(InputFile file) {
        if (file.skipped()) {
            String fileName = file.path().getFileName() == null ? file.name() : file.path().getFileName().toString();
            String extension = InputWalker.extension(fileName);
            Finding skipped = Finding.of(Code.FILE_SKIPPED).file(file.name()).field(Field.FILE)
                    .detail(file.skipReason()).stated(extension.isEmpty() ? fileName : "." + extension).build();
            return outcome(file, FileStatus.SKIPPED, List.of(skipped), FileFacts.UNKNOWN);
        }
        if (Files.isDirectory(file.path())) {
            // The walker lists a folder it could not open, so the files in it are not silently lost.
            return unreadable(file, Code.FILE_UNREADABLE, "folder-unreadable", "", "", FileFacts.UNKNOWN);
        }
        FileFacts facts = FileFacts.UNKNOWN;
        try {
            facts = facts(file, "", "");
            WorkbookGrid grid = reader.read(file.path());
            facts = new FileFacts(facts.size(), facts.sha256(), grid.properties().getOrDefault("producer", ""),
                    grid.format().name(), "", List.of());
            return fromGrid(file, grid, facts);
        } catch (UnreadableWorkbookException e) {
            Code code = e.reason() == UnreadableWorkbookException.Reason.ENCRYPTED
                    || e.reason() == UnreadableWorkbookException.Reason.ENCRYPTION_DAMAGED
                    ? Code.FILE_ENCRYPTED : Code.FILE_UNREADABLE;
            LOG.info("{}: {} ({})", file.name(), code, e.getMessage());
            return unreadable(file, code, e.reason().key(), e.found(), e.limit(), facts);
        } catch (IOException e) {
            LOG.info("{}: cannot be read: {}", file.name(), e.toString());
            return unreadable(file, Code.FILE_UNREADABLE, "io-error", e.getClass().getSimpleName(), "", facts);
        } catch (RuntimeException | StackOverflowError e) {
            // A file must never stop the batch: whatever a malformed workbook triggers ends here.
            LOG.info("{}: failed while reading: {}", file.name(), e.toString());
            LOG.debug("{}: stack trace", file.name(), e);
            return unreadable(file, Code.FILE_UNREADABLE, "corrupt", e.getClass().getSimpleName(), "", facts);
        } catch (OutOfMemoryError e) {
            // What the file allocated is unreachable once the stack unwinds; the batch goes on.
            LOG.warn("{}: needed more memory than the run has", file.name());
            return memory(file);
        }
    }

    /** The outcome of a file abandoned because it ran past the per-file deadline. */
    @Override
    public FileOutcome timedOut(InputFile file, Duration limit) {
        String seconds = Long.toString(limit.toSeconds());
        return unreadable(file, Code.FILE_UNREADABLE, "timeout", "> " + seconds, seconds, FileFacts.UNKNOWN);
    }

    /** The outcome of a file whose processing threw past {@link #process} (an error, not a finding). */
    @Override
    public FileOutcome failed(InputFile file, Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return memory(file);
        }
        LOG.warn("{}: internal failure: {}", file.name(), error.toString());
        LOG.debug("{}: stack trace", file.name(), error);
        return unreadable(file, Code.FILE_UNREADABLE, "corrupt", error.getClass().getSimpleName(), "",
                FileFacts.UNKNOWN);
    }

    /** The outcome of a file that exhausted the heap. */
    public FileOutcome memory(InputFile file) {
        return unreadable(file, Code.FILE_UNREADABLE, "out-of-memory", "", "", FileFacts.UNKNOWN);
    }

    /** What reading a file noted though it read it, as findings. */
    private static List<Finding> readNotes(WorkbookGrid grid) {
        List<Finding> notes = new ArrayList<>();
        if (grid.notes().contains(WorkbookGrid.ReadNote.DEFAULT_PASSWORD)) {
            notes.add(Finding.of(Code.FILE_DEFAULT_PASSWORD).field(Field.FILE).build());
        }
        return notes;
    }

    private FileOutcome fromGrid(InputFile file, WorkbookGrid grid, FileFacts readFacts) {
        FormReading reading = formReader.read(grid);
        FileFacts facts = readFacts.withForm(reading.templateVersion().orElse(""), reading.drift());
        if (reading.submission().isEmpty()) {
            List<Finding> findings = readNotes(grid);
            findings.add(Finding.of(Code.FORM_NOT_RECOGNIZED).field(Field.FILE)
                    .detail(Integer.toString(grid.sheets().size())).build());
            findings.addAll(reading.findings());
            return outcome(file, FileStatus.NOT_A_FORM, stamp(findings, file, "", ""), facts);
        }
        Submission submission = reading.submission().get();
        ReferenceData reference = settings.reference();
        UnitMatch match = UnitNames.identify(submission, reference.roster());
        String unit = match.displayName();
        String unitKey = match.key();
        // SPEC 5.1: the roster's group, not the box checked on the form, picks group-rubric rows.
        UnitGroup group = match.rosterGroup().orElseGet(() -> formGroup(submission));
        Optional<UnitAgreement> agreement = reference.agreementOf(match, Optional.ofNullable(group));
        SubmissionScore score = evaluator.evaluate(submission, group,
                agreement.map(UnitAgreement::scoring).orElse(Map.of()), settings.review().verified().forUnit(match));
        FormContext context = new FormContext(submission, score, settings.policy(),
                new FormReference(reference.roster(), match, agreement));
        List<Finding> findings = readNotes(grid);
        findings.addAll(reading.findings());
        for (FormRule rule : rules) {
            rule.check(context, findings::add);
        }
        YearOfFile year = yearOf(submission);
        List<Contact> contacts = submission.blocks().stream().map(b -> b.header().contact())
                .filter(c -> c != Contact.NONE).distinct().toList();
        return new FileOutcome(file, FileStatus.OK, unit, unitKey, year.year, year.cell, group, Optional.of(score),
                stamp(findings, file, unit, unitKey), facts, contacts);
    }

    private record YearOfFile(Integer year, CellRef cell) {
    }

    /** The year most blocks give (ties: the first block's). */
    private static YearOfFile yearOf(Submission submission) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        Map<Integer, CellRef> cells = new LinkedHashMap<>();
        for (FormBlock block : submission.blocks()) {
            Integer y = block.header().fiscalYear().value();
            if (y != null) {
                counts.merge(y, 1, Integer::sum);
                cells.putIfAbsent(y, block.header().fiscalYear().cell());
            }
        }
        Integer best = null;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return new YearOfFile(best, best == null ? null : cells.get(best));
    }

    /** The group checked on the form: the first block that checks one. */
    private static UnitGroup formGroup(Submission submission) {
        for (FormBlock block : submission.blocks()) {
            if (block.header().group().value() != null) {
                return block.header().group().value();
            }
        }
        return null;
    }

    /** The findings in the file and unit, as the run's rule selection reports them. */
    private List<Finding> stamp(List<Finding> findings, InputFile file, String unit, String unitKey) {
        return settings.rules().apply(findings.stream().map(f -> f.stamped(file.name(), unit, unitKey)).toList());
    }

    /**
     * @param reason the key of the message ({@code zip-bomb-ratio}, {@code timeout})
     * @param found what the file holds, for the {@code stated} column
     * @param limit the limit it broke, for the {@code expected} column
     */
    private FileOutcome unreadable(InputFile file, Code code, String reason, String found, String limit,
            FileFacts facts) {
        Finding f = Finding.of(code).file(file.name()).field(Field.FILE).detail(reason).stated(found)
                .expected(limit).build();
        return outcome(file, FileStatus.UNREADABLE, List.of(f), facts);
    }

    private FileOutcome outcome(InputFile file, FileStatus status, List<Finding> findings, FileFacts facts) {
        return new FileOutcome(file, status, "", "", null, null, null, Optional.empty(), settings.rules().apply(findings),
                facts, List.of());
    }

    private static FileFacts facts(InputFile file, String producer, String format) throws IOException {
        long size = Files.size(file.path());
        String sha;
        try (InputStream in = Files.newInputStream(file.path())) {
            sha = DigestUtils.sha256Hex(in);
        }
        return new FileFacts(size, sha, producer, format, "", List.of());
    }
}
