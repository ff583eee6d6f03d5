package org.kpiconsolidator.cli;

/**
 * The only {@code main}: runs the command line and exits with its status, in a JVM tuned for the
 * command when this one was started without its options ({@link Relaunch}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Relaunch.inTunedJvm(args).orElseGet(() -> KpiCommand.commandLine().execute(args)));
    }
}
