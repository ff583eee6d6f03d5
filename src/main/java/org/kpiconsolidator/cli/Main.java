package org.kpiconsolidator.cli;

/** The only {@code main}: runs the command line and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(KpiCommand.commandLine().execute(args));
    }
}
