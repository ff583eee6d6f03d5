package org.kpiconsolidator.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiconsolidator.testing.GridLines;
import org.kpiconsolidator.workbook.PoiWorkbookReader;
import org.kpiconsolidator.workbook.UnreadableWorkbookException;
import org.kpiconsolidator.workbook.WorkbookGrid;

/**
 * On the real-world corpus beside the repository (odd, broken and hostile files from other
 * programs; runs only where that folder exists): every OOXML file POI opens reads to the same grid
 * when streamed, or is handed to POI; none that POI rejects is streamed.
 */
class RealWorldCorpusTest {

    static final Path CORPUS = Path.of(System.getProperty("kpi.corpus", "../shared/corpus/real-world"));

    static Stream<Path> files() throws Exception {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of((Path) null);
        }
        try (Stream<Path> all = Files.list(CORPUS)) {
            return all.filter(f -> f.getFileName().toString().matches("(?i).*\\.(xlsx|xlsm|xltx|xltm)$")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void streamsAsPoiReadsOrLeavesTheFileToPoi(Path file) throws Exception {
        assumeTrue(file != null, "no corpus folder at " + CORPUS.toAbsolutePath());
        WorkbookGrid poi;
        String poiError = null;
        try {
            poi = new PoiWorkbookReader().read(file);
        } catch (UnreadableWorkbookException e) {
            poi = null;
            poiError = e.reason() + ": " + e.getMessage();
        }
        WorkbookGrid streamed;
        String notStreamed = null;
        try {
            streamed = StreamingXlsxReader.stream(file);
        } catch (NotStreamable e) {
            streamed = null;
            notStreamed = e.getMessage();
        }
        if (poi == null) {
            assertThat(streamed).as("POI rejects it (%s), so it is left to POI", poiError).isNull();
        } else if (streamed != null) {
            assertThat(GridLines.of(streamed)).containsExactlyElementsOf(GridLines.of(poi));
        } else {
            assertThat(notStreamed).as("why it is left to POI").isNotBlank();
        }
    }
}
