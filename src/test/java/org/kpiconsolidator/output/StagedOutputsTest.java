package org.kpiconsolidator.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outputs of a run replace the previous ones as one set, and what a killed run leaves is repaired. */
class StagedOutputsTest {

    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("out");
    }

    @Test
    void aNewSetReplacesThePreviousOneAsAWhole() throws IOException {
        write(out(), "run 1", "summary.csv", "contacts.csv");
        write(out(), "run 2", "summary.csv");

        assertThat(names(out())).containsExactly(StagedOutputs.MANIFEST, "summary.csv");
        assertThat(Files.readString(out().resolve("summary.csv"))).isEqualTo("run 2");
        assertThat(names(parent)).containsExactly("out");
    }

    @Test
    void aFolderSharedWithOtherFilesIsWrittenInPlaceAndNeverMoved() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("notes.txt"), "the reviewer's own notes");
        try (StagedOutputs outputs = StagedOutputs.begin(out())) {
            assertThat(outputs.staged()).isFalse();
            AtomicFile.write(outputs.folder().resolve("summary.csv"), o -> o.write("new".getBytes()));
            outputs.commit();
        }
        assertThat(names(out())).containsExactly("notes.txt", "summary.csv");
    }

    @Test
    void aRunThatDoesNotCommitLeavesThePreviousSetAndNoStagingFolder() throws IOException {
        write(out(), "run 1", "summary.csv");
        try (StagedOutputs outputs = StagedOutputs.begin(out())) {
            Files.writeString(outputs.folder().resolve("summary.csv"), "half");
        }
        assertThat(Files.readString(out().resolve("summary.csv"))).isEqualTo("run 1");
        assertThat(names(parent)).containsExactly("out");
    }

    @Test
    void killedBetweenTheTwoRenamesThePreviousSetIsPutBackByTheNextRun() throws IOException {
        write(out(), "run 1", "summary.csv");
        Path aside = parent.resolve(".out.kpi-old-1a2b");
        Files.move(out(), aside); // as the first rename of a commit leaves it
        Path staged = Files.createDirectories(parent.resolve(".out.kpi-new-3c4d"));
        Files.writeString(staged.resolve("summary.csv"), "run 2, never committed");

        try (StagedOutputs outputs = StagedOutputs.begin(out())) {
            assertThat(outputs.staged()).isTrue();
            assertThat(Files.readString(out().resolve("summary.csv"))).isEqualTo("run 1");
            assertThat(names(parent)).contains("out").doesNotContain(".out.kpi-old-1a2b", ".out.kpi-new-3c4d");
        }
    }

    @Test
    void outputFoldersAreRecognisedSoTheyAreNotReadAsInput() throws IOException {
        write(out(), "run 1", "summary.csv");
        assertThat(StagedOutputs.isOutputFolder(out())).isTrue();
        assertThat(StagedOutputs.isOutputFolder(parent.resolve(".out.kpi-new-x1"))).isTrue();
        assertThat(StagedOutputs.isOutputFolder(parent)).isFalse();
    }

    private static void write(Path out, String content, String... files) throws IOException {
        try (StagedOutputs outputs = StagedOutputs.begin(out)) {
            assertThat(outputs.staged()).isTrue();
            for (String f : files) {
                AtomicFile.write(outputs.folder().resolve(f), o -> o.write(content.getBytes()));
            }
            outputs.commit();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
