package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.MixedBatch;

/**
 * {@code consolidate} writes the same outputs whatever {@code --threads} is: the CSV files byte for
 * byte, the consolidated workbook cell for cell (its zip and timestamps aside). The batch mixes every
 * sample, drifted and template-made forms, legacy .xls, a duplicate, a broken file and a non-form,
 * so files finish in a different order on each thread count.
 */
class ThreadCountTest {

    @TempDir
    static Path dir;

    static Path input;

    @BeforeAll
    static void batch() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        MixedBatch.render(input, 3);
        Files.copy(input.resolve("samples/bang-khae-district.xlsx"), input.resolve("bang-khae-again.xlsx"));
        Files.writeString(input.resolve("broken.xlsx"), "not a workbook");
        Files.write(input.resolve("truncated.xlsx"),
                java.util.Arrays.copyOf(Files.readAllBytes(input.resolve("samples/bang-khae-district.xlsx")), 4000));
    }

    private static Path consolidate(int threads) {
        Path out = dir.resolve("out-" + threads);
        int exit = KpiCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("consolidate", input.toString(), "--out", out.toString(), "--threads", Integer.toString(threads));
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        return out;
    }

    @Test
    void outputsAreTheSameWhateverTheThreadCount() throws Exception {
        Path one = consolidate(1);
        for (int threads : List.of(2, 7)) {
            Path many = consolidate(threads);
            for (String csv : List.of("discrepancies.csv", "indicators.csv", "summary.csv")) {
                assertThat(Files.readAllBytes(many.resolve(csv))).as(csv + " with " + threads + " threads")
                        .isEqualTo(Files.readAllBytes(one.resolve(csv)));
            }
            assertThat(cells(many.resolve("consolidated.xlsx"))).as("workbook with " + threads + " threads")
                    .containsExactlyElementsOf(cells(one.resolve("consolidated.xlsx")));
        }
        assertThat(cells(one.resolve("consolidated.xlsx"))).hasSizeGreaterThan(500);
    }

    /** Every cell of every sheet as {@code sheet!A1 type: text}, and each sheet's merged regions. */
    private static List<String> cells(Path workbook) throws Exception {
        List<String> lines = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + ": "
                                + text.formatCellValue(cell));
                    }
                }
                sheet.getMergedRegions().forEach(r -> lines.add(sheet.getSheetName() + " merged " + r.formatAsString()));
            }
        }
        return lines;
    }
}
