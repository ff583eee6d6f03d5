package org.kpiconsolidator.consolidate;

import java.util.List;

/**
 * Facts about a file for the files sheet: its size, SHA-256, the application that wrote it, what it
 * was read as, the template version it was made from and how its layout drifted from the template.
 *
 * @param size bytes, or -1 when unknown
 * @param templateVersion the version of our template the form was made from; empty when unknown or
 *     hand-made
 * @param drift how the form's layout departs from the template's (rows inserted, tables moved), one
 *     note per difference in a reviewer's words; empty when none is known
 */
public record FileFacts(long size, String sha256, String producer, String format, String templateVersion,
        List<String> drift) {

    public static final FileFacts UNKNOWN = new FileFacts(-1, "", "", "");

    public FileFacts {
        sha256 = sha256 == null ? "" : sha256;
        producer = producer == null ? "" : producer;
        format = format == null ? "" : format;
        templateVersion = templateVersion == null ? "" : templateVersion;
        drift = drift == null ? List.of() : List.copyOf(drift);
    }

    /** Facts known before the form is read. */
    public FileFacts(long size, String sha256, String producer, String format) {
        this(size, sha256, producer, format, "", List.of());
    }

    /** These facts with what reading the form found out. */
    public FileFacts withForm(String newTemplateVersion, List<String> newDrift) {
        return new FileFacts(size, sha256, producer, format, newTemplateVersion, newDrift);
    }
}
