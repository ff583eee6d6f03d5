package org.kpiconsolidator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.HostileFiles;
import org.kpiconsolidator.testing.SampleForms;

/**
 * The largest workbook the limits let through (295,000 cells, 23.5 MB of sheet XML, a 1.5 MB .xlsx)
 * is read in a 512 MB heap alongside other forms; one cell count over the limit is refused by name.
 * The README's "largest file that fits" is this test.
 */
class LargestFileIT {

    @TempDir
    Path input;

    @Test
    void theLargestAllowedWorkbookFitsInA512MegabyteHeap() throws Exception {
        HostileFiles.large(input.resolve("largest.xlsx"), 59_000, 14);
        HostileFiles.large(input.resolve("one-row-too-many.xlsx"), 60_001, 0);
        SampleForms.bangKhaeDistrict().render(input);
        SampleForms.chatuchakDistrict().render(input);
        Path out = input.resolve("out");
        Path jar = Path.of(System.getProperty("kpi.jar", "target/kpi-consolidator.jar"));
        Path log = Files.createTempFile("largest", ".log");
        Process p = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(), "consolidate", input.toString(),
                "--out", out.toString(), "--threads", "2").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isEqualTo(1);
        Files.delete(log);

        List<CSVRecord> findings = rows(out.resolve("discrepancies.csv"));
        assertThat(findings).filteredOn(r -> r.get("rule").startsWith("FILE_"))
                .extracting(r -> r.get("file"), r -> r.get("rule"), r -> r.get("expected")).containsExactly(
                        tuple("one-row-too-many.xlsx", "FILE_UNREADABLE", "300000"));
        assertThat(rows(out.resolve("summary.csv"))).extracting(r -> r.get("file"), r -> r.get("status"))
                .contains(tuple("largest.xlsx", "NOT_A_FORM"), tuple("bang-khae-district.xlsx", "OK"));
    }

    private static List<CSVRecord> rows(Path csv) throws java.io.IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            r.skip(1);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
