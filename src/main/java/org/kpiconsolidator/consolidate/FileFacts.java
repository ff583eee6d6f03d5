package org.kpiconsolidator.consolidate;

import java.util.List;

/**
 * Facts about a file for the files sheet: its size, SHA-256, the application that wrote it, what it
 * was read as, the template version it was made from and how its layout drifted from the template.
 *
 * @param template the template version, or empty for a hand-made form (and for files not read)
 * @param drift how the layout differs from the template's, one note per difference
 */
public record FileFacts(long size, String sha256, String producer, String format, String template,
        List<String> drift) {

    public static final FileFacts UNKNOWN = new FileFacts(-1, "", "", "", "", List.of());

    public FileFacts {
        drift = List.copyOf(drift);
    }

    /** These facts with what reading the form found out. */
    public FileFacts withForm(String newTemplate, List<String> newDrift) {
        return new FileFacts(size, sha256, producer, format, newTemplate, newDrift);
    }
}
