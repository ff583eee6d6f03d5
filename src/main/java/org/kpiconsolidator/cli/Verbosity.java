package org.kpiconsolidator.cli;

/** How much {@code consolidate} says on the console ({@code --quiet}, {@code --verbose}). */
enum Verbosity {
    /** Errors only: no summary, no notes. */
    QUIET,
    /** Progress, notes and the end-of-run summary. */
    NORMAL,
    /** Also every file as it is read, and every unit's review counts. */
    VERBOSE
}
