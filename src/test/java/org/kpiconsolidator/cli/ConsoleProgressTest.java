package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.SampleForms;

/** The progress bar on a terminal, silence off one, and the one-line summary of a run. */
class ConsoleProgressTest {

    @TempDir
    Path dir;

    @Test
    void theBarCountsFilesAndShowsTheRate() {
        List<String> frames = new ArrayList<>();
        try (ConsoleProgress progress = ConsoleProgress.to(new DelegatingProgressBarConsumer(frames::add))) {
            progress.started(40);
            for (int i = 0; i < 40; i++) {
                progress.fileDone(null);
            }
        }
        assertThat(frames).isNotEmpty();
        assertThat(String.join("\n", frames)).contains("40/40 files").contains("files/s");
    }

    @Test
    void aSingleFileGetsNoBar() {
        List<String> frames = new ArrayList<>();
        try (ConsoleProgress progress = ConsoleProgress.to(new DelegatingProgressBarConsumer(frames::add))) {
            progress.started(1);
            progress.fileDone(null);
        }
        assertThat(frames).isEmpty();
    }

    @Test
    void offATerminalARunPrintsNoBarAndEndsWithItsSummaryLine() throws Exception {
        for (SampleForms.Sample s : SampleForms.all()) {
            s.render(dir.resolve("in"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            exit = KpiCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("consolidate", dir.resolve("in").toString(), "--out", dir.resolve("out").toString());
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString()).isEmpty();
        int n = SampleForms.all().size();
        List<String> lines = out.toString().strip().lines().toList();
        // The end-of-run summary, then its one-line total; no progress bar drawn anywhere.
        assertThat(lines.get(lines.size() - 1)).matches(n + " files, " + n
                + " units, \\d+ errors, \\d+ warnings, \\d+\\.\\d s, \\d+\\.\\d files/s -> .*out");
        assertThat(out.toString()).doesNotContain("%", "\r");
    }
}
