package org.kpiconsolidator.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiconsolidator.finding.Code;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Severity;
import org.kpiconsolidator.testing.Drifts;
import org.kpiconsolidator.testing.Drifts.Drift;
import org.kpiconsolidator.testing.ExtraForms;
import org.kpiconsolidator.testing.FormRecords;
import org.kpiconsolidator.testing.Forms;
import org.kpiconsolidator.testing.SampleForms;
import org.kpiconsolidator.text.Levels;
import org.kpiconsolidator.text.Numbers;
import org.kpiconsolidator.text.ThaiText;

/**
 * Every sample rendered in every layout drift of SPEC 2.5, alone and combined, as .xlsx and .xls,
 * reads to the same records as its clean rendering (cell locations aside), and every finding still
 * points at a cell of the rendering that holds the stated value.
 */
class LayoutDriftTest {

    @TempDir
    static Path dir;

    static final String FINANCE = ExtraForms.financeDepartment().fileName();

    static Stream<Arguments> renderings() {
        List<Arguments> cases = new ArrayList<>();
        List<Drift> drifts = new ArrayList<>(Drifts.each());
        drifts.add(Drifts.combined());
        for (SampleForms.Sample sample : List.of(SampleForms.internationalAffairsOffice(), SampleForms.bangKhaeDistrict(),
                SampleForms.environmentDepartment())) {
            for (Drift drift : drifts) {
                cases.add(Arguments.of(sample.fileName(), drift, ".xlsx"));
            }
        }
        for (Drift drift : drifts) {
            cases.add(Arguments.of(SampleForms.internationalAffairsOffice().fileName(), drift, ".xls"));
        }
        for (Drift drift : List.of(ExtraForms.thousandsSeparators(), ExtraForms.bareLevels(), Drifts.thaiDigits(),
                Drifts.numbersAsText(), Drift.combined("combined with large numbers", List.of(
                        ExtraForms.thousandsSeparators(), ExtraForms.bareLevels(), Drifts.combined())))) {
            cases.add(Arguments.of(FINANCE, drift, ".xlsx"));
            cases.add(Arguments.of(FINANCE, drift, ".xls"));
        }
        for (SampleForms.Sample sample : SampleForms.all()) {
            cases.add(Arguments.of(sample.fileName(), Drifts.combined(), ".xlsx"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1} ({2})")
    @MethodSource("renderings")
    void readsTheSameRecordsAsTheCleanRendering(String sampleName, Drift drift, String extension) throws Exception {
        SampleForms.Sample sample = sampleName.equals(FINANCE) ? ExtraForms.financeDepartment()
                : SampleForms.byFileName(sampleName);
        Path clean = sample.render(dir.resolve("clean-" + extension.substring(1)));
        Path drifted = Drifts.render(sample, drift, dir, extension);
        List<String> want = FormRecords.describe(Forms.read(clean));
        List<String> got = FormRecords.describe(Forms.read(drifted));
        assertThat(difference(got, want)).as(drift.name() + ": read but not in the clean rendering").isEmpty();
        assertThat(difference(want, got)).as(drift.name() + ": in the clean rendering but not read").isEmpty();
        assertThat(got).as(drift.name()).containsExactlyElementsOf(want);
        List<Finding> expected = Forms.process(clean).findings();
        List<Finding> found = Forms.process(drifted).findings();
        assertThat(keys(found)).as("findings of " + drift.name()).containsExactlyInAnyOrderElementsOf(keys(expected));
        assertPointAtTheirValues(drifted, found);
    }

    private static List<String> difference(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    /** Findings compared by what they say, not where: rule, component, indicator, field, stated, expected. */
    private static List<String> keys(List<Finding> findings) {
        return findings.stream().filter(f -> f.code() != Code.HIDDEN_SHEET_SKIPPED && f.code() != Code.VALUE_NORMALIZED)
                .map(f -> f.code() + " " + f.component() + "/" + f.indicator() + " " + f.field() + " "
                        + f.stated() + " -> " + f.expected()).toList();
    }

    /** Each finding's cell in the drifted workbook holds the value the finding says is stated there. */
    private static void assertPointAtTheirValues(Path file, List<Finding> findings) throws Exception {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter();
            for (Finding f : findings) {
                if (f.cell() == null || f.stated().isEmpty() || f.severity() == Severity.INFO) {
                    continue;
                }
                Sheet sheet = wb.getSheet(f.sheet());
                assertThat(sheet).as("sheet of " + f).isNotNull();
                CellReference ref = new CellReference(f.a1());
                Cell cell = sheet.getRow(ref.getRow()) == null ? null : sheet.getRow(ref.getRow()).getCell(ref.getCol());
                assertThat(cell).as("cell of " + f).isNotNull();
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
                String text = ThaiText.normalize(type == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                        : type == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell));
                if (type == CellType.NUMERIC
                        && cell.getCellStyle().getDataFormatString().contains("%")) {
                    text = new BigDecimal(text).movePointRight(2).toPlainString();
                }
                BigDecimal stated = Numbers.parse(f.stated());
                BigDecimal inCell = Numbers.parse(text);
                int level = Levels.parse(ThaiText.key(text));
                if (f.code() == Code.MISSING_EXPLANATION) {
                    // It points at the explanation that is missing, not at the level it states.
                    assertThat(text).as("explanation at " + f.a1()).isIn("", "-", "ไม่มี");
                    continue;
                }
                if (f.code() == Code.WEIGHT_SUM_MISMATCH && f.component().isEmpty()) {
                    // The unit's sum has no cell of its own: it points at the weight column.
                    assertThat(ThaiText.key(text)).as("unit weight sum at " + f.a1()).startsWith("น้ำหนัก");
                    continue;
                }
                boolean holds = stated != null && inCell != null && stated.compareTo(inCell) == 0
                        || stated != null && level == stated.intValue()
                        || ThaiText.key(text).contains(ThaiText.keyOf(f.stated()));
                assertThat(holds).as(f.code() + " at " + f.sheet() + "!" + f.a1() + " states " + f.stated()
                        + " but the cell holds " + text).isTrue();
            }
        }
    }
}
