package apparat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.sweep.SweepFolders;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.RectangleEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameter axes of a sweep's scatter charts label every value the design took, short and distinct. */
class SweepAxesTest {

    /** 12 linear levels whose values are not round, against 4 levels of a log range of whole numbers. */
    private static final String LEVELS = """
            scenario: small.yaml
            seed: 11
            run: {until: 1921-06}
            vary:
              secretariat.assignmentsPerYear: {range: [100, 20000], levels: 12}
              secretariat.poolSize: {range: [2, 100], log: true, levels: 4}
            outcomes:
              appointed: {column: province_appointed_share, at: 1921-06}
            """;

    @TempDir
    static Path dir;
    static Path levels;

    @BeforeAll
    static void sweep() throws Exception {
        levels = SweepFolders.make(dir, LEVELS, dir.resolve("levels"), 2);
    }

    /** The tick labels of the chart's parameter axis, drawn on a full-size chart. */
    static List<String> labels(JFreeChart chart) {
        ValueAxis axis = ((XYPlot) chart.getPlot()).getDomainAxis();
        BufferedImage image = chart.createBufferedImage(1920, 1080);
        @SuppressWarnings("unchecked")
        List<ValueTick> ticks = axis.refreshTicks(image.createGraphics(), new AxisState(),
                new Rectangle2D.Double(0, 0, 1700, 700), RectangleEdge.BOTTOM);
        return ticks.stream().map(ValueTick::getText).toList();
    }

    @Test
    void twelveUnroundValuesAreLabelledShortAndDistinct() throws Exception {
        List<String> labels = labels(SweepCharts.charts(levels).get("appointed-by-secretariat.assignmentsPerYear"));
        assertEquals(12, labels.size(), labels::toString);
        assertEquals(12, new HashSet<>(labels).size(), "distinct: " + labels);
        assertTrue(labels.stream().allMatch(l -> l.length() <= 6), "three significant digits: " + labels);
        assertEquals("100", labels.get(0));
        assertEquals("1,910", labels.get(1), "1909.09 in three digits, thousands grouped");
        assertEquals("20,000", labels.get(11));
    }

    @Test
    void aLogarithmicAxisLabelsEachValueOfTheDesign() throws Exception {
        JFreeChart chart = SweepCharts.charts(levels).get("appointed-by-secretariat.poolSize");
        assertTrue(((XYPlot) chart.getPlot()).getDomainAxis() instanceof LogValueAxis);
        assertEquals(List.of("2", "7", "27", "100"), labels(chart), "not only the powers of ten");
    }

    @Test
    void aMorrisDesignsLogarithmicLevelsAreEachLabelled() throws Exception {
        Path morris = SweepFolders.make(dir, SweepFolders.MORRIS, dir.resolve("morris"), 2);
        List<String> labels = labels(SweepCharts.charts(morris).get("members-by-secretariat.assignmentsPerYear"));
        assertEquals(List.of("100", "585", "3,420", "20,000"), labels, "the four levels of 100 to 20,000");
    }

    @Test
    void aLogarithmicAxisOfManyValuesIsLabelledOneTwoFive() {
        assertEquals(List.of("100", "200", "500", "1000", "2000", "5000", "10000"), LogValueAxis.series(80, 12000));
        assertEquals(List.of("2", "3", "4", "5"), LogValueAxis.series(1.5, 5.5), "a narrow range: every whole step");
        assertEquals(List.of("0.001", "0.01", "0.1", "1", "10", "100", "1000"), LogValueAxis.series(0.001, 1000),
                "six decades: the powers of ten alone");
    }

    @Test
    void theScatterIsTitledByWhatTheOutcomeMeansWithItsNameAndUnitOnTheAxis() throws Exception {
        JFreeChart chart = SweepCharts.charts(levels).get("appointed-by-secretariat.poolSize");
        assertEquals("Share of provincial secretaries appointed from above, June 1921", chart.getTitle().getText());
        assertEquals("appointed (share 0–1)", ((XYPlot) chart.getPlot()).getRangeAxis().getLabel());
        assertTrue(((org.jfree.chart.title.TextTitle) chart.getSubtitle(0)).getText()
                .equals("appointed in outcomes.csv: province_appointed_share at 1921-06; against secretariat.poolSize"),
                "the name and the parameter under the title");
    }
}
