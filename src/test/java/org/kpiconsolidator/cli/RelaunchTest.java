package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second JVM's command line: the launcher's options, the first JVM's own, the user's choices
 * kept; none for a JVM that is being watched or has them all. A second JVM that refuses its options
 * is told from one that ran the command. The command's run in that JVM is {@code RelaunchIT}'s.
 */
class RelaunchTest {

    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    @Test
    void aPlainJvmGetsTheLaunchersOptionsThenItsOwnThenTheCommandAsGiven() throws IOException {
        Path jar = jarWithArchive();
        List<String> command = command(jar.toString(), List.of("-Xmx512m", "-Dfile.encoding=UTF-8"), Map.of(),
                "consolidate", "in put", "--out", "out").orElseThrow();

        assertThat(command.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(command.subList(1, 4)).containsExactly(
                "-XX:SharedArchiveFile=" + jar.resolveSibling("kpi-consolidator.jsa").toAbsolutePath(),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        assertThat(command).contains(Relaunch.PARALLEL_GC).containsAll(Relaunch.QUICK_TIER);
        int own = command.indexOf("-Xmx512m");
        assertThat(own).isGreaterThan(command.indexOf(QUICK));
        assertThat(command.get(own + 1)).isEqualTo("-Dfile.encoding=UTF-8");
        assertThat(command.subList(own + 2, command.size())).containsExactly("-Dkpi.relaunch=child",
                "-Dkpi.relaunch.parent=4242", "-cp",
                jar.toString(), Main.class.getName(), "consolidate", "in put", "--out", "out");
    }

    @Test
    void withoutAnArchiveBesideTheJarTheOtherOptions() {
        List<String> command = command(dir.resolve("kpi-consolidator.jar").toString(), List.of(), Map.of(), "check",
                "form.xlsx").orElseThrow();
        assertThat(command).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"))
                .contains(Relaunch.PARALLEL_GC, QUICK);
        // A class path of folders (a development build) has no archive either.
        assertThat(command("target/classes" + java.io.File.pathSeparator + "lib.jar", List.of(), Map.of(), "check",
                "form.xlsx").orElseThrow()).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void aWatchedJvmRunsTheCommandItself() throws IOException {
        String jar = jarWithArchive().toString();
        for (String watched : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-XX:StartFlightRecording=filename=run.jfr", "-Xlog:gc:file=gc.log")) {
            assertThat(command(jar, List.of("-Xmx512m", watched), Map.of(), "consolidate", "in", "--out", "out"))
                    .as(watched).isEmpty();
        }
    }

    @Test
    void kpiJavaOptsGoToTheSecondJvmAfterTheOthersAndDoNotCountAsWatching() throws IOException {
        String jar = jarWithArchive().toString();
        List<String> command = command(jar, List.of("-Xmx512m"),
                Map.of("KPI_JAVA_OPTS", " -Xlog:gc:file=gc.log   -Xss2m "), "check", "form.xlsx").orElseThrow();
        int gc = command.indexOf("-Xlog:gc:file=gc.log");
        assertThat(gc).isGreaterThan(command.indexOf("-Xmx512m"));
        assertThat(command.get(gc + 1)).isEqualTo("-Xss2m");
        assertThat(command.get(gc + 2)).isEqualTo("-Dkpi.relaunch=child");
    }

    @Test
    void theUsersChoiceOfCollectorTierOrArchiveStands() throws IOException {
        String jar = jarWithArchive().toString();
        assertThat(command(jar, List.of("-XX:+UseG1GC"), Map.of(), "check", "f.xlsx").orElseThrow())
                .doesNotContain(Relaunch.PARALLEL_GC).contains("-XX:+UseG1GC", QUICK);
        assertThat(command(jar, List.of(), Map.of("KPI_JAVA_OPTS", "-XX:+UseSerialGC"), "check", "f.xlsx")
                .orElseThrow()).doesNotContain(Relaunch.PARALLEL_GC).contains("-XX:+UseSerialGC");
        for (String tier : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint")) {
            assertThat(command(jar, List.of(tier), Map.of(), "check", "f.xlsx").orElseThrow()).as(tier)
                    .doesNotContain(QUICK).contains(tier, Relaunch.PARALLEL_GC);
        }
        assertThat(command(jar, List.of("-Xshare:off"), Map.of(), "check", "f.xlsx").orElseThrow())
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void aJvmWithEveryOptionAlreadyIsNotStartedAgainUnlessKpiJavaOptsAddSome() throws IOException {
        List<String> every = List.of("-XX:SharedArchiveFile=x.jsa", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
        assertThat(command(jarWithArchive().toString(), every, Map.of(), "consolidate", "in", "--out", "out"))
                .isEmpty();
        assertThat(command(jarWithArchive().toString(), every, Map.of("KPI_JAVA_OPTS", "-Xss2m"), "consolidate", "in",
                "--out", "out").orElseThrow()).contains("-Xss2m").containsOnlyOnce(Relaunch.PARALLEL_GC);
    }

    /**
     * A second JVM that ends before the command begins was refused its options: with
     * {@code KPI_JAVA_OPTS} given, a usage error; else the command runs in the first JVM. One that
     * began the command and found errors exits 1 as the command does. A stand-in {@code java} plays
     * the second JVM.
     */
    @Test
    void aSecondJvmThatRefusesItsOptionsIsToldFromOneThatFoundErrors() throws IOException {
        assumeTrue(!System.getProperty("os.name", "").startsWith("Windows"), "the stand-in java is a shell script");
        Path args = dir.resolve("args.txt");
        Path refusing = standInJava("refusing", "echo \"Invalid maximum heap size: -Xmx12x\" >&2; exit 1", args);
        List<String> check = List.of("check", "form.xlsx");

        assertThat(Relaunch.inTunedJvm(jvm(refusing), Map.of("KPI_JAVA_OPTS", "-Xmx12x"), check))
                .isEqualTo(OptionalInt.of(ExitCodes.USAGE));
        Path marker = startedMarker(args);
        assertThat(marker).as("the first JVM removes its marker").doesNotExist();
        assertThat(Relaunch.inTunedJvm(jvm(refusing), Map.of(), check)).as("runs here").isEmpty();

        // A second JVM that began the command (it removes the marker) and exits 1 found errors.
        Path started = standInJava("started", "for a in \"$@\"; do case \"$a\" in -Dkpi.relaunch.started=*) "
                + "rm -f \"${a#-Dkpi.relaunch.started=}\";; esac; done; exit 1", args);
        assertThat(Relaunch.inTunedJvm(jvm(started), Map.of("KPI_JAVA_OPTS", "-Xss2m"), check))
                .isEqualTo(OptionalInt.of(ExitCodes.FINDINGS));
        assertThat(Files.readAllLines(args)).contains("-Xss2m", "-Dkpi.relaunch=child", "check", "form.xlsx");
        assertThat(Relaunch.inTunedJvm(jvm(standInJava("passing", "exit 0", args)), Map.of(), check))
                .isEqualTo(OptionalInt.of(ExitCodes.OK));
    }

    private Relaunch.Jvm jvm(Path java) {
        return new Relaunch.Jvm(ProcessHandle.current().pid(), java, dir.resolve("k.jar").toString(),
                Main.class.getName(), List.of());
    }

    /** A {@code java} that writes its arguments, a line each, to {@code args}, then runs {@code body}. */
    private Path standInJava(String name, String body, Path args) throws IOException {
        Path java = dir.resolve(name);
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + args + "'\n" + body + "\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return java;
    }

    private static Path startedMarker(Path args) throws IOException {
        String property = "-D" + Relaunch.STARTED_PROPERTY + "=";
        return Files.readAllLines(args).stream().filter(a -> a.startsWith(property))
                .map(a -> Path.of(a.substring(property.length()))).findFirst()
                .orElseThrow(() -> new AssertionError("no marker given to the second JVM"));
    }

    @Test
    void aCitysBatchGetsTheQuickTierAndPastTheLineTheUsualTiers() throws IOException {
        Path forms = formsOf(2_048);
        assertThat(Relaunch.quickTier(Map.of(), List.of("consolidate", forms.toString(), "--out", "out"))).isTrue();
        assertThat(Relaunch.quickTier(Map.of("KPI_JIT_FULL_MB", "1"), List.of("consolidate", forms.toString())))
                .isFalse();
        // A workbook named on its own counts; another file does not.
        Path book = forms.resolve("form-0.xlsx");
        assertThat(Relaunch.quickTier(Map.of("KPI_JIT_FULL_MB", "0"), List.of("check", book.toString()))).isFalse();
        Path roster = Files.writeString(dir.resolve("roster.csv"), "x".repeat(4_096));
        assertThat(Relaunch.quickTier(Map.of("KPI_JIT_FULL_MB", "0"),
                List.of("consolidate", "--roster", roster.toString()))).isTrue();
    }

    @Test
    void aFolderOfEarlierOutputsDoesNotCountAndKpiJitDecides() throws IOException {
        Path outputs = formsOf(2_048);
        Files.writeString(outputs.resolve(".kpi-consolidator-outputs"), "");
        assertThat(Relaunch.quickTier(Map.of("KPI_JIT_FULL_MB", "1"),
                List.of("consolidate", "in", "--previous", outputs.toString()))).isTrue();

        Path forms = formsOf(2_048);
        assertThat(Relaunch.quickTier(Map.of("KPI_JIT", "full"), List.of("check", "x.xlsx"))).isFalse();
        assertThat(Relaunch.quickTier(Map.of("KPI_JIT", "quick", "KPI_JIT_FULL_MB", "1"),
                List.of("consolidate", forms.toString()))).isTrue();
        assertThat(command(dir.resolve("k.jar").toString(), List.of(), Map.of("KPI_JIT", "full"), "check", "x.xlsx")
                .orElseThrow()).doesNotContain(QUICK).contains(Relaunch.PARALLEL_GC);
    }

    private static Optional<List<String>> command(String classPath, List<String> options, Map<String, String> env,
            String... args) {
        return Relaunch.command(new Relaunch.Jvm(4242, Path.of("/jdk/bin/java"), classPath, Main.class.getName(), options),
                env, List.of(args));
    }

    /** A jar (its content does not matter here) with the archive {@code mvn package} writes beside it. */
    private Path jarWithArchive() throws IOException {
        Path build = Files.createDirectories(dir.resolve("target"));
        Files.write(build.resolve("kpi-consolidator.jsa"), new byte[] {1});
        return Files.write(build.resolve("kpi-consolidator.jar"), new byte[] {1});
    }

    /** A folder of {@code kb} kilobytes of workbook-named files. */
    private Path formsOf(int kb) throws IOException {
        Path forms = Files.createTempDirectory(dir, "forms");
        byte[] data = new byte[64 * 1024];
        new Random(kb).nextBytes(data);
        for (int i = 0; i < kb / 64; i++) {
            Files.write(forms.resolve("form-" + i + ".xlsx"), data);
        }
        return forms;
    }
}
