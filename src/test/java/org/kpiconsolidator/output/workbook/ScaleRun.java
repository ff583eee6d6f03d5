package org.kpiconsolidator.output.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kpiconsolidator.config.FailOn;
import org.kpiconsolidator.config.RunSettings;
import org.kpiconsolidator.consolidate.Consolidation;
import org.kpiconsolidator.consolidate.FileOutcome;
import org.kpiconsolidator.consolidate.InputFile;
import org.kpiconsolidator.finding.Finding;
import org.kpiconsolidator.finding.Language;
import org.kpiconsolidator.scoring.ScoringPolicy;
import org.kpiconsolidator.testing.Forms;

/**
 * Writes the workbook of a large batch in the JVM it is started in (by {@link WorkbookScaleTest}, with a
 * small heap): one real form read once, then given as many units as asked, each under its own file
 * name with its own findings. Arguments: the sample form, the output folder, the number of units.
 */
public final class ScaleRun {

    private ScaleRun() {
    }

    public static void main(String[] args) throws IOException {
        Path form = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int units = Integer.parseInt(args[2]);
        FileOutcome real = Forms.process(form);
        List<FileOutcome> files = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            String name = String.format("units/unit-%05d.xlsx", i);
            String unit = real.unit() + " " + i;
            String key = "unit-" + i;
            List<Finding> findings = real.findings().stream().map(f -> f.stamped(name, unit, key)).toList();
            files.add(new FileOutcome(new InputFile(form, name, null), real.readStatus(), unit, key,
                    real.fiscalYear(), real.yearCell(), real.group(), real.score(), findings, real.facts(),
                    real.contacts()));
        }
        RunSettings settings = new RunSettings(List.of(form), out, 2564, 1, FailOn.ERROR, Language.TH, false,
                ScoringPolicy.FY2564);
        long start = System.nanoTime();
        ConsolidatedWorkbook.write(new Consolidation(2564, files, List.of()), settings);
        System.out.printf("wrote %d units in %.1f s%n", units, (System.nanoTime() - start) / 1e9);
    }
}
