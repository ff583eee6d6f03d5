package org.kpiconsolidator.reference;

import java.nio.file.Path;

/**
 * A reference or settings file that cannot be used: missing, unreadable, or malformed at a line and
 * column. The message reads {@code roster.csv:5:4: group must be A, B, C or D, not 'E'} and says
 * what was expected, so the person who keeps the file can fix it.
 */
public final class ReferenceFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param line 1-based line of the problem
     * @param column 1-based column: the CSV field number, or the character position in a settings line
     */
    public ReferenceFileException(Path file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with the file as a whole (not found, not readable); line and column are 0. */
    public ReferenceFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.line = 0;
        this.column = 0;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when the problem is the whole file. */
    public int column() {
        return column;
    }

    /** The problem without the position. */
    public String problem() {
        return problem;
    }
}
