package apparat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.sweep.SweepFolders;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's charts show what its tables hold; compare draws a sweep's design points. */
class SweepChartsTest {

    @TempDir
    static Path dir;
    static Path grid;

    @BeforeAll
    static void sweep() throws Exception {
        grid = SweepFolders.grid(dir, dir.resolve("grid"));
    }

    private static List<CSVRecord> table(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void eachOutcomeIsDrawnAgainstEachParameterWithTheRunsAndThePointMeans() throws Exception {
        Map<String, JFreeChart> charts = SweepCharts.charts(grid);
        assertEquals(Set.of("members_end-by-appointment.acceptance", "members_end-by-secretariat.selection",
                "members_end-heatmap", "appointed_mean-by-appointment.acceptance",
                "appointed_mean-by-secretariat.selection", "appointed_mean-heatmap", "vote-by-appointment.acceptance",
                "vote-by-secretariat.selection", "vote-heatmap"), charts.keySet());
        XYDataset scatter = ((XYPlot) charts.get("members_end-by-appointment.acceptance").getPlot()).getDataset(0);
        assertEquals(8, scatter.getItemCount(0), "every run");
        assertEquals(4, scatter.getItemCount(1), "every design point");
        List<CSVRecord> summary = table(grid.resolve("summary.csv"));
        for (int p = 0; p < 4; p++) {
            assertEquals(Double.parseDouble(summary.get(p).get("members_end_mean")), scatter.getYValue(1, p), 1e-6);
        }
        List<Path> files = SweepCharts.render(grid);
        assertEquals(9, files.size());
        assertTrue(files.stream().allMatch(f -> Files.isRegularFile(f) && f.toString().endsWith(".png")));
    }

    @Test
    void theHeatMapShowsTheMeanOverTheRunsOfEachPairOfValues() throws Exception {
        XYZDataset cells = (XYZDataset) ((XYPlot) SweepCharts.charts(grid).get("appointed_mean-heatmap").getPlot())
                .getDataset();
        Map<String, double[]> expected = new HashMap<>();
        for (CSVRecord r : table(grid.resolve("outcomes.csv"))) {
            double[] sn = expected.computeIfAbsent(r.get("appointment.acceptance") + "/"
                    + r.get("secretariat.selection"), k -> new double[2]);
            sn[0] += Double.parseDouble(r.get("appointed_mean"));
            sn[1]++;
        }
        String[] acceptance = {"0.3", "0.9"};
        String[] selection = {"loyalty", "chance"};
        assertEquals(4, cells.getItemCount(0));
        for (int i = 0; i < cells.getItemCount(0); i++) {
            double[] sn = expected.get(acceptance[(int) cells.getXValue(0, i)] + "/"
                    + selection[(int) cells.getYValue(0, i)]);
            assertEquals(sn[0] / sn[1], cells.getZValue(0, i), 1e-6);
        }
    }

    @Test
    void compareDrawsEachDesignPointOfASweepAsItsReplicationMean() throws Exception {
        JFreeChart chart = Comparison.chart(List.of(grid), "members", null);
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) ((XYPlot) chart.getPlot()).getDataset();
        assertEquals(4, bands.getSeriesCount());
        assertTrue(bands.getSeriesKey(0).toString().startsWith("point 0: appointment.acceptance=0.3, "
                + "secretariat.selection=loyalty"), bands.getSeriesKey(0).toString());
        assertEquals(18, bands.getItemCount(0), "one value a month");
        JFreeChart two = Comparison.chart(List.of(grid), "members", Set.of(1, 2));
        assertEquals(2, ((XYPlot) two.getPlot()).getDataset().getSeriesCount());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Comparison.chart(List.of(grid), "members", Set.of(7)));
        assertTrue(none.getMessage().contains("no runs"), none.getMessage());
    }

    @Test
    void aSobolSweepGetsABarChartOfItsIndices() throws Exception {
        Path sobol = SweepFolders.make(dir, SweepFolders.SOBOL, dir.resolve("sobol"), 2);
        JFreeChart bars = SweepCharts.charts(sobol).get("appointed-sensitivity");
        XYDataset indices = ((XYPlot) bars.getPlot()).getDataset();
        assertEquals(2, indices.getSeriesCount(), "first-order and total");
        assertEquals(2, indices.getItemCount(0), "one bar per parameter");
        assertEquals(2, ((XYPlot) bars.getPlot()).getLegendItems().getItemCount(), "each series named once");
        XYPlot plot = (XYPlot) bars.getPlot();
        assertEquals(DatasetRenderingOrder.FORWARD, plot.getDatasetRenderingOrder(),
                "the whiskers (dataset 1) are drawn over the bars (dataset 0), whole");
        Collection<?> lines = plot.getRangeMarkers(Layer.BACKGROUND);
        assertEquals(1, lines.size());
        assertEquals(1.0, ((ValueMarker) lines.iterator().next()).getValue(), "a line at 1, all of the variance");
    }

    @Test
    void aMorrisSweepGetsMuStarAgainstSigmaWithEachParameterLabelled() throws Exception {
        Path morris = SweepFolders.make(dir, SweepFolders.MORRIS, dir.resolve("morris"), 2);
        Map<String, JFreeChart> charts = SweepCharts.charts(morris);
        assertTrue(charts.containsKey("appointed-morris") && charts.containsKey("members-morris"), charts.keySet()
                .toString());
        XYPlot plot = (XYPlot) charts.get("members-morris").getPlot();
        XYDataset points = plot.getDataset(0);
        assertEquals(2, points.getSeriesCount(), "one point per parameter");
        List<CSVRecord> table = table(morris.resolve("morris.csv"));
        for (int i = 0; i < 2; i++) {
            CSVRecord row = table.get(2 + i);
            assertEquals("members", row.get("outcome"));
            assertEquals(row.get("parameter"), points.getSeriesKey(i));
            assertEquals(Double.parseDouble(row.get("mu_star")), points.getXValue(i, 0), 1e-9);
            assertEquals(Double.parseDouble(row.get("sigma")), points.getYValue(i, 0), 1e-9);
        }
        long labels = plot.getAnnotations().stream().filter(a -> a instanceof org.jfree.chart.annotations
                .XYTextAnnotation t && t.getText().trim().equals("appointment.acceptance")).count();
        assertEquals(1, labels, "the point carries its parameter's name");
        assertEquals(3, plot.getLegendItems().getItemCount(), "two parameters and the reference lines");
        List<Path> files = SweepCharts.render(morris);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("members-morris.png")));
    }
}
