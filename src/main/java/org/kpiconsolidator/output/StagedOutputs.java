package org.kpiconsolidator.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a run's output files as one set, so that a run killed at any moment leaves the output
 * folder holding either the previous complete set or the new one, never a mix or a half file.
 *
 * <p>How: the new files are written into a staging folder beside the output folder
 * ({@code .out.kpi-new-*}), flushed to disk, and listed in a manifest; then the old folder is
 * renamed aside ({@code .out.kpi-old-*}), the staging folder renamed into its place, and the old
 * one deleted. Both renames are atomic; between them (microseconds) the output folder does not
 * exist, and the next run puts the previous set back before it starts. Leftover staging folders of
 * killed runs are deleted then too.
 *
 * <p>The swap needs an output folder that holds nothing but a previous set (or nothing, or does
 * not exist yet). A folder that also holds other files is never moved: the outputs are then
 * written into it one by one, each through a temporary file and an atomic rename ({@link
 * AtomicFile}), so each file is whole but a killed run may leave a mix of old and new files.
 */
public final class StagedOutputs implements Closeable {

    /** The manifest of an output set; a folder holding it is never read as input. */
    public static final String MANIFEST = ".kpi-consolidator-outputs";

    private static final Logger LOG = LoggerFactory.getLogger(StagedOutputs.class);
    private static final Pattern STAGING = Pattern.compile("\\..+\\.kpi-(new|old)-[0-9a-z]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path out;
    private final Path staging;
    private boolean committed;

    private StagedOutputs(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * Prepares to write the outputs of a run into {@code outDir}: repairs what a killed run left,
     * then creates the staging folder (or, for a folder shared with other files, writes in place).
     */
    public static StagedOutputs begin(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            return inPlace(out);
        }
        recover(parent, out);
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !holdsOnlyOutputs(out)) {
            return inPlace(out);
        }
        Path staging = parent.resolve(sibling(out, "new"));
        try {
            Files.createDirectory(staging);
        } catch (IOException e) {
            LOG.info("cannot stage beside {} ({}); writing in place", out, e.toString());
            return inPlace(out);
        }
        return new StagedOutputs(out, staging);
    }

    private static StagedOutputs inPlace(Path out) throws IOException {
        Files.createDirectories(out);
        return new StagedOutputs(out, null);
    }

    /** The folder the output files are to be written into. */
    public Path folder() {
        return staging == null ? out : staging;
    }

    /** Whether the outputs replace the previous set as a whole (false: written in place, file by file). */
    public boolean staged() {
        return staging != null;
    }

    /** Puts the new set in place of the previous one. Call once, after every file is written. */
    public void commit() throws IOException {
        if (staging == null) {
            committed = true;
            return;
        }
        List<String> names = fileNames(staging);
        Files.write(staging.resolve(MANIFEST), manifest(names), StandardCharsets.UTF_8);
        for (String name : names) {
            force(staging.resolve(name));
        }
        force(staging.resolve(MANIFEST));
        force(staging);
        Path old = null;
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            old = out.getParent().resolve(sibling(out, "old"));
            move(out, old);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (old != null) {
                move(old, out); // put the previous set back
            }
            throw e;
        }
        committed = true;
        force(out.getParent());
        if (old != null) {
            deleteSet(old);
        }
    }

    /** Deletes the staging folder of a run that did not commit. */
    @Override
    public void close() throws IOException {
        if (staging != null && !committed) {
            deleteSet(staging);
        }
    }

    /**
     * Whether a folder holds outputs of this tool (a finished set, or a staging folder), so that
     * an output folder inside the input folder is not read back as input.
     */
    public static boolean isOutputFolder(Path dir) {
        Path name = dir.getFileName();
        return name != null && STAGING.matcher(name.toString()).matches()
                || Files.isRegularFile(dir.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * After a kill: if the output folder is missing but a previous set was renamed aside, that set
     * goes back; staging folders and sets renamed aside are deleted.
     */
    private static void recover(Path parent, Path out) throws IOException {
        String prefix = "." + out.getFileName() + ".kpi-";
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path p : siblings) {
                if (STAGING.matcher(p.getFileName().toString()).matches()) {
                    leftovers.add(p);
                }
            }
        } catch (IOException e) {
            return; // the parent cannot be listed: nothing to repair here
        }
        for (Path p : leftovers) {
            boolean previous = p.getFileName().toString().startsWith(prefix + "old-");
            if (previous && !Files.exists(out, LinkOption.NOFOLLOW_LINKS) && holdsOnlyOutputs(p)
                    && Files.exists(p.resolve(MANIFEST))) {
                LOG.warn("restoring the previous outputs of an interrupted run into {}", out);
                move(p, out);
            } else {
                deleteSet(p);
            }
        }
    }

    /** True when every entry is a regular file listed in the folder's manifest (or it is empty). */
    private static boolean holdsOnlyOutputs(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<String> names = fileNames(dir);
        if (names.size() != entryCount(dir)) {
            return false; // a sub-folder or a link
        }
        if (names.isEmpty()) {
            return true;
        }
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Set<String> listed = new HashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
        listed.add(MANIFEST);
        return listed.containsAll(names);
    }

    private static List<String> fileNames(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(p.getFileName().toString());
                }
            }
        }
        names.sort(null);
        return names;
    }

    private static int entryCount(Path dir) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path ignored : entries) {
                n++;
            }
        }
        return n;
    }

    private static List<String> manifest(List<String> names) {
        List<String> lines = new ArrayList<>();
        for (String n : names) {
            if (!n.equals(MANIFEST)) {
                lines.add(n);
            }
        }
        return lines;
    }

    /** Deletes a folder this class made, file by file; never follows links or enters sub-folders. */
    private static void deleteSet(Path dir) throws IOException {
        for (String name : fileNames(dir)) {
            Files.deleteIfExists(dir.resolve(name));
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.toString());
        }
    }

    private static String sibling(Path out, String kind) {
        return "." + out.getFileName() + ".kpi-" + kind + "-" + Long.toString(RANDOM.nextLong() >>> 1, 36);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " atomically to " + to, e);
        }
    }

    /** Flushes a file or folder to the disk; some platforms cannot flush a folder, which is fine. */
    private static void force(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("cannot flush {}: {}", p, e.toString());
        }
    }
}
