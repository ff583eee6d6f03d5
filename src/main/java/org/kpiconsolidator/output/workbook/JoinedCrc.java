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
        int[] odd = new int[32];
        int[] even = new int[32];
        odd[0] = POLYNOMIAL;
        for (int n = 1, row = 1; n < 32; n++, row <<= 1) {
            odd[n] = row;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        int crc = (int) crcA;
        long length = lengthB;
        while (true) {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>>= 1;
            if (length == 0) {
                break;
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
