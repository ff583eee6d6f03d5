package org.kpiconsolidator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark harness ({@code mvn -Pbench verify}, see the README): generates N realistic forms,
 * then times, each in a fresh JVM with the same heap limit, the naive baseline (POI's usermodel
 * opening every workbook and reading every cell as text, {@link NaiveRead}) and the packaged jar's
 * {@code consolidate} end to end (read, locate, validate, recompute, write all outputs), on the same
 * files in the same run, so their ratio holds on a noisy machine. Peak heap comes from the JVM's GC
 * log. Beside them, the product's reader alone ({@link StandardRead}), and {@code consolidate}
 * through the fast-start launcher. {@code java -jar} runs the command in a second, tuned JVM
 * ({@code cli.Relaunch}): its GC logs go there through {@code KPI_JAVA_OPTS}, and a run's CPU time is
 * that of both. Last, the cold start of {@code check} on one small form: {@code java -jar}, one JVM
 * ({@code -Dkpi.relaunch=false}) and the launcher.
 *
 * <p>Options: {@code --files 1000[,5000,...]} ({@code none}: only the folders), {@code --layouts ours,anchor} (see {@link BenchCorpus.Layout}),
 * {@code --folders DIR[,DIR...]} (folders of submissions of any layout, timed the same way after the
 * generated ones; {@code none} by default),
 * {@code --threads N} (0: all cores), {@code --xmx 512m},
 * {@code --repeat R}, {@code --naive true|false}, {@code --work DIR}, {@code --jar FILE},
 * {@code --launcher FILE} (the fast-start script, run when there is one),
 * {@code --form FILE} (for the cold start).
 */
public final class Bench {

    private Bench() {
    }

    /**
     * @param peakHeapBytes the largest heap before a collection (G1 lets the heap fill up before it
     *     collects the old regions, so this is mostly the limit's business)
     * @param liveHeapBytes the largest heap right after a collection of old regions (mixed or full),
     *     what the run really holds; with the parallel collector, which leaves the old generation
     *     alone until it is full, the largest heap after any collection, more than the run holds;
     *     0 when there was none
     */
    private record Run(double seconds, double cpuSeconds, long peakHeapBytes, long liveHeapBytes, int exitCode,
            String output) {
        boolean ok() {
            return exitCode == 0 || exitCode == 1; // consolidate exits 1 when the forms hold errors
        }
    }

    /** What every measured run shares. */
    private record Setup(Path work, int threads, String xmx, int repeat, boolean naive, Path jar, Path launcher) {
    }

    public static void main(String[] args) throws Exception {
        Options o = new Options(args);
        int threads = o.integer("threads", 0) <= 0 ? Runtime.getRuntime().availableProcessors() : o.integer("threads", 0);
        String xmx = o.text("xmx", "512m");
        Path work = Files.createDirectories(Path.of(o.text("work", "target/bench")));
        Path jar = Path.of(o.text("jar", "target/kpi-consolidator.jar"));
        Path form = Path.of(o.text("form", "samples/bang-khae-district.xlsx"));
        Path launcher = Path.of(o.text("launcher", "bin/kpi-consolidator"));
        boolean useLauncher = Files.isRegularFile(launcher) && !System.getProperty("os.name").startsWith("Windows");
        Setup setup = new Setup(work, threads, xmx, o.integer("repeat", 1), Boolean.parseBoolean(o.text("naive", "true")),
                jar, useLauncher ? launcher : null);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "kpi-consolidator benchmark: %d cores, Java %s, load average %s, "
                + "%d threads, -Xmx%s, fresh JVM per run", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage(), threads, xmx));
        for (String n : o.text("files", "1000").split(",")) {
            if (n.trim().equals("none")) {
                continue; // only the folders given
            }
            for (String name : o.text("layouts", "ours,anchor").split(",")) {
                int files = Integer.parseInt(n.trim());
                BenchCorpus.Layout layout = BenchCorpus.Layout.valueOf(name.trim().toUpperCase(Locale.ROOT));
                long t0 = System.nanoTime();
                Path dir = BenchCorpus.forms(work, files, threads, layout);
                String id = (layout == BenchCorpus.Layout.OURS ? "" : layout.name().toLowerCase(Locale.ROOT) + "-")
                        + files;
                measure(setup, dir, id, layout == BenchCorpus.Layout.OURS ? "our layouts"
                        : "our layouts with an activity log sheet, the anchor forms' size",
                        String.format(Locale.ROOT, "; ready in %.0f s", (System.nanoTime() - t0) / 1e9), report);
            }
        }
        for (String folder : o.text("folders", "none").split(",")) {
            if (!folder.isBlank() && !folder.equals("none")) {
                Path dir = Path.of(folder.trim());
                measure(setup, dir, "folder-" + dir.getFileName(), "the submissions in " + dir, "", report);
            }
        }
        report.add("");
        report.add(coldStart(work, jar, form, setup.launcher()));
        String text = String.join(System.lineSeparator(), report);
        System.out.println();
        System.out.println(text);
        Files.writeString(work.resolve("report.md"), text + System.lineSeparator());
    }

    /**
     * One folder of forms: the naive read, the reader alone and consolidate, each {@code repeat}
     * times; the ratios.
     */
    private static void measure(Setup setup, Path dir, String id, String title, String note, List<String> report)
            throws Exception {
        Path work = setup.work();
        BenchCorpus.Shape shape = BenchCorpus.shape(dir);
        String heap = "-Xmx" + setup.xmx();
        String threads = Integer.toString(setup.threads());
        report.add("");
        report.add(String.format(Locale.ROOT, "%,d forms, %s (%,d .xlsx, %,d .xls, %.1f KB on average%s)",
                shape.files(), title, shape.files() - shape.xls(), shape.xls(), shape.meanBytes() / 1024.0, note));
        report.add("| run | wall s | files/s | CPU s | peak heap MB | live heap MB | read / outputs s | exit |");
        report.add("|---|---:|---:|---:|---:|---:|---:|---|");
        List<Double> naiveTimes = new ArrayList<>();
        List<Double> consolidateTimes = new ArrayList<>();
        List<Double> launcherTimes = new ArrayList<>();
        for (int r = 1; r <= setup.repeat(); r++) {
            if (setup.naive()) {
                Run run = java(work, "naive-" + id + "-" + r, List.of(heap, "-cp", System.getProperty("java.class.path"),
                        NaiveRead.class.getName(), dir.toString(), threads));
                report.add(row("naive POI usermodel read, every cell as text", run, shape.files()));
                if (run.exitCode() == 0) {
                    naiveTimes.add(run.seconds());
                }
                System.out.println(report.get(report.size() - 1) + " " + lastLine(run.output()));
            }
            Run read = java(work, "read-" + id + "-" + r, List.of(heap, "-cp", System.getProperty("java.class.path"),
                    StandardRead.class.getName(), dir.toString(), threads));
            report.add(row("the product's reader alone (streamed .xlsx, POI .xls), every grid built", read,
                    shape.files()));
            System.out.println(report.get(report.size() - 1) + " " + lastLine(read.output()));
            Path out = work.resolve("out-" + id);
            List<String> consolidate = List.of("consolidate", dir.toString(), "--out", out.toString(), "--threads",
                    threads);
            List<String> plain = new ArrayList<>(List.of(heap, "-jar", setup.jar().toString()));
            plain.addAll(consolidate);
            Run run = jar(work, "consolidate-" + id + "-" + r, plain);
            report.add(row("consolidate, `java -jar`", run, shape.files(), phases(out)));
            if (run.ok()) {
                consolidateTimes.add(run.seconds());
            }
            System.out.println(report.get(report.size() - 1));
            if (setup.launcher() != null) {
                run = launcher(work, "launcher-" + id + "-" + r, setup.launcher(), heap, consolidate);
                report.add(row("consolidate, `" + setup.launcher() + "` (class-data sharing, parallel GC, JIT tiers by input size)", run,
                        shape.files(), phases(out)));
                if (run.ok()) {
                    launcherTimes.add(run.seconds());
                }
                System.out.println(report.get(report.size() - 1));
            }
        }
        if (!naiveTimes.isEmpty() && !launcherTimes.isEmpty()) {
            double ratio = median(launcherTimes) / median(naiveTimes);
            report.add(String.format(Locale.ROOT, "consolidate with %s / naive read (medians): %.2f, target at most "
                    + "0.25: %s", setup.launcher(), ratio, ratio <= 0.25 ? "met" : "NOT met"));
        }
        if (!naiveTimes.isEmpty() && !consolidateTimes.isEmpty()) {
            double ratio = median(consolidateTimes) / median(naiveTimes);
            report.add(String.format(Locale.ROOT, "consolidate with java -jar / naive read (medians): %.2f, target "
                    + "at most 0.25: %s", ratio, ratio <= 0.25 ? "met" : "NOT met"));
        }
    }

    private static String row(String what, Run run, int files) {
        return row(what, run, files, "-");
    }

    private static String row(String what, Run run, int files, String phases) {
        String exit = run.ok() ? "ok" : "FAILED (" + run.exitCode() + "): " + lastLine(run.output());
        String live = run.liveHeapBytes() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", run.liveHeapBytes() / 1048576.0);
        return String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.1f | %.0f | %s | %s | %s |", what, run.seconds(),
                files / run.seconds(), run.cpuSeconds(), run.peakHeapBytes() / 1048576.0, live, phases, exit);
    }

    private static final Pattern READ_IN = Pattern.compile("^(\\S+) .* files read in ([\\d.]+) s$");
    private static final Pattern WRITTEN = Pattern.compile("^(\\S+) .*; outputs written$");

    /**
     * Where a consolidate run's time went, from its {@code run.log}: the seconds until every file was
     * read (from the start of the command) and from then until the outputs were written.
     */
    private static String phases(Path out) {
        String read = null;
        LocalTime readAt = null;
        LocalTime writtenAt = null;
        try {
            for (String line : Files.readAllLines(out.resolve("run.log"))) {
                Matcher m = READ_IN.matcher(line);
                if (m.matches()) {
                    read = m.group(2);
                    readAt = LocalTime.parse(m.group(1));
                } else if ((m = WRITTEN.matcher(line)).matches()) {
                    writtenAt = LocalTime.parse(m.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            return "-";
        }
        if (read == null || writtenAt == null) {
            return "-";
        }
        Duration outputs = Duration.between(readAt, writtenAt);
        if (outputs.isNegative()) {
            outputs = outputs.plusDays(1); // past midnight
        }
        return String.format(Locale.ROOT, "%s / %.1f", read, outputs.toMillis() / 1000.0);
    }

    /** {@code check} on one small form, five times each way; the median wall time. */
    private static String coldStart(Path work, Path jar, Path form, Path launcher) throws Exception {
        List<Double> plain = new ArrayList<>();
        List<Double> one = new ArrayList<>();
        List<Double> script = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            plain.add(jar(work, "check-jar", List.of("-jar", jar.toString(), "check", form.toString())).seconds());
            one.add(java(work, "check-one-jvm", List.of("-Dkpi.relaunch=false", "-jar", jar.toString(), "check",
                    form.toString())).seconds());
            if (launcher != null) {
                script.add(launcher(work, "check-launcher", launcher, "", List.of("check", form.toString())).seconds());
            }
        }
        String s = String.format(Locale.ROOT, "cold start, check %s (median of 5, wall): %.2f s with java -jar",
                form.getFileName(), median(plain));
        s += String.format(Locale.ROOT, "; %.2f s in one JVM (-Dkpi.relaunch=false)", median(one));
        if (!script.isEmpty()) {
            s += String.format(Locale.ROOT, "; %.2f s with %s", median(script), launcher);
        }
        return s + "; target under 1.5 s";
    }

    /** Runs the launcher script, its JVM told the heap limit and the GC logs through KPI_JAVA_OPTS. */
    private static Run launcher(Path work, String name, Path script, String heap, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(args);
        return run(work, name, command, heap);
    }

    /**
     * Runs the packaged jar as {@code java -jar}: the GC logs are asked of the JVM that runs the
     * command, the second one, through {@code KPI_JAVA_OPTS} (a first JVM started with {@code -Xlog}
     * would run the command itself).
     */
    private static Run jar(Path work, String name, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(args);
        return run(work, name, command, "");
    }

    /** Runs a fresh JVM with a GC log; its wall and CPU time and peak heap (the largest heap before a collection or at exit). */
    private static Run java(Path work, String name, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("{gc}");
        command.addAll(args);
        return run(work, name, command, null);
    }

    /**
     * Runs a command whose JVM writes GC logs: in place of a {@code {gc}} argument, or (when
     * {@code launcherOptions} is given) through {@code KPI_JAVA_OPTS}, after those options.
     */
    private static Run run(Path work, String name, List<String> command, String launcherOptions)
            throws IOException, InterruptedException {
        Path gc = work.resolve(name + ".gc.log");
        Path exit = work.resolve(name + ".heap.log");
        Path log = work.resolve(name + ".out.log");
        Files.deleteIfExists(gc);
        Files.deleteIfExists(exit);
        String gcOptions = "-Xlog:gc:file=" + gc + " -Xlog:gc+heap+exit:file=" + exit;
        List<String> full = new ArrayList<>();
        for (String c : command) {
            if (c.equals("{gc}")) {
                full.addAll(List.of(gcOptions.split(" ")));
            } else {
                full.add(c);
            }
        }
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        if (launcherOptions != null) {
            pb.environment().put("KPI_JAVA_OPTS", (launcherOptions + " " + gcOptions).trim());
        }
        long start = System.nanoTime();
        Process p = pb.start();
        // The CPU time of the process and the one it starts, read while they run (the last moment
        // of each is lost: a tenth of a second).
        Map<Long, Double> cpuByProcess = new HashMap<>();
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            for (ProcessHandle h : Stream.concat(Stream.of(p.toHandle()), p.descendants()).toList()) {
                h.info().totalCpuDuration().ifPresent(d -> cpuByProcess.merge(h.pid(), d.toNanos() / 1e9, Math::max));
            }
        }
        double cpu = cpuByProcess.values().stream().mapToDouble(Double::doubleValue).sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, cpu, peakHeap(gc, exit), liveHeap(gc), p.exitValue(), Files.readString(log));
    }

    private static final Pattern BEFORE_GC = Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");
    private static final Pattern USED_AT_EXIT = Pattern.compile("total \\d+K, used (\\d+)K");

    private static long peakHeap(Path gc, Path exit) throws IOException {
        long peak = 0;
        for (Path p : List.of(gc, exit)) {
            if (!Files.exists(p)) {
                continue;
            }
            String text = Files.readString(p);
            Matcher m = BEFORE_GC.matcher(text);
            while (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)) * unit(m.group(2)));
            }
            Matcher u = USED_AT_EXIT.matcher(text);
            while (u.find()) {
                peak = Math.max(peak, Long.parseLong(u.group(1)) << 10);
            }
        }
        return peak;
    }

    private static final Pattern AFTER_OLD_GC = Pattern.compile(
            "Pause (?:Young \\(Mixed\\)|Full)[^\\n]*? \\d+[KMG]->(\\d+)([KMG])\\(\\d+[KMG]\\)");
    private static final Pattern AFTER_ANY_GC = Pattern.compile("Pause [^\\n]*? \\d+[KMG]->(\\d+)([KMG])\\(\\d+[KMG]\\)");

    private static long liveHeap(Path gc) throws IOException {
        if (!Files.exists(gc)) {
            return 0;
        }
        long live = 0;
        String log = Files.readString(gc);
        Matcher m = (log.contains("Using Parallel") ? AFTER_ANY_GC : AFTER_OLD_GC).matcher(log);
        while (m.find()) {
            live = Math.max(live, Long.parseLong(m.group(1)) * unit(m.group(2)));
        }
        return live;
    }

    private static long unit(String suffix) {
        return switch (suffix) {
            case "K" -> 1L << 10;
            case "M" -> 1L << 20;
            default -> 1L << 30;
        };
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** {@code --name value} pairs. */
    private static final class Options {
        private final List<String> args;

        Options(String[] args) {
            this.args = Arrays.asList(args);
        }

        String text(String name, String fallback) {
            int i = args.indexOf("--" + name);
            return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(text(name, Integer.toString(fallback)));
        }
    }
}
