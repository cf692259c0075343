package apparat.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.run.RunRequest;
import apparat.run.SimulationRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each figure is drawn from a small fixed run: the right files, the right size, the series and markers. */
class RunChartsTest {

    private static final String SCENARIO = """
            name: chart-fixture
            description: A small run with every kind of event, for drawing.
            run: {start: 1920-01, end: 1924-12, seed: 3, scale: 50}
            members: {initial: 300000}
            secretariat: {assignmentsPerYear: 5000, selection: loyalty}
            appointment: {province: {mode: recommend}, district: {mode: appoint, rate: 0.3}}
            privileges: {payProvince: 43, payDistrict: 36, payCell: 30, staffPerProvince: 10}
            timeline:
              ban: {date: 1921-03, type: rule, label: Ban on factions, set: {opinion.factionBan: true}}
              purge: {date: 1921-08, type: purge, label: Purge, quota: 0.2, weights: {opposition: 1}}
              c12: {date: 1923-04, type: congress, label: 12th Congress, delegates: 400}
              terror: {date: 1924-01, type: repression, label: Arrests, arrests: 0.02, months: 6}
            """;

    @TempDir
    static Path dir;
    static Path run;

    @BeforeAll
    static void runFixture() throws IOException {
        Path file = dir.resolve("fixture.yaml");
        Files.writeString(file, SCENARIO);
        run = SimulationRun.execute(new RunRequest(file, null, null, null, null, dir.resolve("results"), "test"),
                apparat.run.Progress.NONE, null).folder();
    }

    @Test
    void everyFigureIsAPngOfLectureSizeAndAValidSvg() throws Exception {
        List<Path> written = RunCharts.render(run, EnumSet.of(ChartFormat.PNG, ChartFormat.SVG));
        for (String name : RunCharts.names()) {
            Path png = run.resolve("charts/" + name + ".png");
            Path svg = run.resolve("charts/" + name + ".svg");
            assertTrue(written.contains(png) && written.contains(svg), name);
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1920, image.getWidth(), name);
            assertEquals(1080, image.getHeight(), name);
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertEquals("svg", xml.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getNodeName());
        }
        String index = Files.readString(run.resolve("charts/index.html"));
        assertTrue(index.contains("chart-fixture") && index.contains("A small run with every kind of event"));
        assertTrue(index.contains("secretariat.assignmentsPerYear"), "changed parameters are listed");
        assertFalse(index.contains("structure.provinces"), "unchanged parameters are not");
        assertTrue(index.contains("<td>1921-03</td><td>Ban on factions</td>"), "the timeline is listed");
    }

    @Test
    void pdfIsWrittenOnRequest() throws IOException {
        RunCharts.render(run, EnumSet.of(ChartFormat.PDF), List.of("membership"));
        byte[] head = Files.readAllBytes(run.resolve("charts/membership.pdf"));
        assertEquals("%PDF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theHeadlineFigureHasThreeLevelsOfThreeWaysWithTheTimelineMarked() throws IOException {
        JFreeChart chart = RunCharts.chart(run, "secretaries").orElseThrow();
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        assertEquals(3, plot.getSubplots().size());
        for (Object o : plot.getSubplots()) {
            XYPlot panel = (XYPlot) o;
            assertEquals(3, panel.getDataset().getSeriesCount());
            assertEquals("Elected by the members", panel.getDataset().getSeriesKey(0));
            assertEquals(60, panel.getDataset().getItemCount(0), "one point a month");
            assertEquals(4, panel.getDomainMarkers(org.jfree.ui.Layer.FOREGROUND).size(), "four events");
        }
        XYPlot first = (XYPlot) plot.getSubplots().get(0);
        // stacked shares reach 100 % wherever a post is filled
        double top = 0;
        for (int s = 0; s < 3; s++) {
            top += first.getDataset().getYValue(s, 30);
        }
        assertEquals(100, top, 1e-6);
        assertTrue(chart.getTitle().getText().contains("secretaries"));
        assertEquals(3, chart.getSubtitleCount(), "legend, scenario subtitle and source line");
    }

    @Test
    void theLoyaltyFigureShowsTheCongressAsAPoint() throws IOException {
        JFreeChart chart = RunCharts.chart(run, "loyalty").orElseThrow();
        XYPlot lower = (XYPlot) ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(1);
        assertEquals("Congress: vote for the leadership", lower.getDataset().getSeriesKey(2));
        assertEquals(1, lower.getDataset().getItemCount(2), "one congress");
    }

    @Test
    void svgIsTheSameBytesEveryTime() throws IOException {
        JFreeChart a = RunCharts.chart(run, "membership").orElseThrow();
        JFreeChart b = RunCharts.chart(run, "membership").orElseThrow();
        assertEquals(ChartFiles.svg(a, "membership"), ChartFiles.svg(b, "membership"));
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Files.createDirectories(one);
        Files.createDirectories(two);
        byte[] x = Files.readAllBytes(RunCharts.write(a, one, "m", ChartFormat.SVG));
        byte[] y = Files.readAllBytes(RunCharts.write(b, two, "m", ChartFormat.SVG));
        assertArrayEquals(x, y);
    }

    @Test
    void aRunWithoutAColumnSkipsItsFigure() throws IOException {
        Path copy = dir.resolve("old-run");
        Files.createDirectories(copy);
        for (String f : List.of("manifest.json", "events.csv", "congresses.csv", "parameters.csv")) {
            Files.copy(run.resolve(f), copy.resolve(f));
        }
        List<String> lines = Files.readAllLines(run.resolve("monthly.csv"));
        String[] header = lines.get(0).split(",");
        int drop = List.of(header).indexOf("pay_ratio");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(drop);
            out.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(copy.resolve("monthly.csv"), out);
        List<Path> written = RunCharts.render(copy, EnumSet.of(ChartFormat.PNG));
        assertFalse(Files.exists(copy.resolve("charts/apparatus.png")), "no pay ratio, no apparatus figure");
        assertTrue(written.contains(copy.resolve("charts/secretaries.png")));
    }

    @Test
    void comparisonDrawsReplicationsAsAMeanWithABand() throws IOException {
        Path file = dir.resolve("fixture.yaml");
        Path a = SimulationRun.execute(new RunRequest(file, 11L, null, null, null, dir.resolve("cmp"), "t"),
                apparat.run.Progress.NONE, null).folder();
        Path b = SimulationRun.execute(new RunRequest(file, 12L, null, null, null, dir.resolve("cmp"), "t"),
                apparat.run.Progress.NONE, null).folder();
        JFreeChart chart = Comparison.chart(List.of(a, b), "province_recommended_share");
        org.jfree.data.xy.IntervalXYDataset data = (org.jfree.data.xy.IntervalXYDataset) chart.getXYPlot()
                .getDataset();
        assertEquals(1, data.getSeriesCount(), "two replications of one scenario are one series");
        assertEquals("chart-fixture (2 runs)", data.getSeriesKey(0));
        boolean banded = false;
        for (int i = 0; i < data.getItemCount(0); i++) {
            assertTrue(data.getStartYValue(0, i) <= data.getYValue(0, i) + 1e-9);
            assertTrue(data.getEndYValue(0, i) >= data.getYValue(0, i) - 1e-9);
            banded |= data.getEndYValue(0, i) > data.getStartYValue(0, i);
        }
        assertTrue(banded, "different seeds give a band of some width");
        assertEquals("Share of provincial secretaries recommended by the centre", chart.getTitle().getText(),
                "the title gives the column's meaning, not its name");
        assertEquals("Share (%)", chart.getXYPlot().getRangeAxis().getLabel(), "the axis gives its unit");
        assertEquals(100, chart.getXYPlot().getRangeAxis().getUpperBound(), 1e-9, "a share drawn in per cent");
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] v = {0, 10, 20, 30, 40};
        assertEquals(2, Comparison.percentile(v, 0.05), 1e-12);
        assertEquals(38, Comparison.percentile(v, 0.95), 1e-12);
        assertEquals(7, Comparison.percentile(new double[] {7}, 0.95), 1e-12);
    }
}
