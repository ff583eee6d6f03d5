package org.kpiconsolidator.form;

import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Submission;

/**
 * What reading a workbook gave: the submission when at least one form block was found, the findings
 * made while reading (hidden sheets skipped, values normalised, stale or overwritten formulas), the
 * template version the workbook was made from (empty for a hand-made form) and how its layout
 * drifted from the template's.
 */
public record FormReading(Optional<Submission> submission, List<Finding> findings, Optional<String> templateVersion,
        List<String> drift) {

    public FormReading {
        findings = List.copyOf(findings);
        drift = List.copyOf(drift);
    }
}
