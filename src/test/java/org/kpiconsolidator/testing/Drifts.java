package org.kpiconsolidator.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * What real submissions do to the form's layout (SPEC 2.5), one named drift at a time, so a test can
 * render any sample in every drift, alone or combined, and expect the same records as the clean
 * rendering. A drift changes the {@link Layout} (sheets, offsets, row variations) and may change the
 * written file afterwards (a hidden draft sheet).
 */
public final class Drifts {

    private Drifts() {
    }

    /** A named drift. */
    public record Drift(String name, UnaryOperator<Layout> layout, FileChange file) {

        @Override
        public String toString() {
            return name;
        }

        /** Several drifts applied in order, as one. */
        public static Drift combined(String name, List<Drift> drifts) {
            UnaryOperator<Layout> all = l -> {
                Layout result = l;
                for (Drift d : drifts) {
                    result = d.layout().apply(result);
                }
                return result;
            };
            return new Drift(name, all, path -> {
                for (Drift d : drifts) {
                    d.file().apply(path);
                }
            });
        }
    }

    /** A change to the written workbook file. */
    @FunctionalInterface
    public interface FileChange {
        void apply(Path file) throws IOException;

        FileChange NONE = path -> { };
    }

    private static Drift rows(String name, LayoutVariation variation) {
        return new Drift(name, l -> l.withVariation(variation), FileChange.NONE);
    }

    /** Every drift on its own. */
    public static List<Drift> each() {
        return List.of(insertedRows(), deletedRows(), tablesInColumnC(), spacerColumns(), mergedHeaderCells(),
                twoRowHeaders(), lineBreaksInHeaders(), valueInNextCell(), valueTwoCellsRight(), contactInOneCell(),
                contactSplit(), allBlocksOnOneSheet(), onePerSheet(), sheetsReversed(), coverLines(), textNoise(),
                thaiDigits(), numbersAsText(), percentFormats(), levelSpellings(), labelWordings(), formulas(),
                hiddenDraftSheet());
    }

    /** The drifts that combine with each other, all at once. */
    public static Drift combined() {
        return Drift.combined("combined", List.of(insertedRows(), tablesInColumnC(), spacerColumns(), twoRowHeaders(),
                lineBreaksInHeaders(), valueTwoCellsRight(), contactSplit(), textNoise(), thaiDigits(),
                percentFormats(), levelSpellings(), sheetsReversed(), coverLines(), hiddenDraftSheet()));
    }

    // ---- rows -----------------------------------------------------------------------------------

    /** Notes and blank rows between sections, and rows inserted inside the header lines. */
    public static Drift insertedRows() {
        return rows("inserted rows", new LayoutVariation() {
            @Override
            public void beforeRow(RowKind kind, FormWriter out) {
                switch (kind) {
                    case RUBRIC_LABEL -> out.skipRows(2);
                    case RESULTS_LABEL -> out.writeRow(List.of("หมายเหตุ: ข้อมูล ณ วันที่ 30 กันยายน 2564"));
                    case CONTACT_LINE -> out.skipRows(1);
                    case SUMMARY_TITLE, DETAIL_TITLE -> {
                        out.skipRows(1);
                        out.writeRow(List.of("(ปรับปรุงข้อมูลครั้งที่ 2)"));
                    }
                    case DETAIL_HEADER -> out.skipRows(2);
                    default -> { }
                }
            }
        });
    }

    /** Blank rows, the floor note and the results label left out. */
    public static Drift deletedRows() {
        return rows("deleted rows", new LayoutVariation() {
            @Override
            public boolean keep(RowKind kind, FormWriter out) {
                return kind != RowKind.BLANK && kind != RowKind.RUBRIC_FLOOR_NOTE && kind != RowKind.RESULTS_LABEL
                        && kind != RowKind.FORM_TITLE;
            }
        });
    }

    public static Drift tablesInColumnC() {
        return new Drift("tables in column C", l -> l.withColumnOffset(2), FileChange.NONE);
    }

    /** A blank column inside every table, after its first column. */
    public static Drift spacerColumns() {
        return rows("spacer columns", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if (!isTable(kind) || cells.size() < 2) {
                    return cells;
                }
                List<Object> spaced = new ArrayList<>(cells);
                spaced.add(1, null);
                return spaced;
            }
        });
    }

    /** The results table's first column spans two merged columns. */
    public static Drift mergedHeaderCells() {
        return rows("merged cells", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if (!isResults(kind) || cells.size() != 5) {
                    return cells;
                }
                List<Object> wide = new ArrayList<>(cells);
                wide.add(1, null);
                return wide;
            }

            @Override
            public void afterRow(RowKind kind, Row row, FormWriter out) {
                if (isResults(kind) && row.getLastCellNum() - out.columnOffset() >= 5) {
                    int c = out.columnOffset();
                    out.sheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), c, c + 1));
                }
            }
        });
    }

    /** Headers over two rows: ค่าคะแนน over ที่ได้ | ถ่วงน้ำหนัก, ระดับ k over (p คะแนน), and so on. */
    public static Drift twoRowHeaders() {
        Map<String, String[]> splits = Map.of(
                "ค่าคะแนนที่ได้", new String[] {"ค่าคะแนน", "ที่ได้"},
                "ค่าคะแนนถ่วงน้ำหนัก", new String[] {"ค่าคะแนน", "ถ่วงน้ำหนัก"},
                "น้ำหนัก คะแนน", new String[] {"น้ำหนัก", "คะแนน"},
                "ระดับความสำเร็จ ที่ดำเนินงานได้", new String[] {"ระดับความสำเร็จ", "ที่ดำเนินงานได้"});
        return rows("two-row headers", new LayoutVariation() {
            @Override
            public void afterRow(RowKind kind, Row row, FormWriter out) {
                if (kind != RowKind.RESULTS_HEADER && kind != RowKind.RUBRIC_HEADER && kind != RowKind.SUMMARY_HEADER) {
                    return;
                }
                Sheet sheet = out.sheet();
                Row below = sheet.createRow(out.nextRowIndex());
                out.skipRows(1);
                int mergeFrom = -1;
                String mergeText = null;
                for (int c = row.getFirstCellNum(); c >= 0 && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null || cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    String[] split = splits.get(text);
                    if (split == null && text.startsWith("ระดับ ") && text.contains("(")) {
                        int open = text.indexOf('(');
                        split = new String[] {text.substring(0, open).trim(), text.substring(open)};
                    }
                    Cell lower = below.createCell(c);
                    lower.setCellStyle(cell.getCellStyle());
                    if (split == null) {
                        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum() + 1, c, c));
                        continue;
                    }
                    cell.setCellValue(split[0]);
                    lower.setCellValue(split[1]);
                    if (split[0].equals(mergeText) && mergeFrom >= 0) {
                        cell.setBlank();
                        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), mergeFrom, c));
                    } else {
                        mergeFrom = c;
                        mergeText = split[0];
                    }
                }
            }
        });
    }

    /** Header cells broken over lines: น้ำหนัก⏎(ร้อยละ). */
    public static Drift lineBreaksInHeaders() {
        return rows("line breaks in headers", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if (kind.shape() != RowKind.Shape.HEADER) {
                    return cells;
                }
                return map(cells, v -> v instanceof String s ? s.replaceFirst(" ", "\n") : v);
            }
        });
    }

    /** {@code หน่วยงาน :} in one cell, its value in the next. */
    public static Drift valueInNextCell() {
        return rows("value in the next cell", splitLabels(false));
    }

    /** {@code หน่วยงาน} | {@code :} | value. */
    public static Drift valueTwoCellsRight() {
        return rows("value two cells right", splitLabels(true));
    }

    private static LayoutVariation splitLabels(boolean colonCell) {
        return new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if ((kind != RowKind.UNIT_LINE && kind != RowKind.COMPONENT_LINE && kind != RowKind.INDICATOR_LINE)
                        || !(cells.get(0) instanceof String s) || s.indexOf(" : ") < 0) {
                    return cells;
                }
                int at = s.indexOf(" : ");
                String label = s.substring(0, at);
                String value = s.substring(at + 3);
                return colonCell ? java.util.Arrays.asList(label, ":", value) : java.util.Arrays.asList(label + " :", value);
            }
        };
    }

    /** Person, position and phone in one cell. */
    public static Drift contactInOneCell() {
        return rows("contact in one cell", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if (kind != RowKind.CONTACT_LINE) {
                    return cells;
                }
                List<String> parts = new ArrayList<>();
                for (Object v : cells) {
                    if (v != null) {
                        parts.add(v.toString());
                    }
                }
                return List.of(String.join(" ", parts));
            }
        });
    }

    /** Each contact label in its own cell, its value in the next. */
    public static Drift contactSplit() {
        return rows("contact split over cells", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if (kind != RowKind.CONTACT_LINE) {
                    return cells;
                }
                List<Object> split = new ArrayList<>();
                for (Object v : cells) {
                    if (v instanceof String s && s.contains(" : ")) {
                        split.add(s.substring(0, s.indexOf(" : ")));
                        split.add(s.substring(s.indexOf(" : ") + 3));
                    }
                }
                return split;
            }
        });
    }

    // ---- sheets ---------------------------------------------------------------------------------

    public static Drift allBlocksOnOneSheet() {
        return new Drift("all blocks on one sheet", l -> {
            List<Integer> all = new ArrayList<>();
            l.sheets().forEach(s -> all.addAll(s.blocks()));
            return new Layout(List.of(new Layout.SheetPlan("แบบรายงาน", all)), l.coverLines(), l.columnOffset(),
                    l.mergeLineCells(), l.variations());
        }, FileChange.NONE);
    }

    public static Drift onePerSheet() {
        return new Drift("one block per sheet", l -> {
            List<Layout.SheetPlan> sheets = new ArrayList<>();
            l.sheets().forEach(s -> s.blocks().forEach(b -> sheets.add(Layout.SheetPlan.of("ส่วนที่ " + (b + 1), b))));
            return new Layout(sheets, l.coverLines(), l.columnOffset(), l.mergeLineCells(), l.variations());
        }, FileChange.NONE);
    }

    public static Drift sheetsReversed() {
        return new Drift("sheets in reverse order", l -> {
            List<Layout.SheetPlan> sheets = new ArrayList<>(l.sheets());
            java.util.Collections.reverse(sheets);
            return new Layout(sheets, l.coverLines(), l.columnOffset(), l.mergeLineCells(), l.variations());
        }, FileChange.NONE);
    }

    public static Drift coverLines() {
        return new Drift("cover lines", l -> l.withCoverLines(List.of("แบบฟอร์มการรายงานผลการปฏิบัติราชการตามคำรับรอง",
                "ของหน่วยงานในสังกัดกรุงเทพมหานคร", "ประจำปีงบประมาณ พ.ศ. 2564", "จัดทำโดย กลุ่มงานยุทธศาสตร์")),
                FileChange.NONE);
    }

    // ---- text noise -----------------------------------------------------------------------------

    /** NBSP, zero-width spaces, full-width colons, doubled and missing spaces, SARA AM in two code points, ระดับที่, %. */
    public static Drift textNoise() {
        return rows("text noise", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                boolean values = kind.shape() == RowKind.Shape.HEADER || kind == RowKind.RUBRIC_ROW
                        || kind == RowKind.RESULTS_ROW;
                return map(cells, v -> v instanceof String s ? noisy(s, values) : v);
            }
        });
    }

    /** Label noise everywhere; {@code %} for {@code ร้อยละ} only in headers and value cells, where it is read as a number. */
    static String noisy(String s, boolean values) {
        String t = s.replace(" : ", "\u00A0\uFF1A ")
                .replace("ำ", "\u0E4D\u0E32")
                .replace("ตัวชี้วัด", "ตัว\u200Bชี้วัด")
                .replace("ระดับ ", "ระดับที่  ")
                .replace("หน่วยงาน", "หน่วยงาน ");
        if (values) {
            t = t.replaceAll("ร้อยละ ([0-9.]+)", "$1%").replace("(ร้อยละ)", "(%)");
        }
        return t;
    }

    /** Other wordings of the labels that units use: ชื่อหน่วยงาน, ปัญหาและอุปสรรค, ระดับคะแนน 1, ... */
    public static Drift labelWordings() {
        Map<String, String> wordings = new java.util.LinkedHashMap<>();
        wordings.put("หน่วยงาน :", "ชื่อหน่วยงาน :");
        wordings.put("ชื่อผู้รับผิดชอบการรายงาน", "ผู้รับผิดชอบการรายงาน");
        wordings.put("หมายเลขโทรศัพท์", "โทรศัพท์");
        wordings.put("เกณฑ์การให้คะแนน :", "เกณฑ์การประเมิน :");
        wordings.put("คำชี้แจงรายละเอียดการดำเนินงาน :", "รายละเอียดการดำเนินงาน :");
        wordings.put("ปัญหา อุปสรรค", "ปัญหาและอุปสรรค");
        wordings.put("หลักฐานอ้างอิง", "เอกสารหลักฐานอ้างอิง");
        return rows("label wordings", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                return map(cells, v -> {
                    if (!(v instanceof String s)) {
                        return v;
                    }
                    if (kind == RowKind.RUBRIC_HEADER && s.startsWith("ระดับ ")) {
                        return s.replaceFirst("ระดับ ", "ระดับคะแนน ");
                    }
                    String t = s;
                    for (Map.Entry<String, String> e : wordings.entrySet()) {
                        if (t.startsWith(e.getKey()) || kind == RowKind.CONTACT_LINE) {
                            t = t.replace(e.getKey(), e.getValue());
                        }
                    }
                    return t;
                });
            }
        });
    }

    /** Thai digits in every number: written as text in number cells, and inside texts. */
    public static Drift thaiDigits() {
        return rows("Thai digits", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                return map(cells, v -> {
                    if (v instanceof Number n) {
                        return thai(FormLabels.plain(n));
                    }
                    return v instanceof String s ? thai(s) : v;
                });
            }
        });
    }

    static String thai(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return b.toString();
    }

    /** Every number typed as text. */
    public static Drift numbersAsText() {
        return rows("numbers as text", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                return map(cells, v -> v instanceof Number n ? FormLabels.plain(n) : v);
            }
        });
    }

    /** Weights and measured values typed as percentage-formatted fractions (15 shown as 15%). */
    public static Drift percentFormats() {
        return rows("percent formats", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if (kind != RowKind.RESULTS_ROW) {
                    return cells;
                }
                // Multi rows: indicator, weight, result, ...; single rows: weight, result, ...
                int weight = cells.size() == 5 && !(cells.get(0) instanceof Number) ? 1 : 0;
                List<Object> changed = new ArrayList<>(cells);
                if (changed.get(weight) instanceof Number n) {
                    changed.set(weight, Percent.of(n));
                }
                if (changed.get(weight + 1) instanceof Number n) {
                    changed.set(weight + 1, Percent.of(n));
                }
                return changed;
            }
        });
    }

    /** Levels written {@code ระดับที่ ๔} and with their points: {@code ระดับ 4 (90 คะแนน)}. */
    public static Drift levelSpellings() {
        return rows("level spellings", new LayoutVariation() {
            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                if (kind != RowKind.RESULTS_ROW && kind != RowKind.SUMMARY_ROW && kind != RowKind.DETAIL_ROW) {
                    return cells;
                }
                return map(cells, v -> v instanceof String s && s.matches("ระดับ [0-5]")
                        ? (kind == RowKind.RESULTS_ROW ? "ระดับที่ " + thai(s.substring(6)) : s.replace("ระดับ ", "ระดับที่"))
                        : v);
            }
        });
    }

    /** Scores, weighted scores and subtotals as formulas with their cached values. */
    public static Drift formulas() {
        return rows("formulas", new LayoutVariation() {
            private int firstRow = -1;
            private final List<Integer> weightedRows = new ArrayList<>();

            @Override
            public List<Object> cells(RowKind kind, List<Object> cells, FormWriter out) {
                int c = out.columnOffset();
                int row = out.nextRowIndex();
                if (kind == RowKind.RESULTS_ROW && cells.size() == 5 && cells.get(4) instanceof Number weighted) {
                    weightedRows.add(row);
                    List<Object> changed = new ArrayList<>(cells);
                    // weight * score / 100 where both are numbers; else the typed number as a formula (=10).
                    changed.set(4, cells.get(1) instanceof Number && cells.get(3) instanceof Number
                            ? new Formula(ref(row, c + 1) + "*" + ref(row, c + 3) + "/100")
                            : new Formula(FormLabels.plain(weighted)));
                    return changed;
                }
                if (kind == RowKind.RESULTS_SUBTOTAL && !weightedRows.isEmpty() && cells.get(4) != null) {
                    String sum = "SUM(" + ref(weightedRows.get(0), c + 4) + ":"
                            + ref(weightedRows.get(weightedRows.size() - 1), c + 4) + ")";
                    weightedRows.clear();
                    List<Object> changed = new ArrayList<>(cells);
                    changed.set(4, new Formula(sum, cells.get(4) instanceof Number n ? n : null));
                    return changed;
                }
                if (kind == RowKind.RESULTS_HEADER) {
                    weightedRows.clear();
                }
                return cells;
            }
        });
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    // ---- files ----------------------------------------------------------------------------------

    /** An old draft of the first sheet, hidden, with other numbers: it must not be read. */
    public static Drift hiddenDraftSheet() {
        return new Drift("hidden draft sheet", l -> l, file -> {
            Workbook wb;
            try (InputStream in = Files.newInputStream(file)) {
                wb = WorkbookFactory.create(in);
            }
            try (wb) {
                Sheet draft = wb.cloneSheet(0);
                int index = wb.getSheetIndex(draft);
                wb.setSheetName(index, "ฉบับร่าง");
                for (Row row : draft) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            cell.setCellValue(cell.getNumericCellValue() + 1);
                        }
                    }
                }
                wb.setSheetOrder("ฉบับร่าง", 0);
                wb.setActiveSheet(1);
                wb.setSelectedTab(1);
                wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
        });
    }

    // ---- helpers --------------------------------------------------------------------------------

    static boolean isTable(RowKind kind) {
        return kind.shape() == RowKind.Shape.HEADER || kind.shape() == RowKind.Shape.CELLS;
    }

    static boolean isResults(RowKind kind) {
        return kind == RowKind.RESULTS_HEADER || kind == RowKind.RESULTS_ROW || kind == RowKind.RESULTS_SUBTOTAL;
    }

    static List<Object> map(List<Object> cells, UnaryOperator<Object> f) {
        List<Object> out = new ArrayList<>(cells.size());
        for (Object v : cells) {
            out.add(f.apply(v));
        }
        return out;
    }

    /** Renders a sample in a drift. */
    public static Path render(SampleForms.Sample sample, Drift drift, Path dir, String extension) throws IOException {
        Path file = dir.resolve(sample.fileName().replaceAll("\\.xlsx?$", "") + "-"
                + drift.name().replaceAll("[^A-Za-z0-9]+", "-") + extension);
        FormRenderer.render(sample.form(), file, drift.layout().apply(sample.layout()));
        drift.file().apply(file);
        return file;
    }

    static BigDecimal decimal(Object n) {
        return new BigDecimal(FormLabels.plain(n));
    }
}
