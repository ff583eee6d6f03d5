package org.kpiconsolidator.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.output.AtomicFile;
import org.kpiconsolidator.workbook.CellRef;

/**
 * Writes a unit's workbook back with its findings on it. The source is read into memory and never
 * opened for writing; the copy is written through a temporary file and renamed, in the source's own
 * format ({@code .xls} stays {@code .xls}).
 */
public final class AnnotatedCopy {

    /** The fill of a cell with at least one finding of the severity. */
    public static short fillOf(Severity severity) {
        return switch (severity) {
            case ERROR -> IndexedColors.CORAL.getIndex();
            case WARNING -> IndexedColors.LIGHT_ORANGE.getIndex();
            case INFO -> IndexedColors.PALE_BLUE.getIndex();
        };
    }

    private static final int COMMENT_COLUMNS = 4;
    private static final int COMMENT_ROWS = 6;

    private AnnotatedCopy() {
    }

    /**
     * The file extension a copy of {@code source} takes, by its content: {@code xls} for Excel
     * 97-2003, {@code xlsm} for an OOXML file named so, else {@code xlsx}.
     *
     * @throws IOException when the file is not a workbook POI can write back
     */
    public static String extensionFor(Path source) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(source))) {
            magic = FileMagic.valueOf(in);
        }
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        return switch (magic) {
            case OLE2 -> "xls";
            case OOXML -> name.endsWith(".xlsm") ? "xlsm" : "xlsx";
            default -> throw new IOException("not an Excel workbook (" + magic + ")");
        };
    }

    /**
     * Writes the annotated copy.
     *
     * @param source the unit's workbook; only read
     * @param findings the file's findings; those without a cell, or on a sheet the workbook lacks,
     *     are listed on the findings sheet only
     * @param language of the findings sheet and the comments
     * @param target where the copy goes; must not be the source
     * @throws IOException when the source cannot be read as a workbook or the copy cannot be written
     */
    public static void write(Path source, List<Finding> findings, Language language, Path target)
            throws IOException {
        if (Files.exists(target) && Files.isSameFile(source, target)) {
            throw new IOException("the annotated copy must not overwrite the form itself: " + target);
        }
        byte[] original = Files.readAllBytes(source);
        try (Workbook workbook = open(original)) {
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Finding.LOG_ORDER);
            markCells(workbook, sorted, language);
            FindingsSheet.add(workbook, sorted, language, source.getFileName().toString());
            AtomicFile.write(target, workbook::write);
        }
    }

    private static Workbook open(byte[] bytes) throws IOException {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new IOException("the workbook is protected with a password", e);
        } catch (RuntimeException e) {
            // POI reports damaged content with many unchecked exception types.
            throw new IOException("the workbook cannot be opened (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Colours each finding's cell by its most severe finding and comments it with every message. */
    private static void markCells(Workbook workbook, List<Finding> findings, Language language) {
        Map<CellRef, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.cell() != null && workbook.getSheet(f.cell().sheet()) != null) {
                byCell.computeIfAbsent(f.cell(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, CellStyle> styles = new HashMap<>();
        CreationHelper helper = workbook.getCreationHelper();
        for (Map.Entry<CellRef, List<Finding>> e : byCell.entrySet()) {
            CellRef ref = e.getKey();
            Sheet sheet = workbook.getSheet(ref.sheet());
            Row row = sheet.getRow(ref.row());
            if (row == null) {
                row = sheet.createRow(ref.row());
            }
            Cell cell = row.getCell(ref.column());
            if (cell == null) {
                cell = row.createCell(ref.column());
            }
            Severity worst = e.getValue().stream().map(Finding::severity).max(Comparator.naturalOrder())
                    .orElse(Severity.INFO);
            cell.setCellStyle(marked(workbook, cell.getCellStyle(), worst, styles));
            comment(sheet, cell, helper, commentText(e.getValue(), language));
        }
    }

    /** The cell's own style with the severity's fill; one new style per (style, severity), never one per cell. */
    private static CellStyle marked(Workbook workbook, CellStyle original, Severity severity,
            Map<String, CellStyle> cache) {
        return cache.computeIfAbsent(original.getIndex() + "/" + severity, k -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(original);
            style.setFillForegroundColor(fillOf(severity));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    private static String commentText(List<Finding> findings, Language language) {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(Messages.of(f, language)).append('\n')
                    .append(language == Language.EN ? "Rule: " : "กฎ: ").append(f.code().name());
            if (!f.expected().isEmpty()) {
                text.append('\n').append(language == Language.EN ? "Expected: " : "ค่าที่ถูกต้อง: ")
                        .append(f.expected());
            }
        }
        return text.toString();
    }

    private static void comment(Sheet sheet, Cell cell, CreationHelper helper, String text) {
        Comment existing = cell.getCellComment();
        String full = text;
        if (existing != null && existing.getString() != null) {
            full = text + "\n\n---\n" + existing.getString().getString();
            cell.removeCellComment();
        }
        // Reuse the sheet's drawing: creating a new one on an .xls sheet drops its existing shapes.
        Drawing<?> drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 1 + COMMENT_COLUMNS);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + COMMENT_ROWS);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(full));
        comment.setAuthor("kpi-consolidator");
        cell.setCellComment(comment);
    }
}
