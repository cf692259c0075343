package apparat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The headline figures of a run drawn as the months pass, for a live view: how secretaries got their posts at
 * each level (stacked shares in per cent, as in the run's "secretaries" figure), and the party's membership,
 * functionaries' pay and the congresses' vote for the leadership. The time axis spans the whole run from the
 * start, so the class sees how far it has gone. Events are numbered dashed lines in the colours of the static
 * charts. Not thread-safe: call it from the Swing thread.
 */
public final class LiveCharts {

    private static final String[] LEVEL_TITLES = {"Province (%)", "District (%)", "Cell (%)"};
    private static final String[] HOW = {"Elected by the members", "Recommended by the centre",
        "Appointed from above"};

    private final long start;
    private final long end;
    private final XYSeries[][] shares = new XYSeries[3][3];
    private final XYSeries members = new XYSeries("Members and candidates (thousands)", true, false);
    private final XYSeries pay = new XYSeries("Functionaries' pay (× average wage)", true, false);
    private final XYSeries vote = new XYSeries("Congress: vote for the leadership (%)", true, false);
    private final List<XYPlot> plots = new ArrayList<>();
    private final JFreeChart secretaries;
    private final JFreeChart party;
    private final LiveEventMarks marks;
    /** Type sizes for a 1366×768 screen, times the text scale. */
    private final Font title;
    private final Font axisFont;
    private final Font ticks;
    private final Font legendFont;
    private final Font subtitleFont;

    /**
     * @param scenario the scenario's name, for the subtitle
     * @param firstMonth first month of the run, {@code YYYY-MM}
     * @param lastMonth last month of the run, {@code YYYY-MM}
     */
    public LiveCharts(String scenario, String firstMonth, String lastMonth) {
        this(scenario, firstMonth, lastMonth, 1f);
    }

    /**
     * @param textScale type size relative to a 1366×768 screen (larger screens are read from as far away, so
     *                  their type grows with them)
     */
    public LiveCharts(String scenario, String firstMonth, String lastMonth, float textScale) {
        title = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(17 * textScale));
        axisFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(12 * textScale));
        ticks = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(12 * textScale));
        legendFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(13 * textScale));
        subtitleFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(12 * textScale));
        start = ChartStyle.millis(firstMonth);
        end = ChartStyle.millis(lastMonth) + 31L * 24 * 3600 * 1000;
        marks = new LiveEventMarks(end - start, Math.round(12 * textScale));
        secretaries = finish(new JFreeChart(null, title, secretariesPlot(), true),
                "How secretaries got their posts", scenario);
        party = finish(new JFreeChart(null, title, partyPlot(), true),
                "Members, pay of the apparatus, congress votes", scenario);
    }

    public JFreeChart secretaries() {
        return secretaries;
    }

    public JFreeChart party() {
        return party;
    }

    /**
     * Adds one month.
     *
     * @param month {@code YYYY-MM}
     * @param how shares of filled posts, fractions, {@code how[level][elected, recommended, appointed]}, level in
     *            the order province, district, cell; NaN when no post of the level is filled
     * @param membersInThousands candidates and full members, thousands
     * @param payRatio functionaries' mean pay over the average wage
     */
    public void month(String month, double[][] how, double membersInThousands, double payRatio) {
        double x = ChartStyle.millis(month);
        for (int l = 0; l < 3; l++) {
            for (int h = 0; h < 3; h++) {
                double v = Double.isNaN(how[l][h]) ? 0 : 100 * how[l][h];
                // the table dataset gives every series each new x; the others then update theirs in place
                shares[l][h].addOrUpdate(x, v);
            }
        }
        members.add(x, membersInThousands);
        if (!Double.isNaN(payRatio)) {
            pay.add(x, payRatio);
        }
    }

    /** A congress's vote for the leadership, as a fraction of the votes cast. */
    public void congress(String month, double leadershipVoteShare) {
        if (!Double.isNaN(leadershipVoteShare)) {
            vote.addOrUpdate((double) ChartStyle.millis(month), 100 * leadershipVoteShare);
        }
    }

    /**
     * Marks an event on every panel, labelled {@code mark} (a number, or a short tag) on the top panels.
     *
     * @param type {@code congress}, {@code purge}, {@code repression}, {@code levy} or {@code rule}
     * @param label what happened, for the key of a saved slide
     */
    public void event(String month, String type, String mark, String label) {
        marks.mark(plots, List.of(plots.get(0), plots.get(3)), month, type, mark, label);
    }

    /** Empties every series and removes the markers, for a new run. */
    public void clear() {
        for (XYSeries[] level : shares) {
            for (XYSeries s : level) {
                s.clear();
            }
        }
        members.clear();
        pay.clear();
        vote.clear();
        for (XYPlot plot : plots) {
            plot.clearDomainMarkers();
        }
        marks.clear();
    }

    /**
     * Adds or removes, at the foot of both charts, the key that names every marked event: a slide has no
     * About tab beside it.
     */
    public void showKey(boolean shown) {
        marks.showKey(shown, secretaries, party);
    }

    private CombinedDomainXYPlot secretariesPlot() {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(timeAxis());
        combined.setGap(6);
        for (int l = 0; l < 3; l++) {
            DefaultTableXYDataset data = new DefaultTableXYDataset();
            StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
            renderer.setLegendArea(new Rectangle(-9, -6, 18, 12));
            for (int h = 0; h < 3; h++) {
                shares[l][h] = new XYSeries(HOW[h], true, false);
                data.addSeries(shares[l][h]);
                renderer.setSeriesPaint(h, Palette.HOW[h]);
            }
            NumberAxis axis = valueAxis(LEVEL_TITLES[l]);
            axis.setRange(0, 100);
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(50));
            XYPlot plot = new XYPlot(data, null, axis, renderer);
            style(plot);
            combined.add(plot, 1);
        }
        ChartStyle.legendOfFirstPanel(combined);
        return combined;
    }

    private CombinedDomainXYPlot partyPlot() {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(timeAxis());
        combined.setGap(6);
        // short axis labels: the panels are low, and the legend names each series with its unit in full
        combined.add(line(members, "thousands", Palette.BLACK, false), 1);
        combined.add(line(pay, "× wage", Palette.VERMILLION, false), 1);
        XYPlot votes = line(vote, "%", Palette.PURPLE, true);
        ((NumberAxis) votes.getRangeAxis()).setRange(0, 105);
        ((NumberAxis) votes.getRangeAxis()).setTickUnit(new org.jfree.chart.axis.NumberTickUnit(50));
        combined.add(votes, 1);
        return combined;
    }

    private XYPlot line(XYSeries series, String axisLabel, Color colour, boolean points) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(!points, points);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setLegendLine(new Line2D.Double(-10, 0, 10, 0));
        NumberAxis axis = valueAxis(axisLabel);
        axis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
        style(plot);
        return plot;
    }

    private void style(XYPlot plot) {
        ChartStyle.stylePlot(plot);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            ValueAxis a = plot.getRangeAxis(i);
            if (a != null) {
                a.setLabelFont(axisFont);
                a.setTickLabelFont(ticks);
            }
        }
        plot.setAxisOffset(new RectangleInsets(2, 2, 2, 2));
        plots.add(plot);
    }

    private DateAxis timeAxis() {
        DateAxis axis = new DateAxis(null);
        int years = (int) ((end - start) / (365.25 * 24 * 3600 * 1000));
        int step = years <= 10 ? 1 : years <= 20 ? 2 : 5;
        axis.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.YEAR, step));
        java.text.SimpleDateFormat year = new java.text.SimpleDateFormat("yyyy");
        year.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        axis.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        axis.setDateFormatOverride(year);
        axis.setTickLabelFont(ticks);
        axis.setRange(start, end);
        return axis;
    }

    private NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(axisFont);
        axis.setTickLabelFont(ticks);
        return axis;
    }

    private JFreeChart finish(JFreeChart chart, String text, String scenario) {
        chart.setTitle(new TextTitle(text, title));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle subtitle = new TextTitle("Scenario: " + scenario + " · dashed lines: numbered events",
                subtitleFont);
        subtitle.setPaint(new Color(0x555555));
        chart.addSubtitle(0, subtitle);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(legendFont);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        return chart;
    }
}
