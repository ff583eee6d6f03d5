package org.kpiconsolidator.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The full log of one {@code consolidate} run, {@code run.log}: every file as it is read, and what
 * the run noted, at INFO (DEBUG with {@code --verbose}, which adds the stack traces of files that
 * broke the reader). It is written into the folder the outputs are staged in, so it joins the
 * output set and is replaced with it. Meanwhile the console keeps to progress and the summary:
 * its log threshold is ERROR with {@code --quiet}, WARN by default, INFO with {@code --verbose}.
 *
 * <p>Logback is configured here at run time because the file's place is known only once the
 * output folder is; {@link #close} detaches the file (before the set is committed) and puts the
 * console back as {@link LogSetup} set it.
 */
final class RunLog implements AutoCloseable {

    /** The log's name in the output folder. */
    static final String FILE_NAME = "run.log";

    private static final String APPENDER = "RUN_LOG";
    private static final String OWN_PACKAGE = "org.kpiconsolidator";

    private final LoggerContext context;
    private final FileAppender<ILoggingEvent> file;
    private final Level ownLevel;

    private RunLog(LoggerContext context, FileAppender<ILoggingEvent> file, Level ownLevel) {
        this.context = context;
        this.file = file;
        this.ownLevel = ownLevel;
    }

    /** Starts logging the run into {@code dir/run.log}; a no-op when Logback is not the logger. */
    static RunLog start(Path dir, Verbosity verbosity) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return new RunLog(null, null, null);
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{0}: %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(dir.resolve(FILE_NAME).toString());
        appender.setAppend(false);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        Logger own = context.getLogger(OWN_PACKAGE);
        Level before = own.getLevel();
        if (verbosity == Verbosity.VERBOSE) {
            own.setLevel(Level.DEBUG);
        }
        console(context, switch (verbosity) {
            case QUIET -> Level.ERROR;
            case NORMAL -> Level.WARN;
            case VERBOSE -> Level.INFO;
        });
        return new RunLog(context, appender, before);
    }

    /** Stops writing {@code run.log} and puts the console back; safe to call twice. */
    @Override
    public void close() {
        if (context == null || !file.isStarted()) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(file);
        file.stop();
        context.getLogger(OWN_PACKAGE).setLevel(ownLevel);
        console(context, Level.WARN);
    }

    /** Sets the threshold of the console appender's filter (see {@link LogSetup}). */
    private static void console(LoggerContext context, Level level) {
        Appender<ILoggingEvent> console =
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(LogSetup.CONSOLE);
        if (console == null) {
            return;
        }
        for (Filter<ILoggingEvent> f : console.getCopyOfAttachedFiltersList()) {
            if (f instanceof ThresholdFilter threshold) {
                threshold.setLevel(level.toString());
            }
        }
    }
}
