package org.kpiconsolidator.form;

import java.util.List;
import java.util.Optional;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.model.Submission;

/**
 * What reading a workbook gave: the submission when at least one form block was found, and the
 * findings made while reading (hidden sheets skipped, values normalised).
 */
public record FormReading(Optional<Submission> submission, List<Finding> findings) {

    public FormReading {
        findings = List.copyOf(findings);
    }
}
