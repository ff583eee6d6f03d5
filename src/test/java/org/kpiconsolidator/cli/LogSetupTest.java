package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logging starts as {@link LogSetup} sets it, found by Logback itself, with no configuration file. */
class LogSetupTest {

    @Test
    void logbackFindsTheSetupAndTheConsoleShowsWarningsOnly() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Appender<ILoggingEvent> console = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogSetup.CONSOLE);
        assertThat(console).isInstanceOf(ConsoleAppender.class);
        assertThat(((ConsoleAppender<ILoggingEvent>) console).getTarget()).isEqualTo("System.err");
        assertThat(console.getCopyOfAttachedFiltersList()).singleElement()
                .isInstanceOfSatisfying(ThresholdFilter.class, f -> assertThat(f.isStarted()).isTrue());
        assertThat(context.getLogger("org.apache.poi.hssf.usermodel.HSSFWorkbook").getEffectiveLevel())
                .isEqualTo(Level.OFF);
        assertThat(context.getLogger("org.kpiconsolidator.pipeline.FileProcessor").getEffectiveLevel())
                .isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.hibernate.validator.internal").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.example").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineIsLeftToLogback() {
        LoggerContext context = new LoggerContext();
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "custom-logback.xml");
        try {
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertThat(setup.configure(context)).isEqualTo(LogSetup.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogSetup.CONSOLE)).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
