package org.kpiconsolidator.reference;

/**
 * Finds where a CSV text breaks RFC 4180 once Commons CSV has refused it, so the error names a line
 * and a field: a quoted field never closed, or text after a closing quote.
 */
final class CsvSyntax {

    private CsvSyntax() {
    }

    static ReferenceFileException locate(TextFile file) {
        String s = file.text();
        int field = 1;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i < s.length() && s.charAt(i) == '"') {
                int open = i;
                i++;
                while (true) {
                    if (i >= s.length()) {
                        return new ReferenceFileException(file.path(), file.lineOf(open), field,
                                "a quoted value is never closed; end it with a double quote");
                    }
                    if (s.charAt(i) == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
                if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    return new ReferenceFileException(file.path(), file.lineOf(i), field,
                            "text after a closing double quote; write a quote inside a quoted value as \"\"");
                }
            } else {
                i = start;
                while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    i++;
                }
            }
            if (i < s.length() && s.charAt(i) == ',') {
                field++;
                i++;
            } else {
                field = 1;
                while (i < s.length() && (s.charAt(i) == '\r' || s.charAt(i) == '\n')) {
                    i++;
                }
            }
        }
        return new ReferenceFileException(file.path(), 1, 1, "not a CSV file");
    }
}
