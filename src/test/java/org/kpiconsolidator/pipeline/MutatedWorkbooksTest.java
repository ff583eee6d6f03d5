package org.kpiconsolidator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.FileStatus;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.workbook.PoiWorkbookReader;

/**
 * Thousands of byte-level mutations of the sample workbooks (truncations, bit flips, overwritten
 * runs, corrupted zip entries and directory records, damaged OLE2 headers), each taken through
 * {@link FileProcessor#process}: none may throw, and each ends as a form, a non-form or exactly one
 * FILE_* finding. Seeded, so a failure names the mutation that caused it.
 */
class MutatedWorkbooksTest {

    private static final long SEED = 20_210_930L;
    private static final int MUTATIONS = 3_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void noMutationEscapesAsAnExceptionOrMoreThanOneFinding() throws Exception {
        List<byte[]> originals = new ArrayList<>();
        List<String> extensions = new ArrayList<>();
        for (SampleForms.Sample sample : SampleForms.all()) {
            Path file = sample.render(dir);
            originals.add(Files.readAllBytes(file));
            extensions.add(sample.fileName().substring(sample.fileName().lastIndexOf('.')));
        }
        FileProcessor processor = new FileProcessor(new PoiWorkbookReader(),
                RunSettings.defaults(List.of(dir), dir.resolve("out")));
        Random random = new Random(SEED);
        Map<FileStatus, Integer> statuses = new EnumMap<>(FileStatus.class);
        Path target = dir.resolve("mutated");
        Files.createDirectories(target);
        for (int i = 0; i < MUTATIONS; i++) {
            int which = random.nextInt(originals.size());
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] mutated = m.apply(originals.get(which), random);
            String name = "m" + i + "-" + m.name().toLowerCase() + extensions.get(which);
            Path file = Files.write(target.resolve(name), mutated);

            FileOutcome outcome;
            try {
                outcome = processor.process(new InputFile(file, name, null));
            } catch (Throwable t) {
                throw new AssertionError("mutation " + i + " (" + m + " of sample " + which + ", seed " + SEED
                        + ") escaped", t);
            }
            statuses.merge(outcome.readStatus(), 1, Integer::sum);
            if (outcome.readStatus() == FileStatus.UNREADABLE) {
                assertThat(outcome.findings()).as(name).singleElement()
                        .satisfies(f -> assertThat(f.code()).isIn(Code.FILE_UNREADABLE, Code.FILE_ENCRYPTED))
                        .satisfies(f -> assertThat(f.detail()).isNotEmpty());
            } else {
                assertThat(outcome.readStatus()).as(name).isIn(FileStatus.OK, FileStatus.NOT_A_FORM);
            }
            Files.delete(file);
        }
        // The mutations reach forms read whole and files refused, so the test exercises the readers, not
        // only the sniffing. (Which mutations leave a workbook without a recognisable form depends on the
        // samples; the reader's tolerance makes that outcome rare.)
        assertThat(statuses).containsKeys(FileStatus.OK, FileStatus.UNREADABLE);
    }

    /** Ways a file gets damaged in transit or by hand. */
    enum Mutation {
        TRUNCATE {
            @Override
            byte[] apply(byte[] b, Random r) {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
        },
        FLIP_BITS {
            @Override
            byte[] apply(byte[] b, Random r) {
                byte[] m = b.clone();
                for (int k = 1 + r.nextInt(16); k > 0; k--) {
                    m[r.nextInt(m.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return m;
            }
        },
        OVERWRITE_RUN {
            @Override
            byte[] apply(byte[] b, Random r) {
                byte[] m = b.clone();
                int at = r.nextInt(m.length);
                int end = Math.min(m.length, at + 1 + r.nextInt(64));
                for (int i = at; i < end; i++) {
                    m[i] = (byte) (r.nextBoolean() ? r.nextInt(256) : 0);
                }
                return m;
            }
        },
        INSERT_BYTES {
            @Override
            byte[] apply(byte[] b, Random r) {
                int at = r.nextInt(b.length);
                byte[] extra = new byte[1 + r.nextInt(32)];
                r.nextBytes(extra);
                byte[] m = new byte[b.length + extra.length];
                System.arraycopy(b, 0, m, 0, at);
                System.arraycopy(extra, 0, m, at, extra.length);
                System.arraycopy(b, at, m, at + extra.length, b.length - at);
                return m;
            }
        },
        /** Flips bytes inside one zip entry's compressed data (an .xls gets bit flips instead). */
        CORRUPT_ZIP_ENTRY {
            @Override
            byte[] apply(byte[] b, Random r) {
                List<Integer> entries = signatures(b, 3, 4);
                if (entries.isEmpty()) {
                    return FLIP_BITS.apply(b, r);
                }
                int header = entries.get(r.nextInt(entries.size()));
                int nameLength = u16(b, header + 26);
                int extraLength = u16(b, header + 28);
                int data = header + 30 + nameLength + extraLength;
                byte[] m = b.clone();
                for (int k = 1 + r.nextInt(4); k > 0 && data < m.length; k--) {
                    int at = Math.min(m.length - 1, data + r.nextInt(Math.max(1, Math.min(400, m.length - data))));
                    m[at] = (byte) r.nextInt(256);
                }
                return m;
            }
        },
        /** Rewrites a size, offset or method field of one central-directory record. */
        CORRUPT_ZIP_DIRECTORY {
            @Override
            byte[] apply(byte[] b, Random r) {
                List<Integer> records = signatures(b, 1, 2);
                if (records.isEmpty()) {
                    return CORRUPT_OLE2_HEADER.apply(b, r);
                }
                int record = records.get(r.nextInt(records.size()));
                int[] fields = {10, 20, 24, 28, 42}; // method, compressed size, size, name length, offset
                int at = record + fields[r.nextInt(fields.length)];
                byte[] m = b.clone();
                for (int k = 0; k < 4 && at + k < m.length; k++) {
                    m[at + k] = (byte) r.nextInt(256);
                }
                return m;
            }
        },
        /** Rewrites a field of the OLE2 header: sector size, table counts, the first sectors. */
        CORRUPT_OLE2_HEADER {
            @Override
            byte[] apply(byte[] b, Random r) {
                if (b.length < 512 || b[0] != (byte) 0xD0) {
                    return OVERWRITE_RUN.apply(b, r);
                }
                int[] fields = {0x1E, 0x2C, 0x30, 0x3C, 0x44, 0x48, 0x4C, 0x50};
                int at = fields[r.nextInt(fields.length)];
                byte[] m = b.clone();
                for (int k = 0; k < 4; k++) {
                    m[at + k] = (byte) r.nextInt(256);
                }
                return m;
            }
        };

        abstract byte[] apply(byte[] bytes, Random random);

        /** Offsets of the zip signatures {@code PK c d}. */
        static List<Integer> signatures(byte[] b, int c, int d) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i + 3 < b.length; i++) {
                if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == c && b[i + 3] == d) {
                    at.add(i);
                }
            }
            return at;
        }

        static int u16(byte[] b, int at) {
            return at + 1 < b.length ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : 0;
        }
    }
}
