package org.kpiconsolidator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void anOutputHasThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        assumeThat(Files.getFileAttributeView(dir, PosixFileAttributeView.class)).isNotNull();
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path output = dir.resolve("summary.csv");

        AtomicFile.write(output, out -> out.write("file,unit\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(output)).isEqualTo("file,unit\r\n");
        assertThat(Files.getPosixFilePermissions(output)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryOne() throws Exception {
        Path output = Files.writeString(dir.resolve("summary.csv"), "previous");

        assertThatThrownBy(() -> AtomicFile.write(output, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(output)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(output);
        }
    }
}
