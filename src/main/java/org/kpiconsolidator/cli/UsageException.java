package org.kpiconsolidator.cli;

/** A mistake in how the command was called or in a file it was given; exits with status 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
