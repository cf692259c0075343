package apparat.validation;

import apparat.output.Numbers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The validation report: a Markdown table (target, source, document, model mean and spread, tolerance, met or
 * missed), the same as CSV, and a chart of model over document for every target with the replications' spread.
 */
public final class ValidationReport {

    private ValidationReport() {
    }

    public static String markdown(String scenario, int replications, double scale, List<HistoryValidation.Result> rs) {
        long met = rs.stream().filter(HistoryValidation.Result::met).count();
        StringBuilder md = new StringBuilder();
        md.append("# Validation of `").append(scenario).append("`\n\n")
          .append(replications).append(" replications at scale 1:").append(Numbers.format(scale))
          .append(". Model: mean over replications [5th–95th percentile]. ")
          .append(met).append(" of ").append(rs.size()).append(" targets met.\n\n")
          .append("| target | source | document | model | tolerance | |\n|---|---|---|---|---|---|\n");
        for (HistoryValidation.Result r : rs) {
            Target t = r.target();
            md.append("| ").append(t.what()).append(" | `").append(t.source()).append("` | ")
              .append(Numbers.format(t.document())).append(" | ").append(value(r.mean())).append(" [")
              .append(value(r.low())).append("–").append(value(r.high())).append("] | ±")
              .append(t.absolute() ? Numbers.format(t.tolerance()) : Math.round(t.tolerance() * 100) + " %")
              .append(" | ").append(Double.isNaN(r.mean()) ? "no value" : r.met() ? "met" : "**missed**")
              .append(" |\n");
        }
        return md.toString();
    }

    private static String value(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double rounded = Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000.0;
        return Numbers.format(rounded);
    }

    public static String csv(List<HistoryValidation.Result> rs) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord("target", "what", "source", "measure", "document", "model_mean", "model_p05", "model_p95",
                    "tolerance", "tolerance_kind", "met");
            for (HistoryValidation.Result r : rs) {
                Target t = r.target();
                p.printRecord(t.id(), t.what(), t.source(), t.measure().describe(), Numbers.format(t.document()),
                        Numbers.format(r.mean()), Numbers.format(r.low()), Numbers.format(r.high()),
                        Numbers.format(t.tolerance()), t.absolute() ? "absolute" : "relative",
                        Double.isNaN(r.mean()) ? "" : Boolean.toString(r.met()));
            }
        }
        return out.toString();
    }

    /** Model over document per target (log scale), the spread as error bars, 1 marked. */
    public static JFreeChart chart(String scenario, List<HistoryValidation.Result> rs) {
        YIntervalSeries ratio = new YIntervalSeries("Replications, 5th–95th percentile");
        org.jfree.data.xy.XYSeries means = new org.jfree.data.xy.XYSeries("Model mean ÷ document", false);
        String[] names = new String[rs.size()];
        for (int i = 0; i < rs.size(); i++) {
            HistoryValidation.Result r = rs.get(i);
            double d = r.target().document();
            names[i] = r.target().id();
            if (!Double.isNaN(r.mean()) && d != 0) {
                ratio.add(i, clamp(r.mean() / d), clamp(r.low() / d), clamp(r.high() / d));
                means.add(i, clamp(r.mean() / d));
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(ratio);
        SymbolAxis targets = new SymbolAxis("Target", names);
        targets.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        targets.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        targets.setGridBandsVisible(false);
        org.jfree.chart.axis.NumberAxis axis = new org.jfree.chart.axis.NumberAxis(
                "Model ÷ document (1 = the document's figure)");
        axis.setRange(0, MAX_RATIO);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        YIntervalRenderer renderer = new YIntervalRenderer();
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesShape(0, new java.awt.Rectangle(-1, -8, 2, 16));
        XYPlot plot = new XYPlot(data, targets, axis, renderer);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer dots =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, new Color(0x0072B2));
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-9, -9, 18, 18));
        plot.setDataset(1, new org.jfree.data.xy.XYSeriesCollection(means));
        plot.setRenderer(1, dots);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinePaint(new Color(0xEEEEEE));
        ValueMarker one = new ValueMarker(1.0, new Color(0xD55E00), new BasicStroke(2.5f));
        plot.addRangeMarker(one);
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 36), plot, true);
        chart.setTitle(new TextTitle("Model against the documents", new Font(Font.SANS_SERIF, Font.BOLD, 36)));
        chart.addSubtitle(new TextTitle(
                "Scenario: " + scenario + " (ratios above " + (int) MAX_RATIO + " drawn at the edge)",
                new Font(Font.SANS_SERIF, Font.PLAIN, 24)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        return chart;
    }

    /** Ratios above this are drawn at the chart's edge. */
    private static final double MAX_RATIO = 3;

    private static double clamp(double ratio) {
        return Double.isNaN(ratio) ? Double.NaN : Math.max(0, Math.min(MAX_RATIO, ratio));
    }
}
