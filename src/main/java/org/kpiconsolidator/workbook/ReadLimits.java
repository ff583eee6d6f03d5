package org.kpiconsolidator.workbook;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The safety limits of reading one workbook. A file over a limit is unreadable, and the finding
 * names the limit; nothing over a limit is ever loaded into memory.
 *
 * <p>The per-reader limits are checked by {@link PoiWorkbookReader} before POI parses anything
 * (file size on disk; XML size and cell count by a streaming scan of the package, or a walk over
 * the record headers of an .xls). The process-wide limits below are POI's own, set once by
 * {@link #installPoiLimits()}; POI checks them while it inflates and allocates.
 *
 * <p>Sized for {@code -Xmx512m}: POI's usermodel holds about 16 bytes of heap per byte of sheet
 * XML (about 660 bytes per .xlsx cell, 170 per .xls cell), so a workbook at the limits needs about
 * 400 MB while it is read and runs on its own (see the pipeline's memory budget).
 *
 * @param maxFileBytes the largest file read, checked before it is opened
 * @param maxXmlBytes the most XML an .xlsx package may expand to, all parts together
 * @param maxCells the most cells in a workbook: blank formatted cells included (POI holds them), and
 *     the cells merged regions cover (the later stages index them), at most 400 per region
 * @param maxTextChars the most text in a workbook's cells, counting a shared string once per cell
 *     that shows it (the later stages keep normalised copies of every cell's text)
 */
public record ReadLimits(long maxFileBytes, long maxXmlBytes, int maxCells, long maxTextChars) {

    private static final long MIB = 1024 * 1024;

    /** The limits of a normal run: 50 MB files, 24 MB of XML, 300,000 cells, 16 million characters. */
    public static final ReadLimits DEFAULT = new ReadLimits(50 * MIB, 24 * MIB, 300_000, 16_000_000);

    /**
     * POI: the most one zip part may inflate to, and the largest byte array POI may allocate from
     * a length a file declares. POI's own defaults are 4 GB per entry and per-record maxima of up
     * to 250 MB; one limit that fits the heap replaces them all, HSSF's record and picture maxima
     * ({@code HSSFWorkbook.setMaxRecordLength}, {@code setMaxImageLength}) included. (BIFF8 records
     * themselves cannot exceed 8,224 bytes; POI enforces that on its own.)
     */
    public static final long MAX_PART_BYTES = 32 * MIB;

    /**
     * POI: a zip part may not inflate more than 100 times its compressed size (POI's default,
     * 0.01, kept on purpose: real sheet XML compresses 5 to 30 times). Parts under
     * {@link #GRACE_PART_BYTES} are not checked, as tiny parts compress extremely well.
     */
    public static final double MIN_INFLATE_RATIO = 0.01;

    /** POI: the size under which a part's inflate ratio is not checked (POI's default, 100 KB). */
    public static final long GRACE_PART_BYTES = 100 * 1024;

    /** POI: the most parts a package may hold (POI's default, 1,000). */
    public static final long MAX_PARTS = 1_000;

    /**
     * POI: the most characters POI's text extractors return. This reader never uses them (it reads
     * cells); set so that nothing in the process runs on a default nobody chose.
     */
    public static final long MAX_EXTRACTED_TEXT = 10 * MIB;

    /** Excel's own maximum text in one cell; longer text (only crafted files hold it) is cut. */
    public static final int MAX_CELL_TEXT = 32_767;

    public ReadLimits {
        if (maxFileBytes < 1 || maxXmlBytes < 1 || maxCells < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * Sets POI's process-wide limits. Idempotent; called before the first file is opened.
     * XML entity expansion needs no setting: POI parses every part with DOCTYPE declarations
     * disallowed, and {@link PoiWorkbookReader} rejects such parts before POI sees them.
     */
    public static void installPoiLimits() {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setGraceEntrySize(GRACE_PART_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        ZipSecureFile.setMaxTextSize(MAX_EXTRACTED_TEXT);
        IOUtils.setByteArrayMaxOverride((int) MAX_PART_BYTES);
    }
}
