package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar kpi-consolidator.jar}, as the README says to run it: the command runs in a
 * second JVM with the launcher's options and the first one's own, to the same outputs as in one
 * JVM, with the same exit status and console; a JVM told not to, or being watched, runs it itself;
 * the second JVM stops when the first is killed.
 */
class RelaunchIT {

    private static final Path JAR = Path.of(System.getProperty("kpi.jar", "target/kpi-consolidator.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("kpi.samples", "samples"));

    @TempDir
    Path dir;

    @Test
    void theBatchRunsInATunedSecondJvmToTheOutputsOfOneJvm() throws Exception {
        Path tuned = dir.resolve("tuned");
        Run run = Run.start(dir, List.of("-Xmx512m"), "consolidate", SAMPLES.toString(), "--out", tuned.toString());
        assertThat(run.finish()).as(run.console()).isEqualTo(1); // the samples hold errors

        String console = run.console();
        List<String> second = run.secondJvm().orElseThrow(() -> new AssertionError("no second JVM: " + console));
        assertThat(second).contains("-Xmx512m", Relaunch.PARALLEL_GC, "-XX:TieredStopAtLevel=1",
                "-Dkpi.relaunch=child").anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=")
                        && o.endsWith("kpi-consolidator.jsa"));
        assertThat(second.subList(second.indexOf(Main.class.getName()) + 1, second.size()))
                .containsExactly("consolidate", SAMPLES.toString(), "--out", tuned.toString());
        assertThat(console).contains("11 files, 8 units, 30 errors").doesNotContain("Exception");

        Path one = dir.resolve("one");
        Run plain = Run.start(dir, List.of("-Xmx512m", "-Dkpi.relaunch=false"), "consolidate", SAMPLES.toString(),
                "--out", one.toString());
        assertThat(plain.finish()).isEqualTo(1);
        assertThat(plain.secondJvm()).isEmpty();
        for (String csv : List.of("summary.csv", "indicators.csv", "discrepancies.csv", "review.csv")) {
            assertThat(tuned.resolve(csv)).as(csv).hasSameTextualContentAs(one.resolve(csv));
        }
    }

    @Test
    void aUsageErrorKeepsItsStatusAndMessage() throws Exception {
        Run run = Run.start(dir, List.of(), "consolidate", dir.resolve("missing").toString(), "--out",
                dir.resolve("out").toString());
        assertThat(run.finish()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.secondJvm()).isPresent();
        assertThat(run.console()).contains("input not found").doesNotContain("\tat ");
    }

    @Test
    void aWatchedJvmChecksTheFormItself() throws Exception {
        Run run = Run.start(dir, List.of("-Xlog:disable"), "check", SAMPLES.resolve("bang-khae-district.xlsx").toString());
        assertThat(run.finish()).as(run.console()).isZero();
        assertThat(run.secondJvm()).isEmpty();
        assertThat(run.console()).doesNotContain("KPI_JAVA_OPTS");

        // Options meant for the second JVM are not silently lost.
        Run told = Run.start(dir, List.of("-Xlog:disable"), Map.of("KPI_JAVA_OPTS", "-Xss2m"), "check",
                SAMPLES.resolve("bang-khae-district.xlsx").toString());
        assertThat(told.finish()).as(told.console()).isZero();
        assertThat(told.console()).contains("KPI_JAVA_OPTS not applied");
    }

    @Test
    void optionsTheJvmRefusesInKpiJavaOptsAreAUsageErrorNotFindings() throws Exception {
        Path out = dir.resolve("out");
        Run run = Run.start(dir, List.of(), Map.of("KPI_JAVA_OPTS", "-Xmx12x"), "consolidate", SAMPLES.toString(),
                "--out", out.toString());
        assertThat(run.finish()).as(run.console()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.console()).contains("Invalid maximum heap size: -Xmx12x",
                "KPI_JAVA_OPTS: the Java VM did not start with these options (-Xmx12x)").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void theSecondJvmStopsWhenTheFirstIsKilled() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "reads process states from /proc");
        Path forms = Files.createDirectories(dir.resolve("forms"));
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            List<Path> books = samples.filter(p -> p.toString().endsWith(".xlsx")).toList();
            for (int copy = 0; copy < 150; copy++) { // 1,050 forms: some seconds' work
                for (Path book : books) {
                    Files.copy(book, forms.resolve(copy + "-" + book.getFileName()));
                }
            }
        }
        for (long startedMs : new long[] {0, 1_000}) { // while the second JVM starts, and while it reads
            Run run = Run.start(dir, List.of(), "consolidate", forms.toString(), "--out",
                    dir.resolve("out-" + startedMs).toString());
            ProcessHandle second = run.awaitSecondJvm();
            Thread.sleep(startedMs);
            assertThat(running(second)).as("the second JVM runs").isTrue();
            run.process.destroyForcibly(); // SIGKILL: the first JVM can do nothing about it
            assertThat(run.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (running(second) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(running(second)).as("the second JVM still runs 1 s after the first was killed").isFalse();
        }
    }

    /** Running, not ended (a process that ended stays a zombie until some parent collects it). */
    private static boolean running(ProcessHandle p) throws IOException {
        Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
        try {
            String s = Files.readString(stat);
            return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    /** The jar run with {@code java}, watched for the second JVM it starts. */
    private static final class Run {
        private final Process process;
        private final Path log;
        private List<String> second;
        private ProcessHandle secondHandle;

        private Run(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Run start(Path dir, List<String> options, String... args) throws IOException {
            return start(dir, options, Map.of(), args);
        }

        /** With {@code env} added to an environment without the KPI_ variables. */
        static Run start(Path dir, List<String> options, Map<String, String> env, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(options);
            command.addAll(List.of("-jar", JAR.toString()));
            command.addAll(Arrays.asList(args));
            Path log = Files.createTempFile(dir, "console", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().remove("KPI_JAVA_OPTS");
            pb.environment().remove("KPI_JIT");
            pb.environment().putAll(env);
            return new Run(pb.start(), log);
        }

        /** Waits for the run to end, noting the second JVM's command line on the way. */
        int finish() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (process.isAlive() && System.nanoTime() < deadline) {
                look();
                Thread.sleep(5);
            }
            assertThat(process.waitFor(1, TimeUnit.SECONDS)).as("finished").isTrue();
            return process.exitValue();
        }

        ProcessHandle awaitSecondJvm() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (secondHandle == null && process.isAlive() && System.nanoTime() < deadline) {
                look();
                Thread.sleep(5);
            }
            assertThat(secondHandle).as("a second JVM").isNotNull();
            return secondHandle;
        }

        /** A child that is the second JVM (not the helper that starts it) and its arguments. */
        private void look() {
            if (second != null) {
                return;
            }
            process.children().forEach(child -> {
                List<String> args = child.info().arguments().map(Arrays::asList).orElse(List.of());
                if (args.contains("-Dkpi.relaunch=child")) {
                    second = args;
                    secondHandle = child;
                }
            });
        }

        Optional<List<String>> secondJvm() {
            return Optional.ofNullable(second);
        }

        String console() throws IOException {
            return Files.readString(log);
        }
    }
}
