package org.kpiconsolidator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.testing.GridLines;
import org.kpiconsolidator.workbook.GridCell;
import org.kpiconsolidator.workbook.PoiWorkbookReader;
import org.kpiconsolidator.workbook.SheetGrid;
import org.kpiconsolidator.workbook.WorkbookGrid;
import org.kpiconsolidator.workbook.WorkbookReader;
import org.kpiconsolidator.workbook.xlsx.StreamingXlsxReader;

/**
 * Template-made forms are full of formulas (scores, weighted scores, subtotals, copies between
 * tables): the streaming reader reads them itself, evaluations included, to POI's grid. Blank,
 * filled and recalculated, and filled but saved without recalculation (every formula stale).
 */
class TemplateStreamingTest {

    @TempDir
    Path dir;

    /** Streaming only: a file handed to POI fails the test. */
    private static final WorkbookReader STREAMING = new StreamingXlsxReader(file -> {
        throw new AssertionError("handed to POI: " + file);
    });

    private static WorkbookGrid sameAsPoi(Path file) throws Exception {
        WorkbookGrid streamed = STREAMING.read(file);
        assertThat(GridLines.of(streamed)).containsExactlyElementsOf(GridLines.of(new PoiWorkbookReader().read(file)));
        return streamed;
    }

    private static List<GridCell> formulas(WorkbookGrid grid) {
        return grid.sheets().stream().filter(s -> !s.hidden()).flatMap(TemplateStreamingTest::cells)
                .filter(GridCell::hasFormula).toList();
    }

    private static java.util.stream.Stream<GridCell> cells(SheetGrid s) {
        return java.util.stream.IntStream.range(0, s.rowCount()).boxed().flatMap(i -> s.rowAt(i).stream());
    }

    @Test
    void aBlankTemplateReadsAsPoiReadsIt() throws Exception {
        Path blank = new TemplateWriter(ScoringPolicy.FY2564).write(TemplateForms.bangKhae(), dir);
        sameAsPoi(blank);
    }

    @Test
    void aFilledTemplateReadsWithEveryFormulaEvaluated() throws Exception {
        WorkbookGrid grid = sameAsPoi(TemplateForms.filledBangKhae(dir));
        assertThat(formulas(grid)).hasSizeGreaterThan(30).allMatch(c -> c.evaluation() != null)
                .noneMatch(GridCell::isStale);
    }

    @Test
    void aFilledTemplateSavedWithoutRecalculationReadsItsFormulasAsStale() throws Exception {
        Path template = new TemplateWriter(ScoringPolicy.FY2564).write(TemplateForms.bangKhae(), dir);
        Path file;
        try (FormFiller form = FormFiller.open(template)) {
            TemplateForms.fillBangKhae(form);
            file = form.save(dir.resolve("not-recalculated.xlsx"));
        }
        WorkbookGrid grid = sameAsPoi(file);
        assertThat(formulas(grid)).anyMatch(GridCell::isStale);
    }
}
