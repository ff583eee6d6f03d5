package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Joined CRCs and joined deflate streams: the two things a sheet's zip entry is made of. */
class JoinedCrcTest {

    @Test
    void theCrcOfTwoPartsJoinedIsTheCrcOfTheWhole() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            byte[] whole = new byte[random.nextInt(round < 250 ? 300 : 200_000)];
            random.nextBytes(whole);
            int cut = whole.length == 0 ? 0 : random.nextInt(whole.length + 1);
            long a = crc(Arrays.copyOfRange(whole, 0, cut));
            long b = crc(Arrays.copyOfRange(whole, cut, whole.length));
            assertThat(JoinedCrc.of(a, b, whole.length - cut)).as("cut at %d of %d", cut, whole.length)
                    .isEqualTo(crc(whole));
        }
    }

    @Test
    void rowsDeflatedApartGoOnIntoTheXmlAfterThem() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 40; round++) {
            byte[] head = text(random, random.nextInt(3_000));
            byte[] rows = text(random, round == 0 ? 0 : random.nextInt(300_000));
            byte[] tail = text(random, random.nextInt(3_000));
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            RawDeflate deflate = new RawDeflate(file);
            for (int at = 0; at < rows.length;) {
                int n = Math.min(rows.length - at, 1 + random.nextInt(70_000));
                deflate.write(rows, at, n);
                at += n;
            }
            deflate.close();
            deflate.close(); // closing twice is harmless
            byte[] written = file.toByteArray();
            assertThat(inflate(written)).as("the file alone").isEqualTo(rows);
            assertThat(deflate.crc()).isEqualTo(crc(rows));
            assertThat(deflate.plainLength()).isEqualTo(rows.length);

            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.write(deflated(head, false));
            joined.write(written, 0, (int) deflate.joinableLength());
            joined.write(deflated(tail, true));
            byte[] expected = concat(head, rows, tail);
            assertThat(inflate(joined.toByteArray())).isEqualTo(expected);
            long crc = JoinedCrc.of(JoinedCrc.of(crc(head), deflate.crc(), rows.length), crc(tail), tail.length);
            assertThat(crc).isEqualTo(crc(expected));
        }
    }

    /** Repetitive text, as XML is, so the deflater finds matches across the writes. */
    private static byte[] text(Random random, int length) {
        String[] words = {"<c r=\"A1\">", "ตัวชี้วัด", "</c>", "0.5", " ", "<row>"};
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append(words[random.nextInt(words.length)]);
        }
        return s.substring(0, length).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] deflated(byte[] data, boolean last) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        d.setInput(data);
        byte[] out = new byte[data.length * 2 + 64];
        int n;
        if (last) {
            d.finish();
            n = d.deflate(out);
        } else {
            n = d.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
        }
        d.end();
        return Arrays.copyOf(out, n);
    }

    private static byte[] inflate(byte[] raw) throws DataFormatException, IOException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && !inflater.finished() && inflater.needsInput()) {
                throw new IOException("the deflate stream ends without its final block");
            }
            out.write(buffer, 0, n);
        }
        assertThat(inflater.getRemaining()).as("bytes after the final block").isZero();
        inflater.end();
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }
}
