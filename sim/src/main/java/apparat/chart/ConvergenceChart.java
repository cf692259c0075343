package apparat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * How a calibration converged: the loss of every evaluation as a dot, the best loss so far as a line, on a
 * log scale, with the start of each stage (CMA-ES, BOBYQA, profiles) marked.
 */
public final class ConvergenceChart {

    /**
     * The stage that begins at an evaluation.
     *
     * @param evaluation the stage's first evaluation (1-based)
     * @param name what to write at the marker
     */
    public record Stage(int evaluation, String name) {
    }

    private ConvergenceChart() {
    }

    /**
     * @param calibration the calibration's name, for the subtitle
     * @param losses the loss of each evaluation, in order
     * @param optimised how many of them belong to the optimisation (the rest are profiles: not in the best line)
     * @param stages where stages begin
     * @param source the foot line (version, seed, scale)
     */
    public static JFreeChart build(String calibration, double[] losses, int optimised, List<Stage> stages,
                                   String source) {
        XYSeries best = new XYSeries("Best loss so far", false);
        XYSeries each = new XYSeries("Loss of each evaluation", false);
        double low = Double.POSITIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < losses.length; i++) {
            double l = Math.max(losses[i], 1e-9);
            each.add(i + 1, l);
            min = Math.min(min, l);
            max = Math.max(max, l);
            if (i < optimised) {
                low = Math.min(low, l);
                best.add(i + 1, low);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(best);
        data.addSeries(each);
        NumberAxis x = new NumberAxis("Evaluation");
        x.setLabelFont(ChartStyle.AXIS_LABEL);
        x.setTickLabelFont(ChartStyle.TICKS);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0, Math.max(2, losses.length + 1));
        LogAxis y = new LogAxis("Loss (mean squared error in tolerances, log scale)");
        y.setLabelFont(ChartStyle.AXIS_LABEL);
        y.setTickLabelFont(ChartStyle.TICKS);
        y.setBase(10);
        y.setSmallestValue(1e-9);
        if (losses.length > 0) {
            y.setRange(min / 1.5, max * 1.5);
        }
        y.setTickUnit(new NumberTickUnit(1));
        y.setMinorTickMarksVisible(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(1, new Color(0x999999));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.stylePlot(plot);
        for (Stage s : stages) {
            ValueMarker m = new ValueMarker(s.evaluation() - 0.5);
            m.setPaint(ChartStyle.eventColour("rule"));
            m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 6f}, 0f));
            m.setLabel(s.name());
            m.setLabelFont(ChartStyle.MARKER);
            m.setLabelPaint(Color.BLACK);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(8, 6, 0, 0));
            plot.addDomainMarker(m);
        }
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, true);
        chart.setTitle(new TextTitle("Calibration: best loss by evaluation", ChartStyle.TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle subtitle = new TextTitle("Calibration: " + calibration, ChartStyle.SUBTITLE);
        subtitle.setPaint(new Color(0x555555));
        chart.addSubtitle(0, subtitle);
        chart.getLegend().setItemFont(ChartStyle.LEGEND);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        TextTitle foot = new TextTitle(source, ChartStyle.SOURCE);
        foot.setPosition(RectangleEdge.BOTTOM);
        foot.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        foot.setPaint(new Color(0x555555));
        chart.addSubtitle(foot);
        chart.setPadding(new RectangleInsets(16, 16, 12, 24));
        return chart;
    }
}
