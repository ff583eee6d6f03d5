package org.kpiconsolidator.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The findings of an earlier run ({@code --previous DIR}), as its outputs list them: every row of
 * its {@code discrepancies.csv}, and the rows of its {@code review.csv} marked {@code unchecked}
 * (findings of units that run did not see again, carried so a later round can still resolve them).
 * Read streaming, as the log of a large batch is large; a folder that is not the output folder of a
 * run, or a log that is not ours, is a {@link ReferenceFileException} naming the file and line.
 */
public final class PreviousRun {

    /** The output file this reads: the discrepancy log's name in SPEC 5. */
    public static final String DISCREPANCIES = "discrepancies.csv";
    /** The review ledger of the earlier run, read when present. */
    public static final String REVIEW = "review.csv";
    /** The {@code review} value of a finding carried over because its unit was not checked again. */
    public static final String UNCHECKED = "unchecked";

    static final List<String> COLUMNS = List.of("severity", "rule", "unit", "file", "sheet", "cell", "component",
            "indicator", "stated", "expected", "message", "finding_id");

    private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One finding of the earlier run, with the values its log gave (the last known ones). */
    public record Finding(String severity, String rule, String unit, String file, String sheet, String cell,
            String component, String indicator, String stated, String expected, String message, String findingId) {
    }

    private final Path folder;
    private final List<Finding> findings;

    private PreviousRun(Path folder, List<Finding> findings) {
        this.folder = folder;
        this.findings = List.copyOf(findings);
    }

    /**
     * Reads the outputs of an earlier run.
     *
     * @throws ReferenceFileException when the folder or its discrepancy log is missing, or the log
     *     is not one this tool wrote (its header, a severity or a finding id), at the file and line
     */
    public static PreviousRun read(Path folder) throws ReferenceFileException {
        if (!Files.isDirectory(folder)) {
            throw new ReferenceFileException(folder, "not found; --previous takes the --out folder of an earlier run");
        }
        Map<String, Finding> byId = new LinkedHashMap<>();
        Path log = folder.resolve(DISCREPANCIES);
        if (!Files.isRegularFile(log)) {
            throw new ReferenceFileException(log, "not found; --previous takes the --out folder of an earlier run");
        }
        for (Finding f : rows(log, null)) {
            byId.putIfAbsent(f.findingId(), f);
        }
        Path review = folder.resolve(REVIEW);
        if (Files.isRegularFile(review)) {
            for (Finding f : rows(review, UNCHECKED)) {
                byId.putIfAbsent(f.findingId(), f);
            }
        }
        return new PreviousRun(folder, new ArrayList<>(byId.values()));
    }

    /** The folder read. */
    public Path folder() {
        return folder;
    }

    /** Every finding of the earlier run, once per id, in its log's order. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The rows of a log with the columns of {@code discrepancies.csv} (others are ignored).
     *
     * @param onlyReview the {@code review} value of the rows to keep; {@code null} for every row
     */
    private static List<Finding> rows(Path file, String onlyReview) throws ReferenceFileException {
        List<Finding> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
                CSVParser parser = CSVParser.parse(skipByteOrderMark(reader), FORMAT)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(file, record, onlyReview != null);
                    continue;
                }
                if (onlyReview != null && !onlyReview.equals(get(record, columns, "review"))) {
                    continue;
                }
                rows.add(finding(file, line, record, columns));
            }
            if (columns == null) {
                throw new ReferenceFileException(file, 1, 1, "the file is empty; expected the header "
                        + String.join(",", COLUMNS));
            }
        } catch (NoSuchFileException e) {
            throw new ReferenceFileException(file, "file not found");
        } catch (CharacterCodingException e) {
            throw new ReferenceFileException(file, "not UTF-8 text; it is not a log this tool wrote");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ReferenceFileException(file, "cannot be read as CSV (" + e.getClass().getSimpleName() + ")");
        }
        return rows;
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static Map<String, Integer> header(Path file, CSVRecord record, boolean review)
            throws ReferenceFileException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            columns.putIfAbsent(record.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> needed = new ArrayList<>(COLUMNS);
        if (review) {
            needed.add("review");
        }
        for (String name : needed) {
            if (!columns.containsKey(name)) {
                throw new ReferenceFileException(file, 1, record.size() + 1, "missing column '" + name
                        + "'; expected the header of the discrepancy log: " + String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    private static Finding finding(Path file, int line, CSVRecord record, Map<String, Integer> columns)
            throws ReferenceFileException {
        String id = get(record, columns, "finding_id");
        if (!ID.matcher(id).matches()) {
            throw new ReferenceFileException(file, line, columns.get("finding_id") + 1,
                    "'" + id + "' is not a finding id");
        }
        String severity = get(record, columns, "severity");
        if (!SEVERITIES.contains(severity)) {
            throw new ReferenceFileException(file, line, columns.get("severity") + 1,
                    "'" + severity + "' is not a severity (ERROR, WARNING or INFO)");
        }
        return new Finding(severity, get(record, columns, "rule"), get(record, columns, "unit"),
                get(record, columns, "file"), get(record, columns, "sheet"), get(record, columns, "cell"),
                get(record, columns, "component"), get(record, columns, "indicator"), get(record, columns, "stated"),
                get(record, columns, "expected"), get(record, columns, "message"), id);
    }

    private static String get(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= record.size() ? "" : record.get(i);
    }
}
