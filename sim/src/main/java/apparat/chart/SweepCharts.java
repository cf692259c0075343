package apparat.chart;

import apparat.sweep.Factor;
import apparat.sweep.Outcome;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * The figures of a sweep, drawn from its tables into {@code charts/} of its folder: each outcome against each
 * varied parameter (every run a dot, each design point's mean of replications a larger dot, and for a parameter
 * with few values the mean over all runs at each value as a line); for a grid of two or more parameters a heat
 * map of each outcome over the first two ({@link SweepHeatMap}); for Sobol' indices a bar chart per outcome;
 * for a morris design Morris' μ* against σ per outcome ({@link MorrisChart}).
 */
public final class SweepCharts {

    /** Most distinct values for which a parameter's values are joined by the line of their means. */
    private static final int FEW = 12;
    private static final Color RUN = new Color(0x80, 0x80, 0x80, 110);
    /** The outcome's identifier under a title: small, and in a typewriter face, as it stands in the tables. */
    private static final java.awt.Font IDENTIFIER = new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN,
            20);

    private SweepCharts() {
    }

    /** Draws every figure of the sweep in {@code dir} as PNG; returns the files written. */
    public static List<Path> render(Path dir) throws IOException {
        SweepData data = SweepData.read(dir);
        Path folder = dir.resolve("charts");
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> c : charts(data).entrySet()) {
            written.add(ChartFiles.write(c.getValue(), folder, c.getKey(), ChartFormat.PNG));
        }
        return written;
    }

    /** The figures of the sweep in {@code dir} by file name, for inspection (tests look at datasets). */
    public static Map<String, JFreeChart> charts(Path dir) throws IOException {
        return charts(SweepData.read(dir));
    }

    /** The figures by file name (without extension), in order. */
    static Map<String, JFreeChart> charts(SweepData data) {
        Map<String, JFreeChart> out = new LinkedHashMap<>();
        List<Outcome> outcomes = data.definition.outcomes();
        List<Factor> factors = data.definition.factors();
        for (int o = 0; o < outcomes.size(); o++) {
            for (int f = 0; f < factors.size(); f++) {
                out.put(outcomes.get(o).name() + "-by-" + factors.get(f).key(), scatter(data, o, f));
            }
            if (data.definition.design() == apparat.sweep.Design.GRID && factors.size() >= 2) {
                out.put(outcomes.get(o).name() + "-heatmap", SweepHeatMap.chart(data, o));
            }
            if (!data.indices.isEmpty()) {
                out.put(outcomes.get(o).name() + "-sensitivity", sensitivity(data, o));
            }
            if (!data.screening.isEmpty()) {
                out.put(outcomes.get(o).name() + "-morris", MorrisChart.chart(data, o));
            }
        }
        return out;
    }

    static JFreeChart scatter(SweepData data, int outcome, int factor) {
        Factor f = data.definition.factors().get(factor);
        String name = data.definition.outcomes().get(outcome).name();
        int replications = data.definition.replications();
        List<String> distinct = distinct(data, factor);
        double spacing = spacing(f, distinct);
        boolean logScale = f.range() != null && f.range().log();
        XYSeries runs = new XYSeries("Run", false, true);
        for (SweepData.Row r : data.runs) {
            double x = SweepData.position(f, r.values().get(factor));
            if (spacing > 0 && replications > 1 && !logScale) {
                // spread the runs at a value a little sideways so that they do not hide each other
                x += 0.25 * spacing * ((double) r.replication() / (replications - 1) - 0.5);
            }
            add(runs, x, r.outcomes()[outcome]);
        }
        XYSeries means = new XYSeries("Mean of the " + replications + " replications at a design point", false,
                true);
        for (SweepData.Row p : data.points) {
            add(means, SweepData.position(f, p.values().get(factor)), p.outcomes()[outcome]);
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        if (replications > 1) {
            dataset.addSeries(runs);
            dataset.addSeries(means);
        } else {
            runs.setKey("Run (one replication per design point)");
            dataset.addSeries(runs);
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, RUN);
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        dots.setSeriesPaint(1, Palette.BLUE);
        dots.setSeriesShape(1, new Ellipse2D.Double(-9, -9, 18, 18));
        ValueAxis xAxis = f.numeric() && spacing > 0 && !logScale ? ticksAt(f, distinct, spacing)
                : axis(f, distinct);
        XYPlot plot = new XYPlot(dataset, xAxis, ChartStyle.valueAxis(name), dots);
        if (distinct.size() <= FEW && data.points.size() > distinct.size()) {
            XYSeries line = new XYSeries("Mean over all runs with this value", true, false);
            for (String v : distinct) {
                double sum = 0;
                int n = 0;
                for (SweepData.Row r : data.runs) {
                    if (r.values().get(factor).equals(v) && !Double.isNaN(r.outcomes()[outcome])) {
                        sum += r.outcomes()[outcome];
                        n++;
                    }
                }
                if (n > 0) {
                    line.add(SweepData.position(f, v), sum / n);
                }
            }
            XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
            lines.setSeriesPaint(0, Palette.VERMILLION);
            lines.setSeriesStroke(0, ChartStyle.LINE);
            lines.setSeriesShape(0, new Rectangle2D.Double(-7, -7, 14, 14));
            plot.setDataset(1, new XYSeriesCollection(line));
            plot.setRenderer(1, lines);
        }
        ChartStyle.stylePlot(plot);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        Outcome o = data.definition.outcomes().get(outcome);
        plot.getRangeAxis().setLabel(name + " (" + OutcomeWords.unit(o) + ")");
        // the parameter stays out of the title: its key is long, and the axis below names it
        JFreeChart chart = finish(new JFreeChart(null, ChartStyle.TITLE, plot, true), OutcomeWords.meaning(o), data);
        identify(chart, o, "against " + f.key());
        return chart;
    }

    static JFreeChart sensitivity(SweepData data, int outcome) {
        String name = data.definition.outcomes().get(outcome).name();
        List<Factor> factors = data.definition.factors();
        XYIntervalSeries first = new XYIntervalSeries("First-order index (the parameter alone)");
        XYIntervalSeries total = new XYIntervalSeries("Total index (with its interactions)");
        for (SweepData.Index ix : data.indices) {
            if (!ix.outcome().equals(name)) {
                continue;
            }
            int i = factors.stream().map(Factor::key).toList().indexOf(ix.parameter());
            first.add(i - 0.18, i - 0.34, i - 0.02, ix.first(), low(ix.firstLow(), ix.first()),
                    high(ix.firstHigh(), ix.first()));
            total.add(i + 0.18, i + 0.02, i + 0.34, ix.total(), low(ix.totalLow(), ix.total()),
                    high(ix.totalHigh(), ix.total()));
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(first);
        dataset.addSeries(total);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, Palette.SKY);
        bars.setSeriesPaint(1, Palette.BLUE);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setBaseShapesVisible(false);
        whiskers.setErrorPaint(Color.BLACK);
        whiskers.setErrorStroke(new BasicStroke(2.5f));
        whiskers.setCapLength(14);
        SymbolAxis x = new SymbolAxis("Varied parameter", factors.stream().map(Factor::key).toArray(String[]::new));
        x.setGridBandsVisible(false);
        x.setRange(-0.6, factors.size() - 0.4);
        NumberAxis y = ChartStyle.valueAxis("Sobol' index (share of the variance of " + name + ")");
        XYPlot plot = new XYPlot(dataset, x, y, bars);
        // the whiskers share the bars' series: the legend names each series once
        plot.setFixedLegendItems(bars.getLegendItems());
        plot.setDataset(1, dataset);
        plot.setRenderer(1, whiskers);
        // whiskers over the bars: drawn the other way round, a bar hides the part of its interval below its top
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        ChartStyle.stylePlot(plot);
        x.setLabelFont(ChartStyle.AXIS_LABEL);
        x.setTickLabelFont(ChartStyle.TICKS);
        double top = Math.max(1.0, data.indices.stream().filter(ix -> ix.outcome().equals(name))
                .mapToDouble(ix -> Math.max(ix.firstHigh(), ix.totalHigh())).filter(Double::isFinite).max()
                .orElse(1));
        double bottom = Math.min(0, data.indices.stream().filter(ix -> ix.outcome().equals(name))
                .mapToDouble(ix -> Math.min(ix.firstLow(), ix.totalLow())).filter(Double::isFinite).min()
                .orElse(0));
        y.setRange(bottom - 0.02, top + 0.02);
        // an index is a share of the variance, at most 1; an estimate above the line is sampling error
        ValueMarker all = new ValueMarker(1.0, Color.GRAY, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {10f, 8f}, 0f));
        plot.addRangeMarker(all, Layer.BACKGROUND);
        Outcome o = data.definition.outcomes().get(outcome);
        JFreeChart chart = finish(new JFreeChart(null, ChartStyle.TITLE, plot, true),
                OutcomeWords.meaning(o), data);
        identify(chart, o, "what drives it: Sobol' indices of the varied parameters");
        TextTitle note = new TextTitle("Whiskers: 90 % bootstrap interval. Dashed line: 1, all of the variance; "
                + "estimates above it are sampling error. Estimators: Saltelli et al. (2010) for the first-order, "
                + "Jansen (1999) for the total index.", ChartStyle.KEY);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(chart.getSubtitleCount() - 1, note);
        return chart;
    }

    private static double low(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    private static double high(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    private static void add(XYSeries s, double x, double y) {
        if (!Double.isNaN(y)) {
            s.add(x, y);
        }
    }

    /** The smallest gap between a parameter's values when it has few of them (1 for words); else 0. */
    private static double spacing(Factor f, List<String> distinct) {
        if (distinct.size() > FEW || distinct.size() < 2) {
            return distinct.size() == 1 ? 1 : 0;
        }
        if (!f.numeric()) {
            return 1;
        }
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < distinct.size(); i++) {
            gap = Math.min(gap, SweepData.position(f, distinct.get(i)) - SweepData.position(f, distinct.get(i - 1)));
        }
        return gap;
    }

    /**
     * A number axis with a tick at each value the parameter took, labelled as the heat map labels it (the fewest
     * significant digits that keep the values apart), and half a gap of room at either end.
     */
    static NumberAxis ticksAt(Factor f, List<String> distinct, double spacing) {
        List<String> labels = GridAxis.labels(f, distinct);
        NumberAxis axis = new NumberAxis(f.key()) {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public java.util.List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                               Rectangle2D area, RectangleEdge edge) {
                java.util.List ticks = new ArrayList();
                for (int i = 0; i < distinct.size(); i++) {
                    ticks.add(new org.jfree.chart.axis.NumberTick(SweepData.position(f, distinct.get(i)),
                            labels.get(i), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
                }
                return ticks;
            }
        };
        axis.setRange(SweepData.position(f, distinct.get(0)) - spacing / 2,
                SweepData.position(f, distinct.get(distinct.size() - 1)) + spacing / 2);
        axis.setLabelFont(ChartStyle.AXIS_LABEL);
        axis.setTickLabelFont(ChartStyle.TICKS);
        return axis;
    }

    /** A factor's distinct values in the tables, in the factor's order (lists) or ascending (numbers). */
    static List<String> distinct(SweepData data, int factor) {
        Factor f = data.definition.factors().get(factor);
        List<String> seen = new ArrayList<>();
        for (SweepData.Row p : data.points) {
            if (!seen.contains(p.values().get(factor))) {
                seen.add(p.values().get(factor));
            }
        }
        seen.sort(java.util.Comparator.comparingDouble(v -> SweepData.position(f, v)));
        return seen;
    }

    private static ValueAxis axis(Factor f, List<String> distinct) {
        ValueAxis axis;
        if (!f.numeric()) {
            SymbolAxis s = new SymbolAxis(f.key(), SweepData.labels(f).toArray(new String[0]));
            s.setGridBandsVisible(false);
            s.setRange(-0.5, SweepData.labels(f).size() - 0.5);
            axis = s;
        } else if (f.range() != null && f.range().log()) {
            // every value of a few labelled, else a 1-2-5 series: JFreeChart's own labels only powers of ten
            LogValueAxis log = new LogValueAxis(f, distinct.size() <= FEW ? distinct : List.of());
            log.setSmallestValue(f.range().low() / 2);
            axis = log;
        } else {
            NumberAxis n = new NumberAxis(f.key());
            n.setAutoRangeIncludesZero(false);
            axis = n;
        }
        axis.setLabelFont(ChartStyle.AXIS_LABEL);
        axis.setTickLabelFont(ChartStyle.TICKS);
        return axis;
    }

    /**
     * Writes the outcome's identifier, as outcomes.csv names it, and how it was read, in small type under the
     * title, so that a researcher can find the column behind a title in words.
     */
    static void identify(JFreeChart chart, Outcome o, String how) {
        TextTitle id = new TextTitle(OutcomeWords.identifier(o) + (how.isEmpty() ? "" : "; " + how), IDENTIFIER);
        id.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(0, id);
    }

    /** Titles a sweep chart: the title, the sweep and its design, the source line; white, anti-aliased. */
    static JFreeChart finish(JFreeChart chart, String title, SweepData data) {
        chart.setTitle(new TextTitle(title, ChartStyle.TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        String description = data.definition.description().isEmpty() ? "Sweep " + data.definition.name()
                : data.definition.description();
        TextTitle subtitle = new TextTitle(description + " — scenario " + data.text("scenario") + ", "
                + data.design(), ChartStyle.SUBTITLE);
        subtitle.setPaint(Color.DARK_GRAY);
        subtitle.setMaximumLinesToDisplay(2);
        chart.addSubtitle(0, subtitle);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(ChartStyle.LEGEND);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            // room after each entry, so that one entry's text does not run into the next one's symbol
            legend.setItemLabelPadding(new org.jfree.ui.RectangleInsets(2, 4, 2, 20));
        }
        TextTitle source = new TextTitle(data.sourceLine(), ChartStyle.SOURCE);
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        source.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(source);
        chart.setPadding(new RectangleInsets(16, 16, 12, 24));
        return chart;
    }
}
