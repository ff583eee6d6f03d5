package org.kpiconsolidator.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.logging.log4j.LogBuilder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.junit.jupiter.api.Test;

/**
 * POI's and XMLBeans' Log4j API calls cost a level check and no more (log4j2.component.properties):
 * sent on to SLF4J, each debug call built its message before Logback dropped it.
 */
class PoiLoggingTest {

    @Test
    void poiLoggersAreOffAndBuildNoMessage() {
        for (Class<?> logging : new Class<?>[] {HSSFWorkbook.class, WorkbookEvaluator.class}) {
            Logger logger = LogManager.getLogger(logging);
            assertThat(logger.isErrorEnabled()).as(logging.getName()).isFalse();
            assertThat(logger.atDebug()).as(logging.getName()).isSameAs(LogBuilder.NOOP);
            assertThat(logger.atError()).as(logging.getName()).isSameAs(LogBuilder.NOOP);
        }
    }

    @Test
    void anXlsFileStillReads() throws Exception {
        WorkbookGrid grid = new PoiWorkbookReader().read(Path.of("samples", "chatuchak-district.xls"));
        assertThat(grid.sheets()).isNotEmpty();
    }
}
