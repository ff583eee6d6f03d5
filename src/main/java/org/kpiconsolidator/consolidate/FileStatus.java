package org.kpiconsolidator.consolidate;

/** The {@code status} of a file in {@code summary.csv}, plus SKIPPED for files that are not read. */
public enum FileStatus {
    OK, DISCREPANCIES, DUPLICATE, UNREADABLE, NOT_A_FORM, SKIPPED
}
