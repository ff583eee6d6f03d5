package org.kpiconsolidator.output.workbook;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;

import org.apache.poi.xddf.usermodel.text.XDDFFont;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The chart of the summary sheet: stated against recomputed total for the units whose totals moved
 * most, largest move on top, drawn from the side block of {@link SummarySheet}. A chart needs a
 * regular (not streamed) sheet, so it is drawn on the summary sheet before the workbook starts
 * streaming; the rows it reads are streamed in afterwards.
 */
final class SummaryChart {

    /** Columns the chart spans, right of the side block. */
    static final int FIRST_COLUMN = SummarySheet.MOVED_DIFFERENCE + 2;
    static final int LAST_COLUMN = FIRST_COLUMN + 11;

    private SummaryChart() {
    }

    /** The last row the chart covers (0-based), for the print area. */
    static int lastRow(List<SummarySheet.Moved> moved) {
        return Table.HEADER_ROWS + Math.max(18, moved.size() + 4);
    }

    static void draw(XSSFSheet sheet, Labels labels, List<SummarySheet.Moved> moved) {
        if (moved.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, FIRST_COLUMN, Table.HEADER_ROWS, LAST_COLUMN,
                lastRow(moved));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(labels.get("chart.title"));
        chart.setTitleOverlay(false);
        XDDFRunProperties title = chart.getTitle().getOrAddTextProperties();
        thai(title, 16.0);
        title.setBold(true);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis totals = chart.createValueAxis(AxisPosition.BOTTOM);
        // Largest move at the top: categories run downwards, the value axis stays at the bottom.
        units.setOrientation(AxisOrientation.MAX_MIN);
        totals.setCrosses(AxisCrosses.MAX);
        totals.setMinimum(axisMinimum(moved));
        totals.setMaximum(axisMaximum(moved));
        totals.setNumberFormat("0");
        fonts(units);
        fonts(totals);

        int first = Table.HEADER_ROWS;
        int last = first + moved.size() - 1;
        String[] names = moved.stream().map(SummarySheet.Moved::unit).toArray(String[]::new);
        Double[] stated = moved.stream().map(m -> m.stated().doubleValue()).toArray(Double[]::new);
        Double[] recomputed = moved.stream().map(m -> m.total().doubleValue()).toArray(Double[]::new);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(names,
                range(sheet, first, last, SummarySheet.MOVED_UNIT), 0);
        XDDFNumericalDataSource<Double> statedSeries = XDDFDataSourcesFactory.fromArray(stated,
                range(sheet, first, last, SummarySheet.MOVED_STATED), 1);
        XDDFNumericalDataSource<Double> recomputedSeries = XDDFDataSourcesFactory.fromArray(recomputed,
                range(sheet, first, last, SummarySheet.MOVED_TOTAL), 2);
        statedSeries.setFormatCode("0.00");
        recomputedSeries.setFormatCode("0.00");

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, totals);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFBarChartData.Series s1 = (XDDFBarChartData.Series) data.addSeries(categories, statedSeries);
        s1.setTitle(labels.get("chart.stated"), new CellReference(sheet.getSheetName(), Table.HEADER_ROWS - 1,
                SummarySheet.MOVED_STATED, true, true));
        s1.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.DARK_GRAY)));
        XDDFBarChartData.Series s2 = (XDDFBarChartData.Series) data.addSeries(categories, recomputedSeries);
        s2.setTitle(labels.get("chart.recomputed"), new CellReference(sheet.getSheetName(), Table.HEADER_ROWS - 1,
                SummarySheet.MOVED_TOTAL, true, true));
        s2.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.ROYAL_BLUE)));
        chart.plot(data);
    }

    private static String range(XSSFSheet sheet, int first, int last, int column) {
        return new CellRangeAddress(first, last, column, column).formatAsString(sheet.getSheetName(), true);
    }

    /** A round number below every total, so small moves are visible; never below 0. */
    static double axisMinimum(List<SummarySheet.Moved> moved) {
        BigDecimal min = moved.stream().flatMap(m -> java.util.stream.Stream.of(m.stated(), m.total()))
                .min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return Math.max(0, Math.floor((min.doubleValue() - 5) / 10) * 10);
    }

    /** 100, or a round number above the highest total when one passes 100. */
    static double axisMaximum(List<SummarySheet.Moved> moved) {
        BigDecimal max = moved.stream().flatMap(m -> java.util.stream.Stream.of(m.stated(), m.total()))
                .max(BigDecimal::compareTo).orElse(BigDecimal.valueOf(100));
        return Math.max(100, Math.ceil(max.doubleValue() / 10) * 10);
    }

    private static void fonts(XDDFChartAxis axis) {
        thai(axis.getOrAddTextProperties(), 13.0);
    }

    /** Thai is a complex script in DrawingML: name the font for it as well as for Latin text. */
    private static void thai(XDDFRunProperties text, double points) {
        text.setFonts(new XDDFFont[] {
            new XDDFFont(FontGroup.LATIN, Styles.FONT, null, null, null),
            new XDDFFont(FontGroup.COMPLEX_SCRIPT, Styles.FONT, null, null, null)});
        text.setFontSize(points);
    }
}
