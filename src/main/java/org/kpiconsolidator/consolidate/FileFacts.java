package org.kpiconsolidator.consolidate;

/**
 * Facts about a file for the files sheet: its size, SHA-256, the application that wrote it and
 * what it was read as.
 */
public record FileFacts(long size, String sha256, String producer, String format) {

    public static final FileFacts UNKNOWN = new FileFacts(-1, "", "", "");
}
