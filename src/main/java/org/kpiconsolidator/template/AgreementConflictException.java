package org.kpiconsolidator.template;

import java.nio.file.Path;

/**
 * The agreements are well-formed, but a unit's pre-filled form cannot hold what they say: two
 * indicators sharing a rubric table disagree on interpolation, a group rubric has no row for the
 * unit's group, and the like. The message reads {@code agreements.csv:9: ...}, names the rows
 * involved and says what to change.
 */
public final class AgreementConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file the agreements file
     * @param line the 1-based line of the row the problem is reported at
     * @param problem what is wrong and how to fix it, without the position
     */
    public AgreementConflictException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line of the row the problem is reported at. */
    public int line() {
        return line;
    }
}
