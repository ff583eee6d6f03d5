package org.kpiconsolidator.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
public final class FileProcessor {

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

    public FileOutcome process(InputFile file) {
        if (file.skipped()) {
            Finding skipped = Finding.of(Code.FILE_SKIPPED).file(file.name()).field(Field.FILE)
                    .detail(file.skipReason()).build();
            return outcome(file, FileStatus.SKIPPED, List.of(skipped), FileFacts.UNKNOWN);
        }
        FileFacts facts = FileFacts.UNKNOWN;
        try {
            facts = facts(file, "", "");
            WorkbookGrid grid = reader.read(file.path());
            facts = new FileFacts(facts.size(), facts.sha256(), grid.properties().getOrDefault("producer", ""),
                    grid.format().name(), "", List.of());
            return fromGrid(file, grid, facts);
        } catch (UnreadableWorkbookException e) {
            Code code = e.reason() == UnreadableWorkbookException.Reason.ENCRYPTED ? Code.FILE_ENCRYPTED
                    : Code.FILE_UNREADABLE;
            LOG.info("{}: {} ({})", file.name(), code, e.getMessage());
            return unreadable(file, code, e.reason().name().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage(),
                    facts);
        } catch (IOException e) {
            LOG.info("{}: cannot be read: {}", file.name(), e.toString());
            return unreadable(file, Code.FILE_UNREADABLE, "io_error: " + e.getMessage(), facts);
        } catch (RuntimeException | StackOverflowError e) {
            // A file must never stop the batch: whatever a malformed workbook triggers ends here.
            LOG.warn("{}: failed while reading", file.name(), e);
            return unreadable(file, Code.FILE_UNREADABLE, "corrupt: the workbook could not be read ("
                    + e.getClass().getSimpleName() + ")", facts);
        }
    }

    private FileOutcome fromGrid(InputFile file, WorkbookGrid grid, FileFacts readFacts) {
        FormReading reading = formReader.read(grid);
        FileFacts facts = readFacts.withForm(reading.templateVersion().orElse(""), reading.drift());
        if (reading.submission().isEmpty()) {
            List<Finding> findings = new ArrayList<>();
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
                agreement.map(UnitAgreement::scoring).orElse(Map.of()));
        FormContext context = new FormContext(submission, score, settings.policy(),
                new FormReference(reference.roster(), match, agreement));
        List<Finding> findings = new ArrayList<>(reading.findings());
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

    private FileOutcome unreadable(InputFile file, Code code, String reason, FileFacts facts) {
        Finding f = Finding.of(code).file(file.name()).field(Field.FILE).detail(reason).build();
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
