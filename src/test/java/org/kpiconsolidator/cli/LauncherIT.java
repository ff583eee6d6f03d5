package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/kpi-consolidator}: it runs the packaged jar on the samples with either JIT choice to
 * the same outputs, and it chooses the quick tier for a city's batch and the usual tiers past the
 * size line, counting the folders and workbooks named, not a folder of earlier outputs.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/kpi-consolidator");
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    @Test
    void runsTheSamplesToTheSameOutputsWithEitherTier() throws Exception {
        Path quick = dir.resolve("quick");
        Path full = dir.resolve("full");
        assertThat(launch(Map.of("KPI_JIT", "quick"), "consolidate", "samples", "--out", quick.toString()))
                .as("exit code").isEqualTo(1); // the samples hold errors
        assertThat(launch(Map.of("KPI_JIT", "full"), "consolidate", "samples", "--out", full.toString()))
                .as("exit code").isEqualTo(1);
        for (String csv : List.of("summary.csv", "indicators.csv", "discrepancies.csv", "review.csv")) {
            assertThat(quick.resolve(csv)).as(csv).hasSameTextualContentAs(full.resolve(csv));
        }
        assertThat(quick.resolve("consolidated.xlsx")).isNotEmptyFile();
    }

    @Test
    void aCitysBatchGetsTheQuickTierAndTheArgumentsAsGiven() throws Exception {
        Path forms = formsOf(64);
        List<String> args = javaArgs(Map.of(), "consolidate", forms.toString(), "--out", dir.resolve("a b").toString());
        assertThat(args).contains(QUICK, "-XX:+UseParallelGC");
        assertThat(args.get(0)).startsWith("-XX:SharedArchiveFile=").endsWith("target/kpi-consolidator.jsa");
        assertThat(args.subList(args.indexOf("-jar") + 2, args.size()))
                .containsExactly("consolidate", forms.toString(), "--out", dir.resolve("a b").toString());
    }

    @Test
    void pastTheLineTheUsualTiers() throws Exception {
        Path forms = formsOf(2_048);
        assertThat(javaArgs(Map.of("KPI_JIT_FULL_MB", "1"), "consolidate", forms.toString())).doesNotContain(QUICK);
        // A workbook named on its own counts; another file does not.
        Path book = forms.resolve("form-0.xlsx");
        assertThat(javaArgs(Map.of("KPI_JIT_FULL_MB", "0"), "check", book.toString())).doesNotContain(QUICK);
        Path roster = Files.writeString(dir.resolve("roster.csv"), "x".repeat(4_096));
        assertThat(javaArgs(Map.of("KPI_JIT_FULL_MB", "0"), "consolidate", "--roster", roster.toString()))
                .contains(QUICK);
    }

    @Test
    void aFolderOfEarlierOutputsDoesNotCount() throws Exception {
        Path outputs = formsOf(2_048);
        Files.writeString(outputs.resolve(".kpi-consolidator-outputs"), "");
        assertThat(javaArgs(Map.of("KPI_JIT_FULL_MB", "1"), "consolidate", "in", "--out", outputs.toString()))
                .contains(QUICK);
    }

    @Test
    void kpiJitDecides() throws Exception {
        Path forms = formsOf(2_048);
        assertThat(javaArgs(Map.of("KPI_JIT", "full"), "check", "x.xlsx")).doesNotContain(QUICK);
        assertThat(javaArgs(Map.of("KPI_JIT", "quick", "KPI_JIT_FULL_MB", "1"), "consolidate", forms.toString()))
                .contains(QUICK);
    }

    @Test
    void kpiJavaOptsComeAfterTheLaunchersOwn() throws Exception {
        List<String> args = javaArgs(Map.of("KPI_JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC"), "check", "x.xlsx");
        assertThat(args.indexOf("-XX:+UseSerialGC")).isGreaterThan(args.indexOf("-XX:+UseParallelGC"));
        assertThat(args.indexOf("-Xmx64m")).isLessThan(args.indexOf("-jar"));
    }

    /** A folder of {@code kb} kilobytes of workbook-named files. */
    private Path formsOf(int kb) throws IOException {
        Path forms = Files.createTempDirectory(dir, "forms");
        byte[] data = new byte[64 * 1024];
        new java.util.Random(kb).nextBytes(data); // neither sparse nor compressible: du counts what is written
        for (int i = 0; i < kb / 64; i++) {
            Files.write(forms.resolve("form-" + i + ".xlsx"), data);
        }
        return forms;
    }

    /** The arguments the launcher gives the JVM, read from a stand-in for java that prints them. */
    private List<String> javaArgs(Map<String, String> env, String... args) throws Exception {
        Path java = dir.resolve("java");
        if (!Files.exists(java)) {
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            java.toFile().setExecutable(true);
        }
        Path printed = dir.resolve("printed.txt");
        Map<String, String> withJava = new java.util.HashMap<>(env);
        withJava.put("JAVA", java.toString());
        assertThat(run(withJava, printed, args)).isZero();
        return Files.readAllLines(printed);
    }

    private int launch(Map<String, String> env, String... args) throws Exception {
        return run(env, dir.resolve("console.txt"), args);
    }

    private static int run(Map<String, String> env, Path output, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().remove("KPI_JAVA_OPTS");
        pb.environment().remove("KPI_JIT");
        pb.environment().remove("KPI_JIT_FULL_MB");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return p.exitValue();
    }
}
