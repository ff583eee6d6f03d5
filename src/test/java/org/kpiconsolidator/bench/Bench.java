package org.kpiconsolidator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark harness ({@code mvn -Pbench verify}, see the README): generates N realistic forms,
 * then times, each in a fresh JVM with the same heap limit, the naive baseline (POI's usermodel
 * opening every workbook and reading every cell as text, {@link NaiveRead}) and the packaged jar's
 * {@code consolidate} end to end (read, locate, validate, recompute, write all outputs), on the same
 * files in the same run, so their ratio holds on a noisy machine. Peak heap comes from the JVM's GC
 * log. Last, the cold start of {@code check} on one small form, with and without the class-data
 * sharing archive the build makes.
 *
 * <p>Options: {@code --files 1000[,5000,...]}, {@code --threads N} (0: all cores), {@code --xmx 512m},
 * {@code --repeat R}, {@code --naive true|false}, {@code --work DIR}, {@code --jar FILE},
 * {@code --cds FILE}, {@code --form FILE} (for the cold start).
 */
public final class Bench {

    private Bench() {
    }

    private record Run(double seconds, long peakHeapBytes, int exitCode, String output) {
        boolean ok() {
            return exitCode == 0 || exitCode == 1; // consolidate exits 1 when the forms hold errors
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = new Options(args);
        int threads = o.integer("threads", 0) <= 0 ? Runtime.getRuntime().availableProcessors() : o.integer("threads", 0);
        String xmx = o.text("xmx", "512m");
        int repeat = o.integer("repeat", 1);
        boolean naive = Boolean.parseBoolean(o.text("naive", "true"));
        Path work = Files.createDirectories(Path.of(o.text("work", "target/bench")));
        Path jar = Path.of(o.text("jar", "target/kpi-consolidator.jar"));
        Path cds = Path.of(o.text("cds", "target/kpi-consolidator.jsa"));
        Path form = Path.of(o.text("form", "samples/bang-khae-district.xlsx"));
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "kpi-consolidator benchmark: %d cores, Java %s, load average %s, "
                + "%d threads, -Xmx%s, fresh JVM per run", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage(), threads, xmx));
        for (String n : o.text("files", "1000").split(",")) {
            int files = Integer.parseInt(n.trim());
            long t0 = System.nanoTime();
            Path dir = BenchCorpus.forms(work, files, threads);
            BenchCorpus.Shape shape = BenchCorpus.shape(dir);
            report.add("");
            report.add(String.format(Locale.ROOT, "%,d forms (%,d .xlsx, %,d .xls, %.1f KB on average; ready in %.0f s)",
                    shape.files(), shape.files() - shape.xls(), shape.xls(), shape.meanBytes() / 1024.0,
                    (System.nanoTime() - t0) / 1e9));
            report.add("| run | wall s | files/s | peak heap MB | exit |");
            report.add("|---|---:|---:|---:|---|");
            List<Double> naiveTimes = new ArrayList<>();
            List<Double> consolidateTimes = new ArrayList<>();
            for (int r = 1; r <= repeat; r++) {
                if (naive) {
                    Run run = java(work, "naive-" + files + "-" + r, List.of("-Xmx" + xmx, "-cp",
                            System.getProperty("java.class.path"), NaiveRead.class.getName(), dir.toString(),
                            Integer.toString(threads)));
                    report.add(row("naive POI usermodel read, every cell as text", run, shape.files()));
                    if (run.exitCode() == 0) {
                        naiveTimes.add(run.seconds());
                    }
                }
                Path out = work.resolve("out-" + files);
                Run run = java(work, "consolidate-" + files + "-" + r, List.of("-Xmx" + xmx, "-jar", jar.toString(),
                        "consolidate", dir.toString(), "--out", out.toString(), "--threads", Integer.toString(threads)));
                report.add(row("consolidate, end to end, all outputs", run, shape.files()));
                if (run.ok()) {
                    consolidateTimes.add(run.seconds());
                }
                System.out.println(report.get(report.size() - 1));
            }
            if (!naiveTimes.isEmpty() && !consolidateTimes.isEmpty()) {
                double ratio = median(consolidateTimes) / median(naiveTimes);
                report.add(String.format(Locale.ROOT, "consolidate / naive read (medians): %.2f, target at most 0.25: %s",
                        ratio, ratio <= 0.25 ? "met" : "NOT met"));
            }
        }
        report.add("");
        report.add(coldStart(work, jar, cds, form));
        String text = String.join(System.lineSeparator(), report);
        System.out.println();
        System.out.println(text);
        Files.writeString(work.resolve("report.md"), text + System.lineSeparator());
    }

    private static String row(String what, Run run, int files) {
        String exit = run.ok() ? "ok" : "FAILED (" + run.exitCode() + "): " + lastLine(run.output());
        return String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.0f | %s |", what, run.seconds(), files / run.seconds(),
                run.peakHeapBytes() / 1048576.0, exit);
    }

    /** {@code check} on one small form, five times each way; the median wall time. */
    private static String coldStart(Path work, Path jar, Path cds, Path form) throws Exception {
        List<Double> plain = new ArrayList<>();
        List<Double> shared = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            plain.add(java(work, "check-plain", List.of("-jar", jar.toString(), "check", form.toString())).seconds());
            if (Files.exists(cds)) {
                shared.add(java(work, "check-cds", List.of("-XX:SharedArchiveFile=" + cds, "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off", "-jar", jar.toString(), "check", form.toString())).seconds());
            }
        }
        String s = String.format(Locale.ROOT, "cold start, check %s: median %.2f s wall (min %.2f) with java -jar",
                form.getFileName(), median(plain), min(plain));
        if (!shared.isEmpty()) {
            s += String.format(Locale.ROOT, "; median %.2f s (min %.2f) with the class-data sharing archive %s",
                    median(shared), min(shared), cds.getFileName());
        }
        return s + "; target under 1.5 s";
    }

    /** Runs a fresh JVM with a GC log; its wall time and peak heap (the largest heap before a collection or at exit). */
    private static Run java(Path work, String name, List<String> args) throws IOException, InterruptedException {
        Path gc = work.resolve(name + ".gc.log");
        Path exit = work.resolve(name + ".heap.log");
        Path log = work.resolve(name + ".out.log");
        Files.deleteIfExists(gc);
        Files.deleteIfExists(exit);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xlog:gc:file=" + gc);
        command.add("-Xlog:gc+heap+exit:file=" + exit);
        command.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(2, TimeUnit.HOURS)) {
            p.destroyForcibly();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, peakHeap(gc, exit), p.exitValue(), Files.readString(log));
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
                long unit = switch (m.group(2)) {
                    case "K" -> 1L << 10;
                    case "M" -> 1L << 20;
                    default -> 1L << 30;
                };
                peak = Math.max(peak, Long.parseLong(m.group(1)) * unit);
            }
            Matcher u = USED_AT_EXIT.matcher(text);
            while (u.find()) {
                peak = Math.max(peak, Long.parseLong(u.group(1)) << 10);
            }
        }
        return peak;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
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
