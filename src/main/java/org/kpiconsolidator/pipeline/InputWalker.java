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

/**
 * Lists the files of a batch: every file under the input folders (recursively, symbolic links not
 * followed, the output folder left out) and every file named directly. Files that are not
 * spreadsheets by extension, and office lock files, are listed with a reason to skip them, so
 * every file is accounted for in the outputs. Order: by name.
 */
public final class InputWalker {

    /** Extensions read by content; anything else is skipped. */
    static final Set<String> SPREADSHEET_EXTENSIONS = Set.of("xlsx", "xlsm", "xltx", "xltm", "xls", "xlsb", "ods");

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
                        return dir.equals(out) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            files.putIfAbsent(file, classify(file, relativeName(root, file)));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        files.putIfAbsent(file, new InputFile(file, relativeName(root, file),
                                "cannot be opened: " + e.getClass().getSimpleName()));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                files.putIfAbsent(root, classify(root, root.getFileName().toString()));
            }
        }
        List<InputFile> list = new ArrayList<>(files.values());
        list.sort(Comparator.comparing(InputFile::name));
        return list;
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static InputFile classify(Path file, String name) {
        String fileName = file.getFileName().toString();
        if (fileName.startsWith("~$")) {
            return new InputFile(file, name, "an office lock file");
        }
        String extension = extension(fileName);
        if (!SPREADSHEET_EXTENSIONS.contains(extension)) {
            return new InputFile(file, name, extension.isEmpty() ? "not a spreadsheet" : "not a spreadsheet (." + extension + ")");
        }
        return new InputFile(file, name, null);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
