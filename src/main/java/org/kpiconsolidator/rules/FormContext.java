package org.kpiconsolidator.rules;

import org.kpiconsolidator.model.Submission;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.scoring.SubmissionScore;

/**
 * What a per-form rule sees: the submission as read, its recomputation, the run's policy and what
 * the reference data say about the unit.
 */
public record FormContext(Submission submission, SubmissionScore score, ScoringPolicy policy,
        FormReference reference) {

    /** A form checked without reference data. */
    public FormContext(Submission submission, SubmissionScore score, ScoringPolicy policy) {
        this(submission, score, policy, FormReference.NONE);
    }
}
