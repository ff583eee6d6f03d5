package org.kpiconsolidator.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.kpiconsolidator.cli.KpiCommand;

/** The command line run in-process, as a user runs it, with what it printed. */
public final class Cli {

    /** A command's exit status and what it wrote to standard output and standard error. */
    public record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KpiCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    public static Run run(List<String> args) {
        return run(args.toArray(String[]::new));
    }
}
