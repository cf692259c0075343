package apparat.chart;

import apparat.sweep.Outcome;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.TextAnchor;

/**
 * Morris' screening chart of one outcome: each varied parameter a labelled point at its μ* (mean absolute
 * elementary effect, with its bootstrap interval as a horizontal whisker) and σ (spread of its effects), with the
 * lines σ = μ*, σ = 0.5 μ* and σ = 0.1 μ* that SALib's covariance plot draws. Parameters far to the right matter;
 * those near the origin can be fixed; high above the line σ = μ* a parameter acts non-linearly or through others.
 */
final class MorrisChart {

    /** The ratios σ / μ* drawn as lines from the origin, with the shape each suggests (Garcia Sanchez 2014). */
    private static final double[] RATIOS = {1.0, 0.5, 0.1};
    private static final Color REFERENCE = new Color(0x777777);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font TAG = new Font(Font.SANS_SERIF, Font.PLAIN, 20);

    private MorrisChart() {
    }

    static JFreeChart chart(SweepData data, int outcome) {
        Outcome o = data.definition.outcomes().get(outcome);
        String name = o.name();
        List<SweepData.Screening> rows = data.screening.stream()
                .filter(s -> s.outcome().equals(name) && Double.isFinite(s.muStar())).toList();
        XYIntervalSeriesCollection points = new XYIntervalSeriesCollection();
        double right = 0;
        double top = 0;
        for (SweepData.Screening s : rows) {
            XYIntervalSeries one = new XYIntervalSeries(s.parameter());
            double sigma = Double.isFinite(s.sigma()) ? s.sigma() : 0;
            double low = Double.isFinite(s.muStarLow()) ? s.muStarLow() : s.muStar();
            double high = Double.isFinite(s.muStarHigh()) ? s.muStarHigh() : s.muStar();
            one.add(s.muStar(), low, high, sigma, sigma, sigma);
            points.addSeries(one);
            right = Math.max(right, high);
            top = Math.max(top, sigma);
        }
        right = right > 0 ? right * 1.15 : 1;
        top = top > 0 ? top * 1.15 : right;
        String unit = OutcomeWords.unit(o);
        NumberAxis x = ChartStyle.valueAxis("μ*: mean |elementary effect| (" + unit + " per range of the parameter)");
        NumberAxis y = ChartStyle.valueAxis("σ: spread of the effects (" + unit + ")");
        // a little room below zero, so that a parameter without effect shows whole at the origin
        x.setRange(-0.015 * right, right);
        y.setRange(-0.02 * top, top);
        XYErrorRenderer dots = new XYErrorRenderer();
        dots.setDrawYError(false);
        dots.setErrorStroke(new BasicStroke(3f));
        dots.setCapLength(12);
        dots.setBaseLinesVisible(false);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < rows.size(); i++) {
            Color colour = Palette.series(i);
            dots.setSeriesPaint(i, colour);
            dots.setSeriesShape(i, i % 2 == 0 ? new Ellipse2D.Double(-10, -10, 20, 20)
                    : new Rectangle2D.Double(-9, -9, 18, 18));
            LegendItem item = new LegendItem(rows.get(i).parameter(), null, null, null,
                    dots.getSeriesShape(i), colour);
            item.setLabelFont(ChartStyle.LEGEND);
            legend.add(item);
        }
        dots.setErrorPaint(null);
        XYPlot plot = new XYPlot(points, x, y, dots);
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer reference = new XYLineAndShapeRenderer(true, false);
        for (int r = 0; r < RATIOS.length; r++) {
            XYSeries line = new XYSeries("σ = " + ratio(RATIOS[r]) + "μ*");
            line.add(0, 0);
            line.add(right * 2, RATIOS[r] * right * 2);
            lines.addSeries(line);
            reference.setSeriesPaint(r, REFERENCE);
            reference.setSeriesStroke(r, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {14f - 4 * r, 8f}, 0f));
            // the line's name where it leaves the plot, inside the frame
            double endX = Math.min(right, top / RATIOS[r]) * 0.97;
            XYTextAnnotation tag = new XYTextAnnotation("σ = " + ratio(RATIOS[r]) + "μ*", endX,
                    RATIOS[r] * endX);
            tag.setFont(TAG);
            tag.setPaint(REFERENCE);
            tag.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addAnnotation(tag);
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, reference);
        placeLabels(plot, rows, right, top);
        LegendItem line = new LegendItem("σ = μ*, 0.5 μ*, 0.1 μ* (above σ = μ*: non-linear or interacting)",
                null, null, null, new java.awt.geom.Line2D.Double(-20, 0, 20, 0), reference.getSeriesStroke(0),
                REFERENCE);
        line.setLabelFont(ChartStyle.LEGEND);
        legend.add(line);
        plot.setFixedLegendItems(legend);
        ChartStyle.stylePlot(plot);
        JFreeChart chart = SweepCharts.finish(new JFreeChart(null, ChartStyle.TITLE, plot, true),
                OutcomeWords.meaning(o), data);
        SweepCharts.identify(chart, o, "which parameters move it: Morris screening");
        int r = data.definition.samples();
        TextTitle note = new TextTitle("Each point a parameter: the mean and spread of its " + r
                + " elementary effects (one per trajectory, on the design points' means of replications). "
                + "Whiskers: 90 % bootstrap interval of μ*", TAG);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(chart.getSubtitleCount() - 1, note);
        return chart;
    }

    /**
     * Names each point beside it, in its colour: to its right or left, level with it or one or two lines above or
     * below, on the first place where the name neither runs out of the plot nor covers a name already placed. The
     * most important parameters (largest μ*) choose first. Sizes are estimated from the font on a 1920 × 1080 chart.
     */
    private static void placeLabels(XYPlot plot, List<SweepData.Screening> rows, double right, double top) {
        double xPerChar = right * 13.5 / 1700;
        double yPerLine = top * 30 / 720;
        List<double[]> placed = new java.util.ArrayList<>();
        List<SweepData.Screening> byImportance = rows.stream()
                .sorted(java.util.Comparator.comparingDouble(SweepData.Screening::muStar).reversed()).toList();
        for (SweepData.Screening s : byImportance) {
            double x = s.muStar();
            double y = Double.isFinite(s.sigma()) ? s.sigma() : 0;
            double width = (s.parameter().length() + 2) * xPerChar;
            double[] chosen = null;
            for (int lines : new int[] {0, -1, 1, -2, 2}) {
                for (boolean leftward : new boolean[] {false, true}) {
                    double bottom = lines >= 0 ? y + lines * yPerLine : y + lines * yPerLine - yPerLine;
                    double[] b = {leftward ? x - width : x, bottom, leftward ? x : x + width, bottom + yPerLine,
                        leftward ? 1 : 0};
                    if (chosen == null && b[0] >= 0 && b[2] <= right && b[1] >= 0 && b[3] <= top
                            && placed.stream().noneMatch(p -> p[0] < b[2] && b[0] < p[2] && p[1] < b[3]
                            && b[1] < p[3])) {
                        chosen = b;
                    }
                }
            }
            if (chosen == null) {
                chosen = new double[] {x, y, x + width, y + yPerLine, 0};
            }
            placed.add(chosen);
            boolean leftward = chosen[4] == 1;
            XYTextAnnotation label = new XYTextAnnotation(leftward ? s.parameter() + "  " : "  " + s.parameter(),
                    leftward ? chosen[2] : chosen[0], chosen[1]);
            label.setFont(LABEL);
            // in the point's colour, so that a name moved off its point still says whose it is
            Color colour = Palette.series(rows.indexOf(s));
            label.setPaint(colour.equals(Palette.YELLOW) ? Color.BLACK : colour.darker());
            label.setTextAnchor(leftward ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
    }

    private static String ratio(double r) {
        return r == 1 ? "" : String.format(Locale.ROOT, "%.1f ", r);
    }
}
