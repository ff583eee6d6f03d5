package org.kpiconsolidator.config;

import org.kpiconsolidator.finding.Severity;

/** The lowest severity that makes a run exit with status 1. */
public enum FailOn {
    ERROR, WARNING, NEVER;

    /** Whether a finding of this severity fails the run. */
    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity.atLeast(Severity.WARNING);
            case NEVER -> false;
        };
    }
}
