package org.kpiconsolidator.finding;

/** Where a finding belongs: to one cell of a form, to a whole file, or to the batch. */
public enum Scope {
    /** Points at a sheet and cell of a form. */
    CELL,
    /** About the file as a whole; reported once per file. */
    FILE,
    /** About the batch: a roster unit without a submission has no file. */
    BATCH
}
