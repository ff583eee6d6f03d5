package org.kpiconsolidator.output.workbook;

/**
 * The CRC-32 of two byte sequences joined, from their own CRCs and the second one's length, as
 * zlib's {@code crc32_combine} computes it (the JDK's {@code CRC32} has no such method). A sheet's
 * rows are deflated and checksummed while they are written; the XML around them is known only
 * when the workbook is, and the zip entry needs the CRC of the whole.
 */
final class JoinedCrc {

    /** The reflected CRC-32 polynomial. */
    private static final int POLYNOMIAL = 0xEDB88320;

    private JoinedCrc() {
    }

    static long of(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        // Appending lengthB zero bytes to A is a linear map over GF(2); square the one-zero-bit
        // operator up to the bits of the length, then add B's CRC.
        int[] operator = new int[32];
        int[] scratch = new int[32];
        operator[0] = POLYNOMIAL; // one zero bit
        for (int n = 1, row = 1; n < 32; n++, row <<= 1) {
            operator[n] = row;
        }
        square(scratch, operator); // two zero bits
        square(operator, scratch); // four zero bits
        int crc = (int) crcA;
        for (long length = lengthB; length != 0; length >>>= 1) {
            square(scratch, operator); // twice the zero bits: a byte, then two, four...
            int[] squared = scratch;
            scratch = operator;
            operator = squared;
            if ((length & 1) != 0) {
                crc = times(operator, crc);
            }
        }
        return (crc ^ (int) crcB) & 0xFFFFFFFFL;
    }

    private static int times(int[] matrix, int vector) {
        int sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(int[] square, int[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
