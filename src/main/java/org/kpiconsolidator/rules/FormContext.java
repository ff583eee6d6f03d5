package org.kpiconsolidator.rules;

import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.scoring.SubmissionScore;

/** What a per-form rule sees: the submission as read, its recomputation and the run's policy. */
public record FormContext(Submission submission, SubmissionScore score, ScoringPolicy policy) {
}
