package org.kpiconsolidator.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.kpiconsolidator.output.StagedOutputs;

/**
 * Runs {@code consolidate}, {@code check} and {@code template} in a second JVM started with the
 * options {@code bin/kpi-consolidator} gives, when this JVM was started without them: the command
 * the README and the SPEC name, {@code java -jar kpi-consolidator.jar consolidate ...}, is then as
 * quick as the launcher (1,000 forms in half the time), also where that shell script cannot run.
 * The options, as the launcher's: the class-data sharing archive the build wrote beside the jar,
 * when it is there; the parallel collector; for a batch under 256 MB, the JIT's quick tier only.
 * {@code KPI_JIT}, {@code KPI_JIT_FULL_MB} and {@code KPI_JAVA_OPTS} mean what they mean to the
 * launcher; the launcher's own JVM is told not to start another.
 *
 * <p>The second JVM gets this one's own options ({@code -Xmx512m} stays {@code -Xmx512m}); where the
 * user chose a collector, a JIT tier or an archive, the choice stands. A JVM started to be watched
 * (a debugger or another agent, Flight Recorder, {@code -Xlog}) is not replaced: it runs the command
 * itself, as does {@code -Dkpi.relaunch=false}; options in {@code KPI_JAVA_OPTS} are for the second
 * JVM only. The second JVM shares the console, its exit status is this one's, and it stops when this
 * one is stopped or killed. Should it not start, the command runs here; should the JVM refuse the
 * options of {@code KPI_JAVA_OPTS}, the run stops as at a usage error, after the JVM's own message.
 *
 * <p>The first JVM loads the JDK's classes and this one only (constants of others are compiled in).
 */
final class Relaunch {

    /** {@code false} keeps the command in this JVM; the second JVM is started with {@link #CHILD}. */
    static final String PROPERTY = "kpi.relaunch";
    static final String CHILD = "child";
    /** The first JVM's process id, given to the second. */
    static final String PARENT_PROPERTY = "kpi.relaunch.parent";
    /**
     * A file the first JVM makes and the second deletes as it starts the command: still there after
     * the second JVM ended, the second never got that far (the JVM refused its options).
     */
    static final String STARTED_PROPERTY = "kpi.relaunch.started";
    /** What a JVM that cannot be created exits with. */
    private static final int JVM_NOT_CREATED = 1;

    /** The commands worth a tuned JVM; the others ({@code rules}, help) take less than starting one. */
    private static final Set<String> COMMANDS = Set.of("consolidate", "check", "template");
    /** Options of a JVM someone is watching: it must be the one that runs the command. */
    private static final List<String> WATCHED = List.of("-agentlib:", "-agentpath:", "-javaagent:", "-Xrunjdwp",
            "-Xdebug", "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-Xlog");
    /** The launcher's quick tier: C1 only, compiling sooner than by default. */
    static final List<String> QUICK_TIER = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=30",
            "-XX:Tier3MinInvocationThreshold=15", "-XX:Tier3CompileThreshold=300", "-XX:Tier3BackEdgeThreshold=6000");
    static final String PARALLEL_GC = "-XX:+UseParallelGC";
    /** The size of input past which the usual tiers pay for themselves (about 7,000 forms of 35 KB). */
    private static final long FULL_TIERS_MB = 256;
    /** How often the second JVM looks whether the first is still there. */
    private static final long WATCH_MS = 100;

    private Relaunch() {
    }

    /**
     * Runs the command in a tuned JVM when that is worth it.
     *
     * @return the second JVM's exit status, or empty when the command is to run in this JVM
     */
    static OptionalInt inTunedJvm(String[] args) {
        String mode = System.getProperty(PROPERTY, "");
        if (CHILD.equals(mode)) {
            markStarted();
            watchParent();
            return OptionalInt.empty();
        }
        if (mode.equalsIgnoreCase("false") || args.length == 0 || !COMMANDS.contains(args[0])) {
            return OptionalInt.empty();
        }
        Jvm jvm;
        try {
            jvm = Jvm.current();
        } catch (RuntimeException e) {
            return OptionalInt.empty(); // whatever went wrong, the command still runs, here
        }
        return inTunedJvm(jvm, System.getenv(), List.of(args));
    }

    /**
     * {@link #inTunedJvm(String[])} for a given first JVM and environment.
     *
     * @return as there; {@link ExitCodes#USAGE} when the second JVM refused the options of
     *     {@code KPI_JAVA_OPTS} (the JVM has said why)
     */
    static OptionalInt inTunedJvm(Jvm jvm, Map<String, String> env, List<String> args) {
        String extra = env.getOrDefault("KPI_JAVA_OPTS", "").trim();
        Optional<List<String>> command;
        try {
            command = command(jvm, env, args);
        } catch (RuntimeException e) {
            return OptionalInt.empty();
        }
        if (command.isEmpty()) {
            if (!extra.isEmpty()) {
                System.err.println("kpi-consolidator: note: KPI_JAVA_OPTS not applied: this Java VM runs the "
                        + "command itself (it was started with an agent, Flight Recorder or -Xlog)");
            }
            return OptionalInt.empty();
        }
        Path marker = startedMarker();
        List<String> line = new ArrayList<>(command.get());
        if (marker != null) {
            line.add(line.indexOf("-D" + PROPERTY + "=" + CHILD) + 1, "-D" + STARTED_PROPERTY + "=" + marker);
        }
        try {
            OptionalInt status = run(line);
            if (status.isPresent() && status.getAsInt() == JVM_NOT_CREATED && marker != null
                    && Files.exists(marker)) {
                // The second JVM ended before the command began: its options were refused, and it said why.
                if (!extra.isEmpty()) {
                    System.err.println("kpi-consolidator: KPI_JAVA_OPTS: the Java VM did not start with these "
                            + "options (" + extra + "); its message is above");
                    return OptionalInt.of(ExitCodes.USAGE);
                }
                System.err.println("kpi-consolidator: note: the tuned Java VM did not start (its message is "
                        + "above); the command runs in this one");
                return OptionalInt.empty();
            }
            return status;
        } finally {
            if (marker != null) {
                try {
                    Files.deleteIfExists(marker);
                } catch (IOException e) {
                    marker.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Runs the second JVM to its end; empty when it cannot be started. */
    private static OptionalInt run(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        // Their options are among this JVM's input arguments, passed on already: not twice.
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process child;
        try {
            child = pb.start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(() -> stop(child), "kpi-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                // the second JVM still runs: its status is still the one to exit with
            } catch (IllegalStateException e) {
                return OptionalInt.of(child.exitValue()); // shutting down already
            }
        }
    }

    /** The file the second JVM deletes as it starts, or {@code null} when none can be made. */
    private static Path startedMarker() {
        try {
            // Named by process and time, not by Files.createTempFile: its random names take some 20 ms
            // of this JVM's start (measured). Created only if new, as that one's are.
            return Files.createFile(Path.of(System.getProperty("java.io.tmpdir"), "kpi-consolidator-"
                    + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".starting"));
        } catch (IOException | RuntimeException e) {
            return null; // the second JVM runs all the same; a refusal then reads as its exit status
        }
    }

    /** In the second JVM, as it starts the command: the first JVM's marker goes. */
    private static void markStarted() {
        String marker = System.getProperty(STARTED_PROPERTY);
        if (marker != null) {
            try {
                Files.deleteIfExists(Path.of(marker));
            } catch (IOException | RuntimeException e) {
                // Not seen: the same user made it in the temporary folder. Were it kept, the first JVM
                // would take this JVM's exit status 1 (findings) for a refusal of its options.
            }
        }
    }

    /** This JVM stopped (Ctrl-C, a terminal closed, a kill): the second one stops too, as it would have. */
    private static void stop(Process child) {
        child.destroy();
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /**
     * In the second JVM: a first JVM that is killed outright cannot stop it, so it stops by itself
     * once the first has gone, leaving what a killed run leaves.
     */
    private static void watchParent() {
        long pid;
        try {
            pid = Long.parseLong(System.getProperty(PARENT_PROPERTY, ""));
        } catch (NumberFormatException e) {
            return; // not started by a first JVM
        }
        // Killed while this JVM was starting, the first is gone already, or no longer the parent.
        ProcessHandle first = ProcessHandle.of(pid).orElse(null);
        if (first == null || !isParent(first)) {
            Runtime.getRuntime().halt(ExitCodes.FAILED);
        }
        Thread watch = new Thread(() -> {
            try {
                while (isParent(first)) {
                    Thread.sleep(WATCH_MS);
                }
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(ExitCodes.FAILED);
        }, "kpi-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * The first JVM is still this one's parent. On Linux and macOS a JVM killed outright stays a
     * process (a zombie) until its own parent collects it, but its children pass to another parent
     * at once; on Windows the parent's id stays and it is no longer alive.
     */
    private static boolean isParent(ProcessHandle first) {
        return first.isAlive()
                && ProcessHandle.current().parent().map(p -> p.pid() == first.pid()).orElse(false);
    }

    /** What the first JVM is: its process id, java, class path, main class and its own options. */
    record Jvm(long pid, Path java, String classPath, String mainClass, List<String> options) {

        static Jvm current() {
            return new Jvm(ProcessHandle.current().pid(), javaExecutable(), System.getProperty("java.class.path"),
                    Main.class.getName(), ManagementFactory.getRuntimeMXBean().getInputArguments());
        }
    }

    /**
     * The second JVM's command line for {@code args}, or empty when this JVM is to run the command:
     * it is being watched, or it has every option the second would get and {@code KPI_JAVA_OPTS} is
     * empty.
     */
    static Optional<List<String>> command(Jvm jvm, Map<String, String> env, List<String> args) {
        if (jvm.options().stream().anyMatch(o -> WATCHED.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        // KPI_JAVA_OPTS are for the JVM that runs the command, GC logs included: the second one.
        List<String> extra = split(env.getOrDefault("KPI_JAVA_OPTS", ""));
        List<String> given = new ArrayList<>(jvm.options());
        given.addAll(extra);
        List<String> tuning = new ArrayList<>();
        Optional<Path> archive = archiveBeside(jvm.classPath());
        if (archive.isPresent() && given.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-Xshare") || o.startsWith("-XX:ArchiveClassesAtExit"))) {
            tuning.add("-XX:SharedArchiveFile=" + archive.get());
            // A JVM that cannot use the archive (another JDK, the jar rebuilt) starts without it, silently.
            tuning.add("-Xlog:cds=off");
            tuning.add("-Xlog:cds+dynamic=off");
        }
        if (given.stream().noneMatch(o -> o.matches("-XX:[+-]Use\\w*GC"))) {
            tuning.add(PARALLEL_GC);
        }
        boolean tierChosen = given.stream().anyMatch(o -> o.equals("-Xint") || o.equals("-Xcomp")
                || o.startsWith("-XX:TieredStopAtLevel") || o.endsWith("TieredCompilation"));
        if (!tierChosen && quickTier(env, args)) {
            tuning.addAll(QUICK_TIER);
        }
        if (tuning.isEmpty() && extra.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        command.addAll(tuning);
        command.addAll(given);
        command.add("-D" + PROPERTY + "=" + CHILD);
        command.add("-D" + PARENT_PROPERTY + "=" + jvm.pid());
        command.add("-cp");
        command.add(jvm.classPath());
        command.add(jvm.mainClass());
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * The JIT's quick tier unless the input is past the line: the folders and workbooks named on
     * the command line, not a folder of earlier outputs ({@code --out}, {@code --previous}).
     */
    static boolean quickTier(Map<String, String> env, List<String> args) {
        String jit = env.getOrDefault("KPI_JIT", "auto");
        if (jit.equals("quick") || jit.equals("full")) {
            return jit.equals("quick");
        }
        long line;
        try {
            line = Long.parseLong(env.getOrDefault("KPI_JIT_FULL_MB", Long.toString(FULL_TIERS_MB)).trim()) << 20;
        } catch (NumberFormatException e) {
            line = FULL_TIERS_MB << 20;
        }
        long size = 0;
        for (String arg : args) {
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                continue;
            }
            if (Files.isDirectory(p) && !Files.exists(p.resolve(StagedOutputs.MANIFEST))) {
                size += folderSize(p, line - size);
            } else if (Files.isRegularFile(p) && isWorkbookName(p)) {
                try {
                    size += Files.size(p);
                } catch (IOException e) {
                    // unreadable: the run itself will say so
                }
            }
            if (size > line) {
                return false;
            }
        }
        return true;
    }

    /** The bytes in a folder's files, counted until past {@code enough}. */
    private static long folderSize(Path folder, long enough) {
        long[] size = {0};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    size[0] += attrs.size();
                    return size[0] > enough ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // what could be counted counts; the run itself reports what it cannot read
        }
        return size[0];
    }

    private static boolean isWorkbookName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xls") || name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    /** The archive {@code mvn package} writes beside the jar: {@code kpi-consolidator.jsa}. */
    private static Optional<Path> archiveBeside(String classPath) {
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            String name = jar.getFileName().toString();
            Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
            return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path javaExecutable() {
        Optional<String> running = ProcessHandle.current().info().command();
        if (running.isPresent() && Files.isExecutable(Path.of(running.get()))) {
            return Path.of(running.get());
        }
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** Options as a shell splits an unquoted variable, as the launcher uses {@code KPI_JAVA_OPTS}. */
    private static List<String> split(String options) {
        List<String> out = new ArrayList<>();
        for (String o : options.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                out.add(o);
            }
        }
        return out;
    }
}
