package org.kpiconsolidator.output.workbook;

import org.kpiconsolidator.finding.Severity;

/** How a cell is coloured: red for errors, amber for warnings, plain otherwise. */
enum Tone {
    PLAIN, WARNING, ERROR;

    /** The tone of a finding's severity; INFO findings are not coloured. */
    static Tone of(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> PLAIN;
        };
    }

    /** The stronger of two tones. */
    Tone max(Tone other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
