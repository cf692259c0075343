package apparat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.sweep.SweepFolders;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.jfree.ui.RectangleEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heat map of a grid sweep: equal values in one colour with a legend of one tick, a spread of values over
 * the whole scale, cell labels only where cells have room for them.
 */
class SweepHeatMapTest {

    /** 20 × 2 cells; the number of provincial posts is the same in every run, the recommended share is not. */
    private static final String WIDE = """
            scenario: small.yaml
            seed: 5
            vary:
              appointment.acceptance: {range: [0.05, 1.0], levels: 20}
              secretariat.selection: [loyalty, chance]
            outcomes:
              posts: {column: province_posts, at: 1922-06}
              recommended: {column: province_recommended_share, mean: [1921-06, 1922-06]}
            """;

    @TempDir
    static Path dir;
    static Path wide;
    static Path grid;

    @BeforeAll
    static void sweeps() throws Exception {
        wide = SweepFolders.make(dir, WIDE, dir.resolve("wide"), 2);
        grid = SweepFolders.grid(dir, dir.resolve("grid"));
    }

    private static PaintScaleLegend legend(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend l) {
                return l;
            }
        }
        throw new AssertionError("no colour legend");
    }

    private static double[] values(XYZDataset cells) {
        double[] z = new double[cells.getItemCount(0)];
        for (int i = 0; i < z.length; i++) {
            z[i] = cells.getZValue(0, i);
        }
        return z;
    }

    @Test
    void equalValuesAreDrawnInOneColourWithALegendOfOneTick() throws Exception {
        JFreeChart chart = SweepCharts.charts(wide).get("posts-heatmap");
        XYPlot plot = (XYPlot) chart.getPlot();
        XYZDataset cells = (XYZDataset) plot.getDataset();
        double[] z = values(cells);
        assertEquals(40, z.length);
        for (double v : z) {
            assertEquals(z[0], v, "the fixture's outcome is the same in every cell");
        }
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(1920, 1080, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        ValueAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        for (int i = 0; i < z.length; i++) {
            // a quarter cell off the centre, clear of any label
            int px = (int) x.valueToJava2D(cells.getXValue(0, i) + 0.25, area, plot.getDomainAxisEdge());
            int py = (int) y.valueToJava2D(cells.getYValue(0, i) + 0.25, area, plot.getRangeAxisEdge());
            assertEquals(Viridis.MIDDLE.getRGB(), image.getRGB(px, py), "cell " + i + " at " + px + "," + py);
        }
        PaintScaleLegend legend = legend(chart);
        assertTrue(legend.getScale().getLowerBound() < z[0] && z[0] < legend.getScale().getUpperBound());
        NumberAxis axis = (NumberAxis) legend.getAxis();
        assertTrue(axis.getLabel().startsWith("Posts, the same in every cell"), axis.getLabel());
        Graphics2D g2 = image.createGraphics();
        @SuppressWarnings("unchecked")
        List<ValueTick> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 40, 800),
                RectangleEdge.LEFT);
        assertEquals(1, ticks.size());
        assertEquals(z[0], ticks.get(0).getValue());
        assertEquals(GridAxis.value(z[0]), ticks.get(0).getText());
    }

    @Test
    void aSpreadOfValuesSpansTheScaleWithAFewTicks() throws Exception {
        JFreeChart chart = SweepCharts.charts(wide).get("recommended-heatmap");
        double[] z = values((XYZDataset) ((XYPlot) chart.getPlot()).getDataset());
        double low = java.util.Arrays.stream(z).min().orElseThrow();
        double high = java.util.Arrays.stream(z).max().orElseThrow();
        assertTrue(high > low, "the fixture's recommended share varies");
        PaintScaleLegend legend = legend(chart);
        assertEquals(low, legend.getScale().getLowerBound());
        assertEquals(high, legend.getScale().getUpperBound());
        assertNotEquals(legend.getScale().getPaint(low), legend.getScale().getPaint(high));
        assertEquals("Share 0–1", legend.getAxis().getLabel(), "the unit; the title says what");
        BufferedImage image = chart.createBufferedImage(1920, 1080);
        @SuppressWarnings("unchecked")
        List<ValueTick> ticks = legend.getAxis().refreshTicks(image.createGraphics(), new AxisState(),
                new Rectangle2D.Double(0, 0, 40, 800), RectangleEdge.LEFT);
        assertTrue(ticks.size() >= 2 && ticks.size() <= 9, ticks.size() + " ticks on the legend");
    }

    @Test
    void cellsAreLabelledOnlyWhileTheyHaveRoom() throws Exception {
        XYPlot small = (XYPlot) SweepCharts.charts(grid).get("appointed_mean-heatmap").getPlot();
        assertEquals(4, small.getAnnotations().size(), "a 2 × 2 grid labels each cell");
        XYPlot large = (XYPlot) SweepCharts.charts(wide).get("recommended-heatmap").getPlot();
        assertTrue(SweepHeatMap.LABELLED_COLUMNS < 20);
        assertTrue(large.getAnnotations().isEmpty(), "20 columns are read by the legend");
    }

    @Test
    void axesNameTheParameterAndItsUnit() throws Exception {
        XYPlot plot = (XYPlot) SweepCharts.charts(wide).get("recommended-heatmap").getPlot();
        assertEquals("appointment.acceptance (share)", plot.getDomainAxis().getLabel());
        assertEquals("secretariat.selection", plot.getRangeAxis().getLabel());
        assertFalse(((GridAxis) plot.getDomainAxis()).getSymbols()[1].length() > 5, "0.1 written short");
    }

    @Test
    void legendStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1000, SweepHeatMap.step(650), 1e-9);
        assertEquals(0.05, SweepHeatMap.step(0.03), 1e-12);
        assertEquals(2, SweepHeatMap.step(2), 1e-12);
        assertEquals(10, SweepHeatMap.step(6), 1e-12);
    }

    @Test
    void theTitleSaysWhatTheOutcomeMeansAndTheIdentifierStaysInSmallType() throws Exception {
        JFreeChart chart = SweepCharts.charts(wide).get("recommended-heatmap");
        assertEquals("Share of provincial secretaries recommended by the centre, mean of June 1921 to June 1922",
                chart.getTitle().getText());
        List<String> subtitles = new java.util.ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                subtitles.add(t.getText());
            }
        }
        assertTrue(subtitles.get(0).startsWith("recommended in outcomes.csv: mean province_recommended_share"),
                "the identifier right under the title: " + subtitles);
        assertTrue(((org.jfree.chart.title.TextTitle) chart.getSubtitle(0)).getFont().getSize()
                < chart.getTitle().getFont().getSize() / 1.5, "in small type");
    }
}
