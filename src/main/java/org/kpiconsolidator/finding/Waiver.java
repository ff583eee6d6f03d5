package org.kpiconsolidator.finding;

import java.util.Objects;

/**
 * The office's acceptance of one finding ({@code --waivers}): who accepted it, when and why. A
 * waived finding stays in every output, marked waived with its reason.
 *
 * @param reason why the finding is accepted; empty only for a finding below ERROR
 * @param reviewer who accepted it
 * @param date when, as the waivers file gives it ({@code 2021-11-30})
 */
public record Waiver(String reason, String reviewer, String date) {

    public Waiver {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(date, "date");
    }
}
