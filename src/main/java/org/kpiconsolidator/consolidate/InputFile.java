package org.kpiconsolidator.consolidate;

import java.nio.file.Path;

/**
 * A file of the batch.
 *
 * @param path where it is
 * @param name its path relative to the input root, with {@code /} (the {@code file} column)
 * @param skipReason why it is not read, as the key of its FILE_SKIPPED message ({@code not-a-spreadsheet},
 *     {@code lock-file}, {@code temporary-file}, {@code symbolic-link}, {@code special-file}), or
 *     {@code null} to read it
 */
public record InputFile(Path path, String name, String skipReason) {

    public boolean skipped() {
        return skipReason != null;
    }
}
