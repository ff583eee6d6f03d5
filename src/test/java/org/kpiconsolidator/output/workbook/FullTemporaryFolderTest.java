package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A temporary folder with no room left: the workbook's sheets stream their rows to temporary files
 * there, and the run must say so in one line naming the folder, not with POI's bare exception, and
 * leave no workbook behind.
 */
class FullTemporaryFolderTest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void aFullTemporaryFolderIsNamedAndNoWorkbookIsLeft() throws IOException {
        Path full = Path.of("/dev/full"); // Linux: every write fails with "No space left on device"
        assumeThat(Files.exists(full)).as("a system with /dev/full").isTrue();
        Batches.Written written = Batches.samples(dir.resolve("first"));
        // Each temporary file is a link to /dev/full: writing through it fails as a full disk does;
        // deleting it deletes the link.
        Path links = Files.createDirectories(dir.resolve("temporary"));
        AtomicInteger n = new AtomicInteger();
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                return Files.createSymbolicLink(links.resolve(prefix + n.incrementAndGet() + suffix), full).toFile();
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                return Files.createTempDirectory(links, prefix).toFile();
            }
        });
        Path out = Files.createDirectories(dir.resolve("second"));

        assertThatThrownBy(() -> ConsolidatedWorkbook.write(written.run(), written.settings(), out))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write the workbook's temporary files in the folder "
                        + System.getProperty("java.io.tmpdir") + " (java.io.tmpdir): ");
        try (var left = Files.list(out)) {
            assertThat(left).as("no workbook, whole or half").isEmpty();
        }
    }
}
