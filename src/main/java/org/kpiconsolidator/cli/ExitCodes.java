package org.kpiconsolidator.cli;

/** Exit statuses of {@code consolidate} and {@code check} (SPEC 5). */
public final class ExitCodes {

    /** No finding at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Usage error: unknown option, missing input, malformed settings or reference file. */
    public static final int USAGE = 2;
    /** The run could not complete: output folder not writable, internal failure. */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
