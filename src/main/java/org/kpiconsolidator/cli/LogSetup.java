package org.kpiconsolidator.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging every run starts with, set up in code (Logback finds this class through
 * {@code META-INF/services}) rather than parsed from a {@code logback.xml}: Logback started in 85 ms
 * with the file, 40 to 55 without, of a cold start of about half a second. The console is for the run's own output (progress, the summary,
 * one-line errors): it shows WARN and above, and library chatter stays out of it; per-file lines
 * (INFO) reach {@code run.log} ({@link RunLog}), which also moves the console's threshold for a
 * quiet or verbose run. A {@code logback.configurationFile} given on the command line still wins.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** The console appender's name, by which {@link RunLog} finds it. */
    static final String CONSOLE = "STDERR";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.toString());
        warnings.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(CONSOLE);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(warnings);
        console.start();

        // POI logs the damage it finds in a file, with stack traces; the file's finding says it.
        context.getLogger("org.apache.poi").setLevel(Level.OFF);
        context.getLogger("org.hibernate.validator").setLevel(Level.WARN);
        context.getLogger("org.kpiconsolidator").setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
