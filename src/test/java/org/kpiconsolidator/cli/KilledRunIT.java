package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.output.StagedOutputs;
import org.kpiconsolidator.testing.SampleForms;

/**
 * Kills the packaged jar's JVMs (SIGKILL) at many moments of a run over a large batch, the write phase
 * included, and checks that the output folder then holds either the complete previous set or the
 * complete new one: never a mix of the two and never a half-written file.
 */
class KilledRunIT {

    @TempDir
    Path work;

    @Test
    void aKilledRunLeavesThePreviousOutputsOrTheNewOnes() throws Exception {
        Path forms = Files.createDirectories(work.resolve("forms"));
        for (SampleForms.Sample sample : SampleForms.all()) {
            sample.render(forms);
        }
        Path previousInput = copies(forms, "previous", 12);
        Path newInput = copies(forms, "new", 90);
        Path out = work.resolve("out");

        assertThat(run(previousInput, out).waitFor(300, TimeUnit.SECONDS)).isTrue();
        String previous = fingerprint(out);
        Path pristine = copyFolder(out, work.resolve("previous-outputs"));
        long start = System.nanoTime();
        Path reference = work.resolve("new-outputs");
        assertThat(run(newInput, reference).waitFor(300, TimeUnit.SECONDS)).isTrue();
        Duration full = Duration.ofNanos(System.nanoTime() - start);
        String fresh = fingerprint(reference);
        assertThat(fresh).isNotEqualTo(previous);

        List<String> seen = new ArrayList<>();
        List<Kill> kills = new ArrayList<>();
        for (double share : new double[] {0.3, 0.7}) {
            kills.add(Kill.after(Duration.ofMillis((long) (full.toMillis() * share))));
        }
        for (long ms : new long[] {0, 30, 100, 300}) {
            kills.add(Kill.afterStaging(Duration.ofMillis(ms)));
        }
        kills.add(Kill.none());
        for (Kill kill : kills) {
            removeLeftoverStaging(out); // so the next kill waits for this run's own staging folder
            replaceFolder(pristine, out);
            Process p = run(newInput, out);
            kill.waitAndKill(p, out);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

            String found = Files.exists(out) ? fingerprint(out) : recoveredByTheNextRun(out);
            assertThat(found).as(kill + ": the outputs are one complete set").isIn(previous, fresh);
            seen.add(found.equals(previous) ? "previous" : "new");
        }
        assertThat(seen).as("kills before and after the swap").contains("previous", "new");
    }

    /** When killed between the two renames of the swap: the next run puts the previous set back. */
    private static String recoveredByTheNextRun(Path out) throws IOException {
        StagedOutputs.begin(out).close();
        return fingerprint(out);
    }

    /** When to kill a run. */
    private record Kill(String what, Duration delay, boolean atStaging, boolean never) {

        static Kill after(Duration d) {
            return new Kill("after " + d.toMillis() + " ms", d, false, false);
        }

        static Kill afterStaging(Duration d) {
            return new Kill(d.toMillis() + " ms into the write", d, true, false);
        }

        static Kill none() {
            return new Kill("not killed", Duration.ZERO, false, true);
        }

        void waitAndKill(Process p, Path out) throws Exception {
            if (never) {
                p.waitFor(300, TimeUnit.SECONDS);
                return;
            }
            if (atStaging) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (p.isAlive() && !staging(out) && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
            }
            Thread.sleep(delay.toMillis());
            // SIGKILL to the run's JVMs (java -jar runs the batch in a second one), the one writing
            // first: no shutdown hooks, no finally blocks. RelaunchIT: the second stops with the first.
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }

        /** The run's staging folder holds an output besides run.log, which it holds from the start. */
        private static boolean staging(Path out) throws IOException {
            try (Stream<Path> s = Files.list(out.getParent())) {
                for (Path p : s.toList()) {
                    if (p.getFileName().toString().startsWith("." + out.getFileName() + ".kpi-new-")
                            && writing(p)) {
                        return true;
                    }
                }
                return false;
            }
        }

        private static boolean writing(Path staging) {
            try (Stream<Path> s = Files.list(staging)) {
                return s.anyMatch(p -> !p.getFileName().toString().equals("run.log"));
            } catch (IOException e) {
                return false; // renamed or deleted meanwhile
            }
        }

        @Override
        public String toString() {
            return what;
        }
    }

    private Process run(Path input, Path out) throws IOException {
        Path jar = Path.of(System.getProperty("kpi.jar", "target/kpi-consolidator.jar"));
        return new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(), "consolidate", input.toString(), "--out",
                out.toString()).redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile()).start();
    }

    /**
     * What an output folder holds: each CSV's bytes and each workbook's cell values (a workbook's own
     * bytes carry its creation time; the order of its narrative rows varies from run to run), by file
     * name. A missing, extra or half-written file, or files of two runs, change it.
     */
    static String fingerprint(Path out) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals(StagedOutputs.MANIFEST)) {
                    continue;
                }
                // run.log carries times and thread names: whether the set has it is what counts.
                parts.put(name, name.endsWith(".xlsx") ? cells(f) : name.equals("run.log") ? "present"
                        : DigestUtils.sha256Hex(Files.readAllBytes(f)));
            }
        }
        return parts.toString();
    }

    /** Each sheet's rows as a sorted list: the content of the set, whatever order rows come in. */
    private static String cells(Path xlsx) {
        StringBuilder text = new StringBuilder();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                List<String> rows = new ArrayList<>();
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        line.append(cell.getColumnIndex()).append('=').append(cell).append('\t');
                    }
                    rows.add(line.toString());
                }
                rows.sort(null);
                text.append('#').append(sheet.getSheetName()).append('\n').append(String.join("\n", rows));
            }
        } catch (IOException | RuntimeException e) {
            return "unreadable workbook: " + e;
        }
        return DigestUtils.sha256Hex(text.toString());
    }

    private Path copies(Path forms, String name, int count) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        List<Path> samples;
        try (Stream<Path> s = Files.list(forms)) {
            samples = s.sorted().toList();
        }
        for (int i = 0; i < count; i++) {
            Path sample = samples.get(i % samples.size());
            Files.copy(sample, dir.resolve(String.format("%03d-%s", i, sample.getFileName())));
        }
        return dir;
    }

    private static void removeLeftoverStaging(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            for (Path dir : s.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".kpi-"))
                    .toList()) {
                try (Stream<Path> inside = Files.list(dir)) {
                    for (Path f : inside.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
        }
    }

    private static Path copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static void replaceFolder(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> s = Files.list(to)) {
                for (Path f : s.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(to);
        }
        copyFolder(from, to);
    }
}
