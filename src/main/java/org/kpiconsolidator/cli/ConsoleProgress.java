package org.kpiconsolidator.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.pipeline.BatchProgress;

/**
 * The progress bar of a batch on a terminal: files done of all, files per second and the time
 * left, on standard error (standard output keeps the summary). Off a terminal it prints nothing at
 * all, so redirected runs, scripts, tests and CI logs stay clean.
 */
final class ConsoleProgress implements BatchProgress, AutoCloseable {

    /** Batches this small finish before a bar would say anything useful. */
    private static final int MIN_FILES = 2;

    /** Where the bar goes: {@code null} for nowhere, an explicit consumer in tests, else the terminal. */
    private final ProgressBarConsumer consumer;
    private final boolean on;
    private ProgressBar bar;

    private ConsoleProgress(boolean on, ProgressBarConsumer consumer) {
        this.on = on;
        this.consumer = consumer;
    }

    /** A bar when this process runs on a terminal ({@code System.console()} is there), else silence. */
    static ConsoleProgress onTerminal() {
        return new ConsoleProgress(System.console() != null, null);
    }

    /** No bar at all (--quiet). */
    static ConsoleProgress silent() {
        return new ConsoleProgress(false, null);
    }

    /** A bar drawn into {@code consumer}, terminal or not (for tests). */
    static ConsoleProgress to(ProgressBarConsumer consumer) {
        return new ConsoleProgress(true, consumer);
    }

    @Override
    public synchronized void started(int files) {
        if (!on || files < MIN_FILES) {
            return;
        }
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("consolidate").setInitialMax(files)
                .setUnit(" files", 1).showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).clearDisplayOnFinish();
        if (consumer != null) {
            b.setConsumer(consumer);
        }
        bar = b.build();
    }

    @Override
    public void fileDone(FileOutcome outcome) {
        ProgressBar b = bar;
        if (b != null) {
            b.step();
        }
    }

    /** Removes the bar, so the summary line that follows stands alone. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
