package org.kpiconsolidator.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Severity;

/**
 * The feedback of a batch: one annotated copy per file that has an error or a warning, in a folder
 * that mirrors the input tree ({@code district/bang-khae.xlsx} gives
 * {@code DIR/district/bang-khae.feedback.xlsx}). The suffix keeps a copy from ever taking the name
 * of a submission.
 */
public final class FeedbackFolder {

    static final String SUFFIX = ".feedback";

    /**
     * Marks a feedback folder, so that one placed inside the input folder is not read back as
     * submissions by the next run (its copies are forms, and would all be duplicates).
     */
    public static final String MARKER = ".kpi-consolidator-feedback";

    private FeedbackFolder() {
    }

    /** What writing the feedback did. */
    public record Written(int copies, int failed) {
    }

    /**
     * @param problems told, one line each, about a file whose copy could not be written (the others
     *     are still written)
     * @throws IOException when the folder itself cannot be created
     */
    public static Written write(Consolidation batch, Language language, Path dir, Consumer<String> problems)
            throws IOException {
        Files.createDirectories(dir);
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "Annotated copies written by kpi-consolidator consolidate --feedback; "
                    + "never read as input.\n", StandardCharsets.UTF_8);
        }
        int copies = 0;
        int failed = 0;
        for (FileOutcome outcome : batch.files()) {
            if (!needsFeedback(outcome)) {
                continue;
            }
            try {
                Path target = targetFor(outcome, dir);
                Files.createDirectories(target.getParent());
                // A finding the office waived asks nothing more of the unit.
                AnnotatedCopy.write(outcome.file().path(),
                        outcome.findings().stream().filter(f -> !f.isWaived()).toList(), language, target);
                copies++;
            } catch (IOException | RuntimeException e) {
                failed++;
                problems.accept(outcome.file().name() + ": " + e.getMessage());
            }
        }
        return new Written(copies, failed);
    }

    /** Whether a folder holds feedback copies (and so is not input). */
    public static boolean isFeedbackFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** A readable workbook with at least one finding a unit must act on. */
    static boolean needsFeedback(FileOutcome outcome) {
        boolean readable = outcome.readStatus() == FileStatus.OK || outcome.readStatus() == FileStatus.NOT_A_FORM;
        return readable && outcome.findings().stream().filter(f -> !f.isWaived()).map(Finding::severity)
                .anyMatch(s -> s.atLeast(Severity.WARNING));
    }

    /** Where a file's copy goes: its path under the input root, with {@value #SUFFIX} before the extension. */
    static Path targetFor(FileOutcome outcome, Path dir) throws IOException {
        String name = outcome.file().name();
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        String stem = dot > slash ? name.substring(0, dot) : name;
        Path target = dir.resolve(stem + SUFFIX + "." + AnnotatedCopy.extensionFor(outcome.file().path()))
                .normalize();
        if (!target.startsWith(dir.normalize())) {
            throw new IOException("file name leaves the feedback folder: " + name);
        }
        return target;
    }
}
