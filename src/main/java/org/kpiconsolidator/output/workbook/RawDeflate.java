package org.kpiconsolidator.output.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates what is written to it at the quickest level, raw (no zlib or gzip wrapping), keeping
 * the CRC-32 and the length of what came in. Closing ends the data with a sync flush, which leaves
 * the deflated bytes on a byte boundary and open to more blocks after them: those bytes, up to
 * {@link #joinableLength()}, can be followed by another deflate stream inside one zip entry. An
 * empty final block follows them, so that the bytes written are a whole deflate stream too.
 */
final class RawDeflate extends OutputStream {

    private final OutputStream out;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[64 * 1024];
    private long plainLength;
    private long written;
    private long joinableLength = -1;

    RawDeflate(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int offset, int length) throws IOException {
        if (joinableLength >= 0) {
            throw new IOException("written after close");
        }
        crc.update(b, offset, length);
        plainLength += length;
        deflater.setInput(b, offset, length);
        while (!deflater.needsInput()) {
            deflate(Deflater.NO_FLUSH);
        }
    }

    private int deflate(int flush) throws IOException {
        int n = deflater.deflate(buffer, 0, buffer.length, flush);
        out.write(buffer, 0, n);
        written += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (joinableLength >= 0) {
            return;
        }
        try {
            while (deflate(Deflater.SYNC_FLUSH) == buffer.length) {
                // more output waiting
            }
            joinableLength = written;
            deflater.finish();
            while (!deflater.finished()) {
                deflate(Deflater.NO_FLUSH);
            }
        } finally {
            deflater.end();
            out.close();
        }
    }

    /** The CRC-32 of the bytes written. */
    long crc() {
        return crc.getValue();
    }

    /** How many bytes were written. */
    long plainLength() {
        return plainLength;
    }

    /** How many deflated bytes come before the final block; -1 until closed. */
    long joinableLength() {
        return joinableLength;
    }
}
