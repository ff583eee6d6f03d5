package org.kpiconsolidator.output.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiconsolidator.testing.Forms;

/**
 * The writer streams: a batch far larger than a small heap could hold as a regular workbook is
 * written in a JVM started with that heap, cell comments stop at their budget, and the chart shows
 * only the units whose totals moved most.
 */
class WorkbookScaleTest {

    static final int UNITS = 1_500;

    @Test
    void aLargeBatchIsWrittenInASmallHeap(@TempDir Path out) throws Exception {
        Path log = out.resolve("run.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-cp", System.getProperty("java.class.path"), ScaleRun.class.getName(),
                Batches.SAMPLES.resolve("international-affairs-office.xlsx").toString(), out.toString(),
                Integer.toString(UNITS)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        Path workbook = out.resolve(ConsolidatedWorkbook.FILE_NAME);
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            // Sheet 2 is the indicators sheet: two header rows and every indicator of every unit.
            String indicators = head(zip, "xl/worksheets/sheet2.xml", 4096);
            Matcher dimension = Pattern.compile("<dimension ref=\"A1:T(\\d+)\"").matcher(indicators);
            assertThat(dimension.find()).isTrue();
            int perUnit = Forms.process(Batches.SAMPLES.resolve("international-affairs-office.xlsx")).score()
                    .orElseThrow().indicators().size();
            assertThat(Integer.parseInt(dimension.group(1))).isEqualTo(2 + UNITS * perUnit);
            long comments = zip.stream().map(ZipEntry::getName).filter(n -> n.matches("xl/comments\\d+\\.xml"))
                    .mapToLong(n -> count(zip, n, "<comment ")).sum();
            assertThat(comments).isEqualTo(Notes.BUDGET);
            // A chart of 1,500 bars helps nobody: the 30 units whose totals moved most.
            String chart = head(zip, "xl/charts/chart1.xml", Integer.MAX_VALUE);
            assertThat(chart).contains("<c:ptCount val=\"" + SummarySheet.CHART_UNITS + "\"/>")
                    .doesNotContain("<c:ptCount val=\"" + UNITS + "\"/>");
        }
    }

    private static String head(ZipFile zip, String name, int bytes) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
        }
    }

    private static long count(ZipFile zip, String name, String needle) {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return (xml.length() - xml.replace(needle, "").length()) / needle.length();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
