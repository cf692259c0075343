package apparat.chart;

import apparat.scenario.ParameterCatalog;
import apparat.scenario.ParameterSpec;
import apparat.sweep.Factor;
import apparat.sweep.Outcome;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * The heat map of one outcome of a grid sweep: the mean over all runs with each pair of values of the first two
 * varied parameters, in the viridis scale with its legend. Cells are labelled with their value while they are
 * large enough to hold it; larger grids are read by the legend.
 */
final class SweepHeatMap {

    /** Most columns of cells labelled with their value. */
    static final int LABELLED_COLUMNS = 16;
    /** Most rows of cells labelled with their value. */
    static final int LABELLED_ROWS = 24;

    private SweepHeatMap() {
    }

    static JFreeChart chart(SweepData data, int outcome) {
        Factor fx = data.definition.factors().get(0);
        Factor fy = data.definition.factors().get(1);
        Outcome o = data.definition.outcomes().get(outcome);
        String name = o.name();
        List<String> xs = SweepCharts.distinct(data, 0);
        List<String> ys = SweepCharts.distinct(data, 1);
        double[][] xyz = cells(data, outcome, xs, ys);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double z : xyz[2]) {
            if (!Double.isNaN(z)) {
                low = Math.min(low, z);
                high = Math.max(high, z);
            }
        }
        boolean empty = low > high;
        Viridis scale = empty ? new Viridis(0, 0) : new Viridis(low, high);
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(name, xyz);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(scale);
        GridAxis x = new GridAxis(axisLabel(fx), GridAxis.labels(fx, xs));
        GridAxis y = new GridAxis(axisLabel(fy), GridAxis.labels(fy, ys));
        XYPlot plot = new XYPlot(dataset, x, y, blocks);
        ChartStyle.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (xs.size() <= LABELLED_COLUMNS && ys.size() <= LABELLED_ROWS) {
            label(plot, xyz, scale, xs.size() * ys.size() <= 36 ? 26 : 16);
        }
        JFreeChart chart = SweepCharts.finish(new JFreeChart(null, ChartStyle.TITLE, plot, false),
                OutcomeWords.meaning(o), data);
        SweepCharts.identify(chart, o, "each cell the mean over its runs");
        chart.addSubtitle(legend(scale, legendLabel(o), empty ? Double.NaN : low));
        return chart;
    }

    /** x (index of the first parameter's value), y (of the second's) and the mean outcome of each cell. */
    private static double[][] cells(SweepData data, int outcome, List<String> xs, List<String> ys) {
        double[][] sum = new double[xs.size()][ys.size()];
        int[][] n = new int[xs.size()][ys.size()];
        for (SweepData.Row r : data.runs) {
            double v = r.outcomes()[outcome];
            if (!Double.isNaN(v)) {
                int i = xs.indexOf(r.values().get(0));
                int j = ys.indexOf(r.values().get(1));
                sum[i][j] += v;
                n[i][j]++;
            }
        }
        double[][] xyz = new double[3][xs.size() * ys.size()];
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                int c = i * ys.size() + j;
                xyz[0][c] = i;
                xyz[1][c] = j;
                xyz[2][c] = n[i][j] == 0 ? Double.NaN : sum[i][j] / n[i][j];
            }
        }
        return xyz;
    }

    private static void label(XYPlot plot, double[][] xyz, Viridis scale, int size) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
        String[] labels = GridAxis.sameDecimals(xyz[2]);
        for (int c = 0; c < xyz[2].length; c++) {
            if (!Double.isNaN(xyz[2][c])) {
                XYTextAnnotation a = new XYTextAnnotation(labels[c], xyz[0][c], xyz[1][c]);
                a.setFont(font);
                a.setTextAnchor(TextAnchor.CENTER);
                a.setPaint(scale.lightness(xyz[2][c]) > 0.55 ? Color.BLACK : Color.WHITE);
                plot.addAnnotation(a);
            }
        }
    }

    /**
     * The colour legend beside the map. A single value gets a strip of one colour with one tick at the value, so
     * that the legend does not suggest a spread the cells do not have.
     */
    private static PaintScaleLegend legend(Viridis scale, String label, double low) {
        NumberAxis axis;
        if (Double.isNaN(low)) {
            axis = new NumberAxis(label + ", no run has a value");
            axis.setTickLabelsVisible(false);
            axis.setTickMarksVisible(false);
        } else if (scale.isSingleValue()) {
            axis = new SingleTickAxis(label + ", the same in every cell", low, GridAxis.value(low));
        } else {
            axis = new NumberAxis(label);
            // at most eight ticks: JFreeChart's own choice packs a tall legend with a tick every few pixels
            axis.setTickUnit(new NumberTickUnit(step((scale.getUpperBound() - scale.getLowerBound()) / 8),
                    new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        }
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setLabelFont(ChartStyle.AXIS_LABEL);
        axis.setTickLabelFont(ChartStyle.TICKS);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(30);
        legend.setMargin(new RectangleInsets(10, 20, 10, 10));
        legend.setFrame(BlockBorder.NONE);
        return legend;
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code least}. */
    static double step(double least) {
        double power = Math.pow(10, Math.floor(Math.log10(least)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * power >= least) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /**
     * A numeric parameter's key with its unit from the scenario reference, e.g. {@code appointment.acceptance
     * (share)}; a parameter of words has its key alone, the words being on the axis.
     */
    static String axisLabel(Factor f) {
        ParameterSpec spec = ParameterCatalog.find(f.key());
        return !f.numeric() || spec == null || spec.unit() == null || spec.unit().isEmpty() ? f.key()
                : f.key() + " (" + spec.unit() + ")";
    }

    /** The colour legend's label: the outcome's unit ("Share 0–1", "Persons"); the title says what it is. */
    static String legendLabel(Outcome o) {
        String unit = OutcomeWords.unit(o);
        return unit.substring(0, 1).toUpperCase(Locale.ROOT) + unit.substring(1);
    }

    /** A legend axis with one tick, at the single value the map shows. */
    private static final class SingleTickAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double value;
        private final String text;

        SingleTickAxis(String label, double value, String text) {
            super(label);
            this.value = value;
            this.text = text;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                 java.awt.geom.Rectangle2D dataArea, RectangleEdge edge) {
            TextAnchor anchor = RectangleEdge.isLeftOrRight(edge) ? TextAnchor.CENTER_RIGHT : TextAnchor.TOP_CENTER;
            return new java.util.ArrayList(List.of(new org.jfree.chart.axis.NumberTick(value, text, anchor,
                    TextAnchor.CENTER, 0.0)));
        }
    }
}
