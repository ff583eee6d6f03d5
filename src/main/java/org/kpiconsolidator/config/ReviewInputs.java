package org.kpiconsolidator.config;

import java.util.Objects;
import java.util.Optional;
import org.kpiconsolidator.reference.PreviousRun;
import org.kpiconsolidator.reference.VerifiedResults;
import org.kpiconsolidator.reference.Waivers;

/**
 * What a review round is given besides the forms: the earlier run to compare with
 * ({@code --previous}), the findings the office accepts ({@code --waivers}) and the results it
 * verified itself ({@code --verified}). Each is optional.
 */
public record ReviewInputs(Optional<PreviousRun> previous, Waivers waivers, VerifiedResults verified) {

    /** A first round: nothing to compare with, nothing waived or verified. */
    public static final ReviewInputs NONE = new ReviewInputs(Optional.empty(), Waivers.NONE, VerifiedResults.NONE);

    public ReviewInputs {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(waivers, "waivers");
        Objects.requireNonNull(verified, "verified");
    }
}
