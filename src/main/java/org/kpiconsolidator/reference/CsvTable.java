package org.kpiconsolidator.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV reference file (UTF-8, RFC 4180, header first) read with Commons CSV, checked once: the
 * header names known columns, each required one present; every record has as many fields as the
 * header. Blank lines and all-blank rows are skipped. Every problem is a {@link ReferenceFileException}
 * at a 1-based line and column (the field number).
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(Map<String, Integer> columns, List<Row> rows) {
        this.columns = Map.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a table whose header holds every {@code required} column and may hold {@code optional}
     * ones, in any order; any other column is an error (a misspelt column must not be ignored).
     */
    static CsvTable read(Path file, List<String> required, List<String> optional) throws ReferenceFileException {
        TextFile text = TextFile.read(file);
        String expected = String.join(",", required) + (optional.isEmpty() ? "" : "," + String.join(",", optional));
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            int headerLine = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw CsvSyntax.locate(text);
                }
                int line = text.lineOf(text.skipBlank((int) record.getCharacterPosition()));
                if (columns == null) {
                    headerLine = line;
                    columns = header(text, line, record, required, optional, expected);
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (record.size() != columns.size()) {
                    throw new ReferenceFileException(file, line, Math.min(record.size(), columns.size()) + 1,
                            record.size() + " fields where the header (line " + headerLine + ") has " + columns.size()
                                    + "; put values that contain a comma in double quotes");
                }
                rows.add(new Row(file, line, columns, record.values()));
            }
            if (columns == null) {
                throw new ReferenceFileException(file, 1, 1, "the file is empty; expected the header " + expected);
            }
        } catch (IOException e) {
            throw new ReferenceFileException(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return new CsvTable(columns, rows);
    }

    private static Map<String, Integer> header(TextFile text, int line, CSVRecord record, List<String> required,
            List<String> optional, String expected) throws ReferenceFileException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim().toLowerCase(Locale.ROOT);
            if (!required.contains(name) && !optional.contains(name)) {
                throw new ReferenceFileException(text.path(), line, i + 1,
                        "unknown column '" + record.get(i) + "'; the header is " + expected);
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new ReferenceFileException(text.path(), line, i + 1, "column '" + name + "' appears twice");
            }
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                throw new ReferenceFileException(text.path(), line, record.size() + 1,
                        "missing column '" + name + "'; the header is " + expected);
            }
        }
        return columns;
    }

    /** The 1-based field number of a column of the header; 1 when the (optional) column is absent. */
    int columnOf(String name) {
        Integer i = columns.get(name);
        return i == null ? 1 : i + 1;
    }

    /** Whether the header has a column. */
    boolean has(String name) {
        return columns.containsKey(name);
    }

    /** The data rows, in file order. */
    List<Row> rows() {
        return rows;
    }

    /** One data row: its values by column name, and where it is. */
    static final class Row {
        private final Path file;
        private final int line;
        private final Map<String, Integer> columns;
        private final String[] values;

        private Row(Path file, int line, Map<String, Integer> columns, String[] values) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.values = values;
        }

        /** The 1-based line the row starts on. */
        int line() {
            return line;
        }

        /** The trimmed value of a column; empty when blank or when the (optional) column is absent. */
        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : values[i].trim();
        }

        /** A problem with this row's value of a column, at its line and field number. */
        ReferenceFileException error(String column, String problem) {
            Integer i = columns.get(column);
            return new ReferenceFileException(file, line, i == null ? 1 : i + 1, column + ": " + problem);
        }
    }
}
