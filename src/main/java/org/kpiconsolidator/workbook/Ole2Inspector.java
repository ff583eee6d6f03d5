package org.kpiconsolidator.workbook;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.kpiconsolidator.workbook.UnreadableWorkbookException.Reason;

/**
 * Checks an OLE2 (Compound File) container before POI opens it: that it is whole, what it holds
 * (an .xls workbook, an encrypted .xlsx, an Excel 5/95 workbook, a Word file...), whether it needs
 * a password other than Excel's built-in default, and, for an .xls, how many cells its records
 * hold (a walk over record headers, which stay unencrypted even in an encrypted .xls).
 */
final class Ole2Inspector {

    private static final int FREE_SECTOR = -1;
    private static final int MAX_REGULAR_SECTOR = 0xFFFFFFFA;
    private static final int HEADER_FAT_SECTORS = 109;

    private static final int FILEPASS = 0x002F;
    private static final int MULRK = 0x00BD;
    private static final int MULBLANK = 0x00BE;

    private Ole2Inspector() {
    }

    static Inspection inspect(Path file, long size, ReadLimits limits) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return encryptedPackage(root);
            }
            String workbook = workbookEntry(root);
            return workbookStream(root, workbook, limits);
        } catch (IOException | RuntimeException e) {
            throw looksTruncated(file) ? new UnreadableWorkbookException(Reason.TRUNCATED, "", "", e)
                    : new UnreadableWorkbookException(Reason.CORRUPT, "OLE2: " + e.getClass().getSimpleName(), "", e);
        }
    }

    /** An encrypted .xlsx (or .xlsb) in its OLE2 envelope: opens only with the default password. */
    private static Inspection encryptedPackage(DirectoryNode root) throws UnreadableWorkbookException {
        EncryptionInfo info;
        boolean opens;
        try {
            info = new EncryptionInfo(root);
            Decryptor decryptor = info.getDecryptor();
            opens = decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new UnreadableWorkbookException(Reason.ENCRYPTION_DAMAGED, e.getClass().getSimpleName(), "", e);
        }
        String mode = describe(info.getEncryptionMode());
        if (!opens) {
            throw new UnreadableWorkbookException(Reason.ENCRYPTED, mode);
        }
        return new Inspection(SpreadsheetFormat.OOXML, mode, true);
    }

    private static String describe(EncryptionMode mode) {
        switch (mode) {
            case agile:
                return "agile encryption (AES)";
            case standard:
                return "standard encryption (AES)";
            case cryptoAPI:
                return "RC4 CryptoAPI";
            case binaryRC4:
                return "RC4";
            default:
                return "XOR obfuscation";
        }
    }

    private static String workbookEntry(DirectoryNode root) throws UnreadableWorkbookException {
        String biff5 = null;
        for (Entry e : root) {
            String name = e.getName();
            if (name.equalsIgnoreCase("Workbook")) {
                return name;
            }
            if (name.equals("Book")) {
                biff5 = name;
            } else if (name.equalsIgnoreCase("Book")) {
                return name; // some writers name a BIFF8 stream BOOK
            }
        }
        if (biff5 != null) {
            throw new UnreadableWorkbookException(Reason.OLD_EXCEL, "Excel 5.0/95 (BIFF5)");
        }
        if (root.hasEntryCaseInsensitive("WordDocument")) {
            throw new UnreadableWorkbookException(Reason.OTHER_DOCUMENT, "Word 97-2003 (.doc)");
        }
        if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
            throw new UnreadableWorkbookException(Reason.OTHER_DOCUMENT, "PowerPoint 97-2003 (.ppt)");
        }
        throw new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, "OLE2 container without a workbook");
    }

    /**
     * Walks the record headers of the workbook stream: counts cells (as POI will hold them, blank
     * formatted cells included) and looks for the FILEPASS record of an encrypted .xls.
     */
    private static Inspection workbookStream(DirectoryNode root, String name, ReadLimits limits)
            throws IOException, UnreadableWorkbookException {
        long cells = 0;
        String encryption = "";
        try (DocumentInputStream in = root.createDocumentInputStream(name)) {
            while (in.available() >= 4) {
                int sid = in.readUShort();
                int length = in.readUShort();
                if (length > in.available()) {
                    break; // a short last record: POI decides whether it can read the rest
                }
                if (sid == FILEPASS) {
                    encryption = filePass(in, length);
                    continue;
                }
                cells += cellsOf(sid, length);
                if (cells > limits.maxCells()) {
                    throw new UnreadableWorkbookException(Reason.TOO_MANY_CELLS, "> " + limits.maxCells(),
                            Integer.toString(limits.maxCells()), null);
                }
                in.skipNBytes(length);
            }
        }
        // An encrypted .xls opens only with the default password; POI tries it and says if it fails.
        return new Inspection(SpreadsheetFormat.BIFF8, encryption, !encryption.isEmpty());
    }

    private static String filePass(DocumentInputStream in, int length) throws IOException {
        byte[] data = new byte[length];
        in.readFully(data);
        if (length < 2 || data[0] == 0) {
            return "XOR obfuscation";
        }
        int version = length >= 4 ? (data[2] & 0xFF) : 1;
        return version == 1 ? "RC4" : "RC4 CryptoAPI";
    }

    /** Cells a record holds: one for a cell record, several for MULRK and MULBLANK. */
    private static long cellsOf(int sid, int length) {
        switch (sid) {
            case 0x0203: // NUMBER
            case 0x027E: // RK
            case 0x00FD: // LABELSST
            case 0x0204: // LABEL
            case 0x00D6: // RSTRING
            case 0x0006: // FORMULA
            case 0x0205: // BOOLERR
            case 0x0201: // BLANK
                return 1;
            case MULRK:
                return Math.max(0, (length - 6) / 6);
            case MULBLANK:
                return Math.max(0, (length - 6) / 2);
            default:
                return 0;
        }
    }

    /**
     * Whether a file that POI failed on looks cut off: its header still lists the sectors of its
     * allocation table, and a sector in use starts past the end of the file. (Asked only after a
     * failure: fuzzed but readable files can mark sectors they never use.)
     */
    static boolean looksTruncated(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long size = raf.length();
            if (size < 512) {
                return true;
            }
            ByteBuffer header = read(raf, 0, 512);
            int shift = header.getShort(0x1E) & 0xFFFF;
            if (shift != 9 && shift != 12) {
                return false;
            }
            int sectorSize = 1 << shift;
            int fatSectors = header.getInt(0x2C);
            int entriesPerSector = sectorSize / 4;
            long lastUsed = -1;
            for (int i = 0; i < Math.min(fatSectors, HEADER_FAT_SECTORS); i++) {
                long at = Integer.toUnsignedLong(header.getInt(0x4C + 4 * i));
                if (at > Integer.toUnsignedLong(MAX_REGULAR_SECTOR)) {
                    continue;
                }
                if ((at + 2) * sectorSize > size) {
                    return true; // a sector of the allocation table itself is missing
                }
                ByteBuffer fat = read(raf, (at + 1) * sectorSize, sectorSize);
                for (int j = 0; j < entriesPerSector; j++) {
                    if (fat.getInt(4 * j) != FREE_SECTOR) {
                        lastUsed = (long) i * entriesPerSector + j;
                    }
                }
            }
            return (lastUsed + 1) * sectorSize >= size; // the last sector may be short, but must start
        } catch (IOException e) {
            return false;
        }
    }

    private static ByteBuffer read(RandomAccessFile raf, long at, int n) throws IOException {
        byte[] b = new byte[n];
        raf.seek(at);
        raf.readFully(b);
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }
}
