package apparat.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The five figures of a run, each built from the run's tables alone. A figure whose columns the run lacks is
 * left out (an older run, or a model without that mechanism), never drawn empty.
 */
final class Figures {

    /** The figures, by the name {@code apparat chart --only} takes, in the order of the index page. */
    static final List<String> NAMES = List.of("secretaries", "membership", "apparatus", "loyalty", "purges");

    private static final String[] LEVELS = {"province", "district", "cell"};
    private static final String[] LEVEL_TITLES = {"Provincial", "District", "Cell"};
    private static final String[] STAZH = {"pre1917", "1917_1920", "1921_1928", "1929_on"};
    private static final String[] STAZH_TITLES = {"joined before Nov 1917", "joined Nov 1917–1920",
        "joined 1921–1928", "joined 1929 or later"};

    private Figures() {
    }

    static Optional<JFreeChart> build(String name, RunData run) {
        return switch (name) {
            case "secretaries" -> secretaries(run);
            case "membership" -> membership(run);
            case "apparatus" -> apparatus(run);
            case "loyalty" -> loyalty(run);
            case "purges" -> purges(run);
            default -> throw new IllegalArgumentException("no chart named " + name);
        };
    }

    /** The headline: how secretaries got their posts, level by level, as stacked shares. */
    static Optional<JFreeChart> secretaries(RunData run) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.timeAxis(run));
        combined.setGap(18);
        boolean first = true;
        for (int l = 0; l < LEVELS.length; l++) {
            String level = LEVELS[l];
            if (!run.has(level + "_elected_share")) {
                continue;
            }
            DefaultTableXYDataset data = new DefaultTableXYDataset();
            String[] how = {"elected", "recommended", "appointed"};
            String[] legend = {"Elected by the members", "Recommended by the centre", "Appointed from above"};
            for (int h = 0; h < how.length; h++) {
                XYSeries s = new XYSeries(legend[h], true, false);
                double[] share = run.column(level + "_" + how[h] + "_share");
                for (int i = 0; i < share.length; i++) {
                    s.add(ChartStyle.millis(run.months().get(i)), Double.isNaN(share[i]) ? 0 : 100 * share[i]);
                }
                data.addSeries(s);
            }
            NumberAxis axis = ChartStyle.valueAxis(LEVEL_TITLES[l] + " (%)");
            axis.setRange(0, 100);
            StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
            renderer.setLegendArea(new java.awt.Rectangle(-14, -10, 28, 20));
            for (int h = 0; h < how.length; h++) {
                renderer.setSeriesPaint(h, Palette.HOW[h]);
            }
            XYPlot plot = new XYPlot(data, null, axis, renderer);
            ChartStyle.stylePlot(plot);
            ChartStyle.markEvents(plot, run.events(), first);
            first = false;
            combined.add(plot, 1);
        }
        if (combined.getSubplots().isEmpty()) {
            return Optional.empty();
        }
        ChartStyle.legendOfFirstPanel(combined);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, combined, true);
        return Optional.of(ChartStyle.finish(chart,
                "How secretaries got their posts: provincial, district and cell secretaries", run));
    }

    /** Members and candidates (stocks) above, the month's flows below. */
    static Optional<JFreeChart> membership(RunData run) {
        if (!run.has("members")) {
            return Optional.empty();
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.timeAxis(run));
        combined.setGap(18);
        XYPlot stocks = linePlot(run, "Persons (thousands)", 1000,
                new String[] {"members", "full_members", "candidates"},
                new String[] {"Members and candidates", "Full members", "Candidates"});
        ChartStyle.markEvents(stocks, run.events(), true);
        combined.add(stocks, 3);
        XYPlot flows = linePlot(run, "Per month (thousands)", 1000,
                new String[] {"recruits", "resigned", "expelled", "arrested"},
                new String[] {"Recruited", "Resigned", "Expelled", "Arrested"},
                new java.awt.Color[] {Palette.VERMILLION, Palette.SKY, Palette.PURPLE, Palette.BLACK});
        ChartStyle.markEvents(flows, run.events(), false);
        combined.add(flows, 2);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, combined, true);
        return Optional.of(ChartStyle.finish(chart, "Party membership and its flows", run));
    }

    /** The paid apparatus, and what it earns against the average wage. */
    static Optional<JFreeChart> apparatus(RunData run) {
        if (!run.has("paid_apparatus") || !run.has("pay_ratio")) {
            return Optional.empty();
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.timeAxis(run));
        combined.setGap(18);
        XYPlot size = linePlot(run, "Persons", 1, new String[] {"paid_apparatus", "entitled"},
                new String[] {"Paid party functionaries", "Entitled to special rations and benefits"});
        ChartStyle.markEvents(size, run.events(), true);
        combined.add(size, 1);
        XYPlot pay = linePlot(run, "× average wage", 1, new String[] {"pay_ratio"},
                new String[] {"Functionaries' mean pay over the average wage"});
        pay.getRenderer().setSeriesPaint(0, Palette.VERMILLION);
        ChartStyle.markEvents(pay, run.events(), false);
        combined.add(pay, 1);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, combined, true);
        return Optional.of(ChartStyle.finish(chart, "The paid apparatus and its privileges", run));
    }

    /** Secretaries' loyalty and the opposition monthly; each congress's vote and delegates as points. */
    static Optional<JFreeChart> loyalty(RunData run) {
        if (!run.has("province_loyalty") || !run.has("opposition_share")) {
            return Optional.empty();
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.timeAxis(run));
        combined.setGap(18);
        XYPlot loyalty = linePlot(run, "Alignment (+1 = leadership)", 1,
                new String[] {"province_loyalty", "district_loyalty", "cell_loyalty", "alignment_mean"},
                new String[] {"Provincial secretaries", "District secretaries", "Cell secretaries", "All members"},
                new java.awt.Color[] {Palette.BLUE, Palette.ORANGE, Palette.GREEN, Palette.BLACK});
        ((NumberAxis) loyalty.getRangeAxis()).setRange(-1, 1);
        ChartStyle.markEvents(loyalty, run.events(), true);
        combined.add(loyalty, 1);

        XYSeriesCollection shares = new XYSeriesCollection();
        shares.addSeries(series(run, "opposition_share", "Members in opposition", 100));
        shares.addSeries(series(run, "voiced_opposition_share", "… and speaking out", 100));
        XYSeries vote = new XYSeries("Congress: vote for the leadership", true, false);
        XYSeries delegates = new XYSeries("Congress: delegates who are full-time officials", true, false);
        for (Map<String, String> c : run.congresses()) {
            double x = ChartStyle.millis(c.get("month"));
            addIfNumber(vote, x, c.get("leadership_vote_share"));
            addIfNumber(delegates, x, c.get("officials_share"));
        }
        shares.addSeries(vote);
        shares.addSeries(delegates);
        NumberAxis axis = ChartStyle.valueAxis("Share (%)");
        axis.setRange(0, 100);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        java.awt.Color[] colours = {Palette.VERMILLION, Palette.SKY, Palette.PURPLE, new java.awt.Color(0x555555)};
        renderer.setLegendLine(new java.awt.geom.Line2D.Double(-20, 0, 20, 0));
        for (int i = 0; i < 4; i++) {
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesPaint(i, colours[i]);
            renderer.setSeriesShapesVisible(i, i >= 2);
            renderer.setSeriesLinesVisible(i, i < 2);
            renderer.setSeriesShape(i, i == 3 ? new java.awt.Rectangle(-9, -9, 18, 18)
                    : new java.awt.geom.Ellipse2D.Double(-9, -9, 18, 18));
        }
        XYPlot opposition = new XYPlot(shares, null, axis, renderer);
        ChartStyle.stylePlot(opposition);
        ChartStyle.markEvents(opposition, run.events(), false);
        combined.add(opposition, 1);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, combined, true);
        return Optional.of(ChartStyle.finish(chart, "Loyalty of the apparatus and strength of the opposition", run));
    }

    private static void addIfNumber(XYSeries s, double x, String text) {
        if (text != null && !text.isBlank()) {
            s.add(x, 100 * Double.parseDouble(text));
        }
    }

    /** Expelled, arrested and executed by party seniority, summed by year, stacked. */
    static Optional<JFreeChart> purges(RunData run) {
        String[] what = {"expelled", "arrested", "executed"};
        String[] titles = {"Expelled", "Arrested", "Executed"};
        if (!run.has("expelled_joined_pre1917")) {
            return Optional.empty();
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.timeAxis(run));
        combined.setGap(18);
        boolean first = true;
        for (int w = 0; w < what.length; w++) {
            if (!run.has(what[w] + "_joined_pre1917")) {
                continue;
            }
            DefaultTableXYDataset data = new DefaultTableXYDataset();
            for (int g = 0; g < STAZH.length; g++) {
                double[] monthly = run.column(what[w] + "_joined_" + STAZH[g]);
                Map<Integer, Double> byYear = new java.util.TreeMap<>();
                for (int i = 0; i < monthly.length; i++) {
                    int year = Integer.parseInt(run.months().get(i).substring(0, 4));
                    byYear.merge(year, Double.isNaN(monthly[i]) ? 0 : monthly[i], Double::sum);
                }
                XYSeries s = new XYSeries(STAZH_TITLES[g], true, false);
                byYear.forEach((year, total) -> s.add(ChartStyle.millis(year + "-07"), total / 1000));
                data.addSeries(s);
            }
            data.setIntervalWidth(0.8 * 365.25 * 24 * 3600 * 1000);
            StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.0);
            renderer.setLegendBar(new java.awt.Rectangle(-14, -10, 28, 20));
            renderer.setBarPainter(new StandardXYBarPainter());
            renderer.setShadowVisible(false);
            for (int g = 0; g < STAZH.length; g++) {
                renderer.setSeriesPaint(g, Palette.series(g));
            }
            XYPlot plot = new XYPlot(data, null, ChartStyle.valueAxis(titles[w] + " (000s)"), renderer);
            ChartStyle.stylePlot(plot);
            ChartStyle.markEvents(plot, run.events(), first);
            first = false;
            combined.add(plot, 1);
        }
        ChartStyle.legendOfFirstPanel(combined);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, combined, true);
        return Optional.of(ChartStyle.finish(chart,
                "Expelled, arrested and executed per year, by party seniority (stazh)", run));
    }

    private static XYPlot linePlot(RunData run, String axisLabel, double divisor, String[] columns,
                                   String[] legends) {
        return linePlot(run, axisLabel, divisor, columns, legends, Palette.SERIES);
    }

    private static XYPlot linePlot(RunData run, String axisLabel, double divisor, String[] columns,
                                   String[] legends, java.awt.Color[] colours) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            if (run.has(columns[i])) {
                data.addSeries(series(run, columns[i], legends[i], 1 / divisor));
                present.add(i);
            }
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setLegendLine(new java.awt.geom.Line2D.Double(-20, 0, 20, 0));
        for (int k = 0; k < present.size(); k++) {
            renderer.setSeriesStroke(k, ChartStyle.LINE);
            renderer.setSeriesPaint(k, colours[present.get(k) % colours.length]);
        }
        XYPlot plot = new XYPlot(data, null, ChartStyle.valueAxis(axisLabel), renderer);
        ChartStyle.stylePlot(plot);
        return plot;
    }

    private static XYSeries series(RunData run, String column, String legend, double factor) {
        XYSeries s = new XYSeries(legend, true, false);
        double[] values = run.column(column);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                s.add(ChartStyle.millis(run.months().get(i)), values[i] * factor);
            }
        }
        return s;
    }

}
