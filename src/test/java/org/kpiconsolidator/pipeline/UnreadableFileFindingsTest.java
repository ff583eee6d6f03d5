package org.kpiconsolidator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.HostileFiles;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.workbook.UnreadableWorkbookException.Reason;

/** How unreadable files reach the discrepancy log: one finding, the right code, the reason as its key. */
class UnreadableFileFindingsTest {

    @TempDir
    Path dir;

    @Test
    void aFormUnderAPasswordIsFileEncryptedAndSaysTheEncryption() throws Exception {
        Path plain = SampleForms.bangKhaeDistrict().render(dir);
        Path locked = HostileFiles.save(dir, "locked.xlsx",
                HostileFiles.encryptedXlsx(Files.readAllBytes(plain), EncryptionMode.agile, "1234"));
        assertThat(Forms.process(locked).findings()).extracting(Finding::code, Finding::detail, Finding::stated)
                .containsExactly(tuple(Code.FILE_ENCRYPTED, "encrypted", "agile encryption (AES)"));
    }

    @Test
    void aFormUnderExcelsDefaultPasswordIsReadWithAnInfoFinding() throws Exception {
        for (SampleForms.Sample sample : List.of(SampleForms.bangKhaeDistrict(), SampleForms.chatuchakDistrict())) {
            Path plain = sample.render(dir);
            byte[] bytes = Files.readAllBytes(plain);
            byte[] velvet = plain.toString().endsWith(".xls")
                    ? HostileFiles.encryptedXls(bytes, HostileFiles.DEFAULT_PASSWORD)
                    : HostileFiles.encryptedXlsx(bytes, EncryptionMode.agile, HostileFiles.DEFAULT_PASSWORD);
            Path encrypted = HostileFiles.save(dir, "velvet-" + sample.fileName(), velvet);

            FileOutcome read = Forms.process(encrypted);
            FileOutcome original = Forms.process(plain);
            assertThat(read.readStatus()).as(sample.fileName()).isEqualTo(FileStatus.OK);
            assertThat(read.findings()).extracting(Finding::code).contains(Code.FILE_DEFAULT_PASSWORD);
            assertThat(codesAndCells(read)).as("the form reads as it does unencrypted")
                    .isEqualTo(codesAndCells(original));
        }
    }

    @Test
    void aLimitNamesItselfInTheFinding() {
        Path bomb = HostileFiles.save(dir, "bomb.xlsx", HostileFiles.zipBomb(10 * 1024 * 1024));
        assertThat(Forms.process(bomb).findings()).extracting(Finding::code, Finding::detail, Finding::stated,
                Finding::expected).containsExactly(
                        tuple(Code.FILE_UNREADABLE, "zip-bomb-ratio", "xl/worksheets/sheet1.xml", "1:100"));
    }

    static Stream<String> fileReasons() {
        List<String> keys = new ArrayList<>();
        for (Reason r : Reason.values()) {
            keys.add(r.key());
        }
        keys.addAll(List.of("timeout", "out-of-memory", "folder-unreadable", "io-error"));
        return keys.stream();
    }

    @ParameterizedTest
    @MethodSource("fileReasons")
    void everyReasonHasItsOwnMessageInThaiAndEnglish(String key) {
        Code code = key.startsWith("encrypt") ? Code.FILE_ENCRYPTED : Code.FILE_UNREADABLE;
        Finding f = Finding.of(code).file("x.xlsx").detail(key).stated("S").expected("E").build();
        Finding generic = Finding.of(code).file("x.xlsx").detail("no-such-reason").build();
        for (Language language : Language.values()) {
            assertThat(Messages.of(f, language)).as(language + " " + key)
                    .isNotEqualTo(Messages.of(generic, language).replace("no-such-reason", key))
                    .doesNotContain("{");
        }
    }

    @ParameterizedTest
    @MethodSource("skipReasons")
    void everySkipReasonHasItsOwnMessage(String key) {
        Finding f = Finding.of(Code.FILE_SKIPPED).file("x").detail(key).stated(".pdf").build();
        for (Language language : Language.values()) {
            assertThat(Messages.of(f, language)).doesNotContain("{", key); // the key shows only in the fallback
        }
    }

    static Stream<String> skipReasons() {
        return Stream.of(InputWalker.NOT_A_SPREADSHEET, InputWalker.LOCK_FILE, InputWalker.TEMPORARY_FILE,
                InputWalker.SYMBOLIC_LINK, InputWalker.SPECIAL_FILE);
    }

    private static List<String> codesAndCells(FileOutcome o) {
        return o.findings().stream().filter(f -> f.code() != Code.FILE_DEFAULT_PASSWORD)
                .map(f -> f.code() + "@" + f.sheet() + "!" + f.a1()).sorted().toList();
    }
}
