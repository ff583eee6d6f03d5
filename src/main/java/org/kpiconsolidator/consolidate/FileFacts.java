package org.kpiconsolidator.consolidate;

/**
 * Facts about a file for the files sheet: its size, SHA-256, the application that wrote it, what it
 * was read as, and how it relates to the official template.
 *
 * @param size bytes, or -1 when unknown
 * @param templateVersion the version of the official template the form was made from; empty when
 *     unknown or hand-made
 * @param drift how the form departs from that template (rows inserted, tables moved), in a
 *     reviewer's words; empty when none is known
 */
public record FileFacts(long size, String sha256, String producer, String format, String templateVersion,
        String drift) {

    public static final FileFacts UNKNOWN = new FileFacts(-1, "", "", "");

    public FileFacts {
        sha256 = sha256 == null ? "" : sha256;
        producer = producer == null ? "" : producer;
        format = format == null ? "" : format;
        templateVersion = templateVersion == null ? "" : templateVersion;
        drift = drift == null ? "" : drift;
    }

    /** Facts without template information (the reader does not fingerprint templates yet). */
    public FileFacts(long size, String sha256, String producer, String format) {
        this(size, sha256, producer, format, "", "");
    }
}
