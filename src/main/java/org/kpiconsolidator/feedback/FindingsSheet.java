package org.kpiconsolidator.feedback;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Messages;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.text.ThaiText;

/**
 * The first sheet of an annotated copy: every finding, most important first in log order, with a
 * link to its cell. No cell of this sheet starts with {@code องค์ประกอบที่ N}, so a unit that sends
 * the annotated copy back does not add a phantom form block to its submission.
 */
final class FindingsSheet {

    static final String NAME_TH = "ผลการตรวจสอบ";
    static final String NAME_EN = "Check results";
    private static final String ANCHOR_KEY = "องค์ประกอบที่";
    private static final int[] COLUMN_CHARS = {8, 12, 24, 30, 10, 12, 12, 60, 40};

    private FindingsSheet() {
    }

    static void add(Workbook workbook, List<Finding> findings, Language language, String fileName) {
        boolean en = language == Language.EN;
        String name = uniqueName(workbook, en ? NAME_EN : NAME_TH);
        Sheet sheet = workbook.createSheet(name);
        workbook.setSheetOrder(name, 0);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).setSelected(i == 0);
        }
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        for (int c = 0; c < COLUMN_CHARS.length; c++) {
            sheet.setColumnWidth(c, COLUMN_CHARS[c] * 256);
        }

        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        CellStyle link = workbook.createCellStyle();
        link.cloneStyleFrom(wrap);
        link.setFont(linkFont);

        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        text(sheet.createRow(0), 0, (en ? "Check results of " : "ผลการตรวจสอบแบบฟอร์ม ") + fileName, title);
        text(sheet.createRow(1), 0, findings.isEmpty()
                ? (en ? "No findings." : "ไม่พบข้อผิดพลาด")
                : en ? errors + " errors, " + warnings + " warnings. Click a cell reference to go to the cell;"
                        + " the cell is coloured and its comment says what to do."
                        : "ข้อผิดพลาด " + errors + " รายการ คำเตือน " + warnings + " รายการ คลิกตำแหน่งเพื่อไปยังเซลล์"
                                + " เซลล์ที่ต้องแก้มีสีและมีความเห็นบอกวิธีแก้", wrap);
        List<String> headers = en
                ? List.of("No.", "Severity", "Rule", "Cell", "Indicator", "Stated", "Expected", "What is wrong",
                        "What to do")
                : List.of("ลำดับ", "ความรุนแรง", "กฎ", "ตำแหน่ง", "ตัวชี้วัด", "ที่ระบุ", "ที่ถูกต้อง", "สิ่งที่ผิด",
                        "วิธีแก้");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMN_CHARS.length - 1));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMN_CHARS.length - 1));
        sheet.getRow(1).setHeightInPoints(30f);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        Row head = sheet.createRow(3);
        for (int c = 0; c < headers.size(); c++) {
            text(head, c, headers.get(c), header);
        }
        int r = 4;
        for (Finding f : findings) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 3);
            text(row, 1, severity(f.severity(), language), wrap);
            text(row, 2, f.code().name(), wrap);
            Cell where = text(row, 3, location(f, en), f.cell() == null ? wrap : link);
            if (f.cell() != null && workbook.getSheet(f.cell().sheet()) != null) {
                Hyperlink h = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress("'" + f.cell().sheet().replace("'", "''") + "'!" + f.cell().a1());
                where.setHyperlink(h);
            }
            text(row, 4, f.indicator(), wrap);
            text(row, 5, f.stated(), wrap);
            text(row, 6, f.expected(), wrap);
            Messages.Parts parts = Messages.parts(f, language);
            text(row, 7, parts.problem(), wrap);
            text(row, 8, parts.action(), wrap);
            r++;
        }
        sheet.createFreezePane(0, 4);
    }

    /** {@code D23 (องค์ประกอบที่ 1)}: the cell first, so the text never starts with a block label. */
    private static String location(Finding f, boolean en) {
        if (f.cell() == null) {
            return en ? "(whole file)" : "(ทั้งไฟล์)";
        }
        return f.cell().a1() + " (" + f.cell().sheet() + ")";
    }

    private static String severity(Severity s, Language language) {
        if (language == Language.EN) {
            return s.name();
        }
        return switch (s) {
            case ERROR -> "ผิดพลาด";
            case WARNING -> "คำเตือน";
            case INFO -> "ข้อสังเกต";
        };
    }

    /** Writes text as a string cell, never a formula; a text that would read as a block label gets a bullet. */
    private static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        String v = value == null ? "" : value;
        String key = ThaiText.keyOf(v);
        if (key.startsWith(ANCHOR_KEY) && key.length() > ANCHOR_KEY.length()
                && Character.isDigit(key.charAt(ANCHOR_KEY.length()))) {
            v = "• " + v;
        }
        cell.setCellValue(v);
        cell.setCellStyle(style);
        return cell;
    }

    private static String uniqueName(Workbook workbook, String base) {
        String name = base;
        for (int i = 2; workbook.getSheet(name) != null; i++) {
            name = base + " (" + i + ")";
        }
        return name;
    }
}
