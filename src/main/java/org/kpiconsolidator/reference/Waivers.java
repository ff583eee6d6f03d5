package org.kpiconsolidator.reference;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kpiconsolidator.finding.Waiver;

/**
 * The office's waivers ({@code waivers.csv}: {@code finding_id,reason,reviewer,date}): findings it
 * accepts, by the stable id of the discrepancy log. Every row names a well-formed id once, a
 * reviewer and an ISO date; the reason may be empty only for a finding below ERROR, which the run
 * can tell only once it has the finding (a reasonless waiver of an ERROR is reported, not applied).
 */
public final class Waivers {

    /** No waivers. */
    public static final Waivers NONE = new Waivers("", List.of());

    static final List<String> REQUIRED = List.of("finding_id", "reason", "reviewer", "date");

    private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");

    /** One waiver and the line it is on. */
    public record Entry(String findingId, Waiver waiver, int line) {
    }

    private final String source;
    private final Map<String, Entry> byId = new LinkedHashMap<>();

    private Waivers(String source, List<Entry> entries) {
        this.source = source;
        for (Entry e : entries) {
            byId.put(e.findingId(), e);
        }
    }

    /**
     * Reads and checks a waivers file.
     *
     * @throws ReferenceFileException naming the line and column of the first problem
     */
    public static Waivers read(Path file) throws ReferenceFileException {
        CsvTable table = CsvTable.read(file, REQUIRED, List.of());
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.get("finding_id").toLowerCase(Locale.ROOT);
            if (!ID.matcher(id).matches()) {
                throw row.error("finding_id", "'" + row.get("finding_id")
                        + "' is not a finding id; copy the 12-letter finding_id of discrepancies.csv");
            }
            Integer first = lines.putIfAbsent(id, row.line());
            if (first != null) {
                throw row.error("finding_id", "finding " + id + " is already waived on line " + first
                        + "; keep one waiver per finding");
            }
            String reviewer = row.get("reviewer");
            if (reviewer.isEmpty()) {
                throw row.error("reviewer", "empty; write who accepted the finding");
            }
            String date = row.get("date");
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw row.error("date", "'" + date + "' is not a date; write it as YYYY-MM-DD, e.g. 2021-11-30");
            }
            entries.add(new Entry(id, new Waiver(row.get("reason"), reviewer, date), row.line()));
        }
        return new Waivers(String.valueOf(file.getFileName()), entries);
    }

    /** The waiver of a finding id, if any. */
    public Optional<Entry> of(String findingId) {
        return Optional.ofNullable(byId.get(findingId));
    }

    /** Every waiver, in file order. */
    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    /** Where a waiver is, for messages: {@code waivers.csv:4}. */
    public String where(Entry entry) {
        return source + ":" + entry.line();
    }
}
