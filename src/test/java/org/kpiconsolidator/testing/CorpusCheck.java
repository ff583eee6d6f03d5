package org.kpiconsolidator.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a {@code consolidate} run over a corpus of real-world files (Apache POI's test data, with a
 * {@code MANIFEST.csv} whose {@code expected} column says {@code opens} or {@code error}). Run by
 * {@code .ci/run}; exits 1 with the reasons unless:
 *
 * <ul>
 *   <li>the run's exit status was 0 or 1 and its console holds no stack trace;</li>
 *   <li>every file of the corpus is in {@code summary.csv} or skipped in {@code discrepancies.csv};</li>
 *   <li>every {@code expected=error} spreadsheet is FILE_UNREADABLE or FILE_ENCRYPTED, and those that
 *       need a password ({@code category=encrypted}) are FILE_ENCRYPTED. Files without a spreadsheet
 *       extension ({@code .xml}, {@code .bin}, {@code .ooxml}) are skipped by name, as the SPEC says;</li>
 *   <li>no file ran into the per-file deadline.</li>
 * </ul>
 *
 * Usage: {@code CorpusCheck <corpus> <outputs> <exit-status> <console-log> <timeout-seconds>}
 */
public final class CorpusCheck {

    private static final Set<String> SPREADSHEET = Set.of("xlsx", "xlsm", "xltx", "xltm", "xls", "xlsb", "ods");

    private CorpusCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: CorpusCheck <corpus> <outputs> <exit-status> <console-log> <timeout-seconds>");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path outputs = Path.of(args[1]);
        int exit = Integer.parseInt(args[2]);
        String console = Files.readString(Path.of(args[3]));
        String timeout = args[4];
        List<String> problems = new ArrayList<>();

        if (exit != 0 && exit != 1) {
            problems.add("exit status " + exit + " (expected 0 or 1)");
        }
        if (console.contains("Exception") || console.contains("\tat ")) {
            problems.add("the console shows a stack trace");
        }
        List<CSVRecord> summary = csv(outputs.resolve("summary.csv"));
        List<CSVRecord> findings = csv(outputs.resolve("discrepancies.csv"));
        Map<String, List<String>> rulesByFile = new HashMap<>();
        for (CSVRecord f : findings) {
            rulesByFile.computeIfAbsent(f.get("file"), k -> new ArrayList<>()).add(f.get("rule"));
            if (f.get("rule").equals("FILE_UNREADABLE") && f.get("stated").equals("> " + timeout)) {
                problems.add(f.get("file") + ": over the " + timeout + " s per-file deadline");
            }
        }
        Map<String, String> statusByFile = new HashMap<>();
        summary.forEach(r -> statusByFile.put(r.get("file"), r.get("status")));

        List<String> files = files(corpus);
        for (String file : files) {
            boolean skipped = rulesByFile.getOrDefault(file, List.of()).contains("FILE_SKIPPED");
            if (!statusByFile.containsKey(file) && !skipped) {
                problems.add(file + ": not in the outputs");
            }
        }
        int errors = 0;
        for (CSVRecord m : csv(corpus.resolve("MANIFEST.csv"))) {
            String file = m.get("file");
            if (!m.get("expected").equals("error") || !SPREADSHEET.contains(extension(file))) {
                continue;
            }
            errors++;
            List<String> rules = rulesByFile.getOrDefault(file, List.of());
            boolean needsPassword = m.get("category").equals("encrypted");
            String wanted = needsPassword ? "FILE_ENCRYPTED" : "FILE_UNREADABLE or FILE_ENCRYPTED";
            boolean ok = needsPassword ? rules.contains("FILE_ENCRYPTED")
                    : rules.contains("FILE_UNREADABLE") || rules.contains("FILE_ENCRYPTED");
            if (!ok) {
                problems.add(file + ": expected " + wanted + ", got " + rules + " " + statusByFile.get(file));
            }
        }

        Map<String, Integer> byStatus = new TreeMap<>();
        statusByFile.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
        long skippedCount = findings.stream().filter(f -> f.get("rule").equals("FILE_SKIPPED")).count();
        System.out.printf(Locale.ROOT, "corpus: %d files, %d in summary.csv %s, %d skipped; %d expected errors checked%n",
                files.size(), summary.size(), byStatus, skippedCount, errors);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.out.println("FAIL " + p));
            System.exit(1);
        }
        System.out.println("corpus check passed");
    }

    private static List<String> files(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(Files::isRegularFile).map(p -> corpus.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
