package org.kpiconsolidator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.output.StagedOutputs;
import org.kpiconsolidator.testing.HostileFiles;

/** Every file under the inputs is read or skipped with a reason; nothing traps or stalls the walk. */
class InputWalkerTest {

    @TempDir
    Path input;

    @Test
    @Timeout(20)
    void linksAreListedNotFollowedSoLoopsCannotTrapTheWalk() throws Exception {
        Path forms = Files.createDirectories(input.resolve("forms"));
        HostileFiles.save(forms, "form.xlsx", HostileFiles.plainXlsx());
        Files.createSymbolicLink(forms.resolve("loop"), input);
        Files.createSymbolicLink(forms.resolve("link.xlsx"), forms.resolve("form.xlsx"));

        assertThat(walk()).containsExactly(
                tuple("forms/form.xlsx", null),
                tuple("forms/link.xlsx", InputWalker.SYMBOLIC_LINK),
                tuple("forms/loop", InputWalker.SYMBOLIC_LINK));
    }

    @Test
    void lockTemporaryAndOtherFilesAreSkippedWithTheirReason() throws Exception {
        byte[] xlsx = HostileFiles.plainXlsx();
        for (String name : new String[] {"form.xlsx", "~$form.xlsx", ".~lock.form.xlsx#", "._form.xlsx",
                "form.xlsx.tmp", "Thumbs.db", "evidence.pdf", "README"}) {
            HostileFiles.save(input, name, xlsx);
        }
        assertThat(walk()).containsExactly(
                tuple("._form.xlsx", InputWalker.TEMPORARY_FILE),
                tuple(".~lock.form.xlsx#", InputWalker.LOCK_FILE),
                tuple("README", InputWalker.NOT_A_SPREADSHEET),
                tuple("Thumbs.db", InputWalker.TEMPORARY_FILE),
                tuple("evidence.pdf", InputWalker.NOT_A_SPREADSHEET),
                tuple("form.xlsx", null),
                tuple("form.xlsx.tmp", InputWalker.TEMPORARY_FILE),
                tuple("~$form.xlsx", InputWalker.LOCK_FILE));
    }

    @Test
    void outputFoldersInsideTheInputAreNotReadBack() throws Exception {
        HostileFiles.save(input, "form.xlsx", HostileFiles.plainXlsx());
        Path out = Files.createDirectories(input.resolve("out"));
        HostileFiles.save(out, "consolidated.xlsx", HostileFiles.plainXlsx());
        Path earlier = Files.createDirectories(input.resolve("last-year"));
        HostileFiles.save(earlier, "consolidated.xlsx", HostileFiles.plainXlsx());
        HostileFiles.save(earlier, StagedOutputs.MANIFEST, "consolidated.xlsx\n".getBytes());
        Path staging = Files.createDirectories(input.resolve(".out.kpi-new-3k9x"));
        HostileFiles.save(staging, "consolidated.xlsx", HostileFiles.plainXlsx());

        assertThat(InputWalker.walk(List.of(input), out)).extracting(InputFile::name).containsExactly("form.xlsx");
    }

    @Test
    void longThaiNamesAreRead() throws Exception {
        String name = "แบบฟอร์มรายงานผลการปฏิบัติราชการ".repeat(2) + "สำนักงานเขตบางแค" + ".xlsx";
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(200, 255);
        HostileFiles.save(input, name, HostileFiles.plainXlsx());
        assertThat(walk()).containsExactly(tuple(name, null));
        assertThat(run().files()).extracting(f -> f.readStatus()).containsExactly(FileStatus.NOT_A_FORM);
    }

    @Test
    void namesThatAreNotUtf8KeepTheirBytesForOpening() throws Exception {
        Path form = HostileFiles.save(input.getParent(), input.getFileName() + "-form.xlsx", HostileFiles.plainXlsx());
        // Java cannot spell such a name; the shell can (byte 0xFF is never valid UTF-8).
        boolean made = shell("cp \"$1\" \"$(printf '%s/bad\\377name.xlsx' \"$2\")\"", form.toString(), input.toString());
        assumeTrue(made, "a shell that can create a file with a non-UTF-8 name");

        List<InputFile> files = InputWalker.walk(List.of(input), input.resolve("out"));
        assertThat(files).extracting(InputFile::name).containsExactly("bad\uFFFDname.xlsx");
        Consolidation c = run();
        assertThat(c.files()).extracting(f -> f.readStatus()).containsExactly(FileStatus.NOT_A_FORM);
    }

    @Test
    @Timeout(20)
    void pipesAreSkippedRatherThanReadForever() throws Exception {
        boolean made = shell("mkfifo \"$1/waiting.xlsx\"", input.toString());
        assumeTrue(made, "mkfifo");
        assertThat(walk()).containsExactly(tuple("waiting.xlsx", InputWalker.SPECIAL_FILE));
        assertThat(InputWalker.walk(List.of(input.resolve("waiting.xlsx")), input.resolve("out")))
                .extracting(InputFile::skipReason).containsExactly(InputWalker.SPECIAL_FILE);
        assertThat(run().findings()).extracting(Finding::code, Finding::detail)
                .containsExactly(tuple(Code.FILE_SKIPPED, InputWalker.SPECIAL_FILE));
    }

    @Test
    void unreadableFilesAndFoldersAreReportedNotLost() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "permissions do not bind root");
        HostileFiles.save(input, "locked.xlsx", HostileFiles.plainXlsx());
        Files.setPosixFilePermissions(input.resolve("locked.xlsx"), PosixFilePermissions.fromString("---------"));
        Path closed = Files.createDirectories(input.resolve("closed"));
        HostileFiles.save(closed, "inside.xlsx", HostileFiles.plainXlsx());
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            assertThat(run().findings()).extracting(Finding::file, Finding::code, Finding::detail).containsExactly(
                    tuple("closed", Code.FILE_UNREADABLE, "folder-unreadable"),
                    tuple("locked.xlsx", Code.FILE_UNREADABLE, "io-error"));
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private List<org.assertj.core.groups.Tuple> walk() throws IOException {
        return InputWalker.walk(List.of(input), input.resolve("out")).stream()
                .map(f -> tuple(f.name(), f.skipReason())).toList();
    }

    private Consolidation run() throws IOException {
        return new BatchRunner().run(RunSettings.defaults(List.of(input), input.resolve("out")), f -> { });
    }

    /** Runs {@code sh -c script} with arguments; false when there is no such shell or it fails. */
    private static boolean shell(String script, String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("sh", "-c", script, "sh"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
