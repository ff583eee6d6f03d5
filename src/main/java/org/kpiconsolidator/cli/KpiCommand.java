package org.kpiconsolidator.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each job is a subcommand. */
@Command(name = "kpi-consolidator",
        mixinStandardHelpOptions = true,
        versionProvider = KpiCommand.Version.class,
        description = {"Checks and consolidates KPI report forms (แบบฟอร์มการรายงานผลการปฏิบัติราชการ).",
                "Recomputes every score and writes a consolidated workbook and a discrepancy log."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar kpi-consolidator.jar consolidate samples --out out",
                "  java -jar kpi-consolidator.jar check my-form.xlsx",
                "  java -jar kpi-consolidator.jar template --out templates",
                "  java -jar kpi-consolidator.jar rules --lang en",
                "  java -jar kpi-consolidator.jar help consolidate"},
        subcommands = {ConsolidateCommand.class, CheckCommand.class, TemplateCommand.class, RulesCommand.class,
                CommandLine.HelpCommand.class})
public final class KpiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with the exit codes and error handling of SPEC 5. */
    public static CommandLine commandLine() {
        return commandLine(console(System.out), console(System.err));
    }

    /**
     * A writer to the console in its own encoding when that encoding has Thai letters (UTF-8, or
     * Windows-874 on a Thai Windows console), else in UTF-8: Java 17 on a POSIX "C" locale would
     * print every Thai letter of {@code check}'s table as {@code ?}.
     */
    static PrintWriter console(PrintStream stream) {
        String name = System.getProperty(stream == System.err ? "sun.stderr.encoding" : "sun.stdout.encoding");
        Charset charset;
        try {
            charset = name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            charset = Charset.defaultCharset();
        }
        if (!charset.newEncoder().canEncode("ไทย")) {
            charset = StandardCharsets.UTF_8;
        }
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }

    /** The same, writing to the given streams (for tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new KpiCommand());
        cl.setOut(out);
        cl.setErr(err);
        // Help as wide as the terminal, else 100 columns: the examples are long command lines.
        cl.setUsageHelpWidth(100);
        cl.setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine at = e.getCommandLine();
            at.getErr().println("kpi-consolidator: " + e.getMessage());
            at.getErr().println("Try '" + at.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("kpi-consolidator: " + oneLine(e));
            org.slf4j.LoggerFactory.getLogger(KpiCommand.class).debug("internal failure", e);
            return e instanceof UsageException ? ExitCodes.USAGE : ExitCodes.FAILED;
        });
        return cl;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KpiCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kpi-consolidator " + (v == null ? "(development build)" : v)};
        }
    }
}
