package org.kpiconsolidator.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.testing.Forms;

/**
 * The annotated copy of seed-like forms (the seed transcription as .xlsx, a district as legacy .xls):
 * exactly the cells the findings name are coloured, by severity, each with a comment naming the rule
 * and the expected value; the first sheet lists every finding with a link to its cell; every other
 * cell is as the unit wrote it; and the original file is byte-identical afterwards.
 */
class AnnotatedCopyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"international-affairs-office.xlsx", "chatuchak-district.xls"})
    void coloursExactlyTheCellsTheFindingsNameAndLeavesTheOriginalUntouched(String sample) throws IOException {
        Path original = Files.copy(Path.of("samples", sample), dir.resolve(sample));
        String before = sha256(original);
        List<Finding> findings = Forms.process(original).findings();
        assertThat(findings).isNotEmpty();
        String extension = AnnotatedCopy.extensionFor(original);
        Path copy = dir.resolve("annotated." + extension);

        AnnotatedCopy.write(original, findings, Language.TH, copy);

        assertThat(sha256(original)).as("the original is byte-identical").isEqualTo(before);
        assertThat(extension).isEqualTo(sample.endsWith(".xls") ? "xls" : "xlsx");
        Map<String, Severity> expected = new HashMap<>();
        for (Finding f : findings) {
            if (f.cell() != null) {
                expected.merge(f.sheet() + "!" + f.a1(), f.severity(), (a, b) -> a.atLeast(b) ? a : b);
            }
        }
        try (Workbook before0 = WorkbookFactory.create(original.toFile(), null, true);
                Workbook after = WorkbookFactory.create(copy.toFile(), null, true)) {
            Map<String, Short> recoloured = recoloured(before0, after);
            Map<String, Short> expectedFills = new HashMap<>();
            expected.forEach((cell, severity) -> expectedFills.put(cell, AnnotatedCopy.fillOf(severity)));
            assertThat(recoloured).isEqualTo(expectedFills);

            for (Finding f : findings) {
                if (f.cell() == null) {
                    continue;
                }
                Comment comment = cellOf(after, f.sheet(), f.cell().row(), f.cell().column()).getCellComment();
                assertThat(comment).as(f.sheet() + "!" + f.a1()).isNotNull();
                assertThat(comment.getString().getString()).contains(f.code().name()).contains(f.expected());
            }
            assertThat(contents(after, before0)).as("every cell of the unit's sheets as written")
                    .isEqualTo(contents(before0, before0));
            assertFindingsSheet(after, findings);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"international-affairs-office.xlsx"})
    void refusesToOverwriteTheFormItself(String sample) throws IOException {
        Path original = Files.copy(Path.of("samples", sample), dir.resolve(sample));
        String before = sha256(original);

        assertThatThrownBy(() -> AnnotatedCopy.write(original, Forms.process(original).findings(), Language.TH,
                original)).isInstanceOf(IOException.class).hasMessageContaining("must not overwrite");
        assertThat(sha256(original)).isEqualTo(before);
    }

    private static void assertFindingsSheet(Workbook after, List<Finding> findings) {
        Sheet first = after.getSheetAt(0);
        assertThat(first.getSheetName()).isEqualTo("ผลการตรวจสอบ");
        assertThat(after.getActiveSheetIndex()).isZero();
        List<String> links = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (Row row : first) {
            if (row.getRowNum() < 4) {
                continue;
            }
            rules.add(row.getCell(2).getStringCellValue());
            Cell where = row.getCell(3);
            links.add(where.getHyperlink() == null ? "" : where.getHyperlink().getAddress());
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.LOG_ORDER);
        assertThat(rules).containsExactlyElementsOf(sorted.stream().map(f -> f.code().name()).toList());
        assertThat(links).containsExactlyElementsOf(sorted.stream()
                .map(f -> f.cell() == null ? "" : "'" + f.sheet() + "'!" + f.a1()).toList());
    }

    /** Cells whose fill differs between the two workbooks, with the new fill. */
    private static Map<String, Short> recoloured(Workbook before, Workbook after) {
        Map<String, Short> changed = new HashMap<>();
        for (Sheet sheet : before) {
            Sheet other = after.getSheet(sheet.getSheetName());
            for (Row row : other) {
                for (Cell cell : row) {
                    Cell old = cellOrNull(sheet, row.getRowNum(), cell.getColumnIndex());
                    short oldFill = old == null || old.getCellStyle().getFillPattern() == FillPatternType.NO_FILL
                            ? -1 : old.getCellStyle().getFillForegroundColor();
                    short newFill = cell.getCellStyle().getFillPattern() == FillPatternType.NO_FILL
                            ? -1 : cell.getCellStyle().getFillForegroundColor();
                    if (oldFill != newFill) {
                        changed.put(sheet.getSheetName() + "!" + cell.getAddress(), newFill);
                    }
                }
            }
        }
        return changed;
    }

    /** The values and formulas of the sheets {@code reference} has, as text. */
    private static Set<String> contents(Workbook wb, Workbook reference) {
        Set<String> cells = new HashSet<>();
        for (Sheet ref : reference) {
            Sheet sheet = wb.getSheet(ref.getSheetName());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String v = switch (cell.getCellType()) {
                        case FORMULA -> "=" + cell.getCellFormula();
                        case STRING -> cell.getStringCellValue();
                        case NUMERIC -> Double.toString(cell.getNumericCellValue());
                        case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                        default -> "";
                    };
                    if (!v.isEmpty()) {
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + v);
                    }
                }
            }
        }
        return cells;
    }

    private static Cell cellOf(Workbook wb, String sheet, int row, int column) {
        Cell c = cellOrNull(wb.getSheet(sheet), row, column);
        assertThat(c).as(sheet + " row " + row + " column " + column).isNotNull();
        return c;
    }

    private static Cell cellOrNull(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        }
    }
}
