package org.kpiconsolidator.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.scoring.SubmissionScore;
import org.kpiconsolidator.testing.Forms;

/**
 * A score goes to the spill when it can, and stays in memory when it cannot (a full disk): nothing
 * is lost, and once a write has failed the spill is not asked again for every form.
 */
class StoredScoreTest {

    @TempDir
    Path dir;

    private static SubmissionScore score() {
        return Forms.process(Path.of("samples", "international-affairs-office.xlsx")).score().orElseThrow();
    }

    @Test
    void aSpilledScoreReadsBackEqual() throws IOException {
        SubmissionScore score = score();
        ScoreSpill spill = ScoreSpill.create(dir);

        StoredScore stored = StoredScore.of(Optional.of(score)).spilledTo(spill);

        assertThat(stored.isSpilled()).isTrue();
        assertThat(stored.load()).contains(score);
        assertThat(spill.refuses()).isFalse();
    }

    @Test
    void aSpillThatCannotBeWrittenLeavesTheScoresInMemoryAndIsNotAskedAgain() throws IOException {
        SubmissionScore score = score();
        ScoreSpill broken = ScoreSpill.create(dir);
        broken.close();

        StoredScore first = StoredScore.of(Optional.of(score)).spilledTo(broken);

        assertThat(first.isSpilled()).isFalse();
        assertThat(first.isPresent()).isTrue();
        assertThat(broken.refuses()).isTrue();

        ScoreSpill working = ScoreSpill.create(dir);
        assertThat(working.refuse()).as("the first to refuse says why").isTrue();
        assertThat(working.refuse()).as("and only the first").isFalse();
        StoredScore after = StoredScore.of(Optional.of(score)).spilledTo(working);
        assertThat(after.isSpilled()).as("a refusing spill is not written to, though it could be").isFalse();
        assertThat(after.isPresent()).isTrue();
    }
}
