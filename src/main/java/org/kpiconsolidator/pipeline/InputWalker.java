package org.kpiconsolidator.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.feedback.FeedbackFolder;
import org.kpiconsolidator.output.StagedOutputs;

/**
 * Lists the files of a batch: every file under the input folders (recursively) and every file
 * named directly, in name order, each accounted for:
 *
 * <ul>
 *   <li>symbolic links inside a folder are not followed (so link loops cannot trap the walk) and are
 *       listed as skipped; a link named directly on the command line is followed;</li>
 *   <li>office lock files ({@code ~$x.xlsx}, {@code .~lock.x.xlsx#}), temporary and system files
 *       ({@code ~x.tmp}, {@code ._x.xlsx}, {@code Thumbs.db}, {@code .DS_Store}) and files that are not
 *       spreadsheets by extension are listed as skipped, with a reason;</li>
 *   <li>pipes, devices and sockets are listed as skipped (reading one could block forever);</li>
 *   <li>a file or folder that cannot be opened is listed to be read, so that reading it reports it;</li>
 *   <li>the output folder, and any folder holding outputs, staging folders or feedback copies of
 *       this tool, is left out, so outputs are never read back as input;</li>
 *   <li>names that are not valid UTF-8 keep their bytes for opening; the name shown replaces the
 *       invalid bytes with U+FFFD.</li>
 * </ul>
 */
public final class InputWalker {

    /** Extensions read by content; anything else is skipped. */
    static final Set<String> SPREADSHEET_EXTENSIONS = Set.of("xlsx", "xlsm", "xltx", "xltm", "xls", "xlsb", "ods");

    /** Skip reasons: the keys of the FILE_SKIPPED messages. */
    static final String NOT_A_SPREADSHEET = "not-a-spreadsheet";
    static final String LOCK_FILE = "lock-file";
    static final String TEMPORARY_FILE = "temporary-file";
    static final String SYMBOLIC_LINK = "symbolic-link";
    static final String SPECIAL_FILE = "special-file";

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store");

    private InputWalker() {
    }

    public static List<InputFile> walk(List<Path> inputs, Path outputDir) throws IOException {
        Path out = outputDir.toAbsolutePath().normalize();
        Map<Path, InputFile> files = new LinkedHashMap<>();
        for (Path input : inputs) {
            Path root = input.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return dir.equals(out) || StagedOutputs.isOutputFolder(dir)
                                || FeedbackFolder.isFeedbackFolder(dir) ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = relativeName(root, file);
                        if (attrs.isSymbolicLink()) {
                            files.putIfAbsent(file, new InputFile(file, name, SYMBOLIC_LINK));
                        } else if (attrs.isRegularFile()) {
                            files.putIfAbsent(file, classify(file, name));
                        } else if (!attrs.isDirectory()) {
                            files.putIfAbsent(file, new InputFile(file, name, SPECIAL_FILE));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // A folder or file that cannot be opened: reading it says so, as FILE_UNREADABLE.
                        files.putIfAbsent(file, new InputFile(file, relativeName(root, file), null));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else if (Files.isRegularFile(root)) {
                files.putIfAbsent(root, classify(root, root.getFileName().toString()));
            } else {
                files.putIfAbsent(root, new InputFile(root, root.getFileName().toString(), SPECIAL_FILE));
            }
        }
        List<InputFile> list = new ArrayList<>(files.values());
        list.sort(Comparator.comparing(InputFile::name));
        return list;
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** A regular file: to read, or skipped with the key of the reason. */
    static InputFile classify(Path file, String name) {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (fileName.startsWith("~$") || fileName.startsWith(".~lock.")) {
            return new InputFile(file, name, LOCK_FILE);
        }
        if (fileName.startsWith("._") || lower.endsWith(".tmp")
                || SYSTEM_FILES.contains(lower)) {
            return new InputFile(file, name, TEMPORARY_FILE);
        }
        if (!SPREADSHEET_EXTENSIONS.contains(extension(fileName))) {
            return new InputFile(file, name, NOT_A_SPREADSHEET);
        }
        return new InputFile(file, name, null);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
