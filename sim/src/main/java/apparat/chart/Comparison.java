package apparat.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One monthly metric from several runs on one chart. Runs of the same scenario (by the name in their
 * manifests) are replications: they are drawn as their mean with a shaded band from the 5th to the 95th
 * percentile of the replications month by month (the central 90 %). A scenario with one run is a plain line.
 */
public final class Comparison {

    private Comparison() {
    }

    /** Most groups (scenarios or design points) on one chart: beyond this, no reader tells the lines apart. */
    public static final int MAX_GROUPS = 12;

    /** Reads the runs and draws the metric. */
    public static JFreeChart chart(List<Path> runDirs, String metric) throws IOException {
        return chart(runDirs, metric, null);
    }

    /**
     * Reads the runs and draws the metric. A sweep folder among them stands for its design points, each drawn
     * as the mean of its replications with their band; {@code points} chooses some (null: all).
     */
    public static JFreeChart chart(List<Path> runDirs, String metric, java.util.Set<Integer> points)
            throws IOException {
        Map<String, List<RunData>> groups = new LinkedHashMap<>();
        List<String> sweeps = new ArrayList<>();
        int runCount = 0;
        for (Path dir : runDirs) {
            List<RunData> runs = new ArrayList<>();
            if (SweepData.isSweep(dir)) {
                sweeps.add(dir.getFileName().toString());
                runs.addAll(sweepRuns(dir, points));
            } else {
                runs.add(RunData.read(dir));
            }
            for (RunData run : runs) {
                if (!run.has(metric)) {
                    throw new IllegalArgumentException(run.folder() + " has no column '" + metric
                            + "' in monthly.csv");
                }
                String key = run.point() < 0 ? run.scenario() : label(run);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
                runCount++;
            }
        }
        if (groups.size() > MAX_GROUPS) {
            throw new IllegalArgumentException(groups.size() + " scenarios or design points are too many lines for "
                    + "one chart; choose up to " + MAX_GROUPS + (sweeps.isEmpty() ? "" : " with --points, e.g. "
                    + "--points 0,1,2 (the point column of summary.csv)"));
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no runs to draw" + (points == null ? "" : " at points " + points));
        }
        boolean percent = metric.endsWith("_share");
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, List<RunData>> g : groups.entrySet()) {
            data.addSeries(band(g.getKey(), g.getValue(), metric, percent ? 100 : 1));
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setLegendLine(new java.awt.geom.Line2D.Double(-20, 0, 20, 0));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, Palette.series(i));
            renderer.setSeriesFillPaint(i, Palette.series(i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        renderer.setAlpha(0.25f);
        RunData first = groups.values().iterator().next().get(0);
        NumberAxis axis = ChartStyle.valueAxis(metric + (percent ? " (%)" : ""));
        if (percent) {
            axis.setRange(0, 100);
        }
        XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(first), axis, renderer);
        ChartStyle.stylePlot(plot);
        ChartStyle.markEvents(plot, first.events(), true);
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, true);
        ChartStyle.finish(chart, "Comparison: " + metric, first);
        boolean replicated = groups.values().stream().anyMatch(l -> l.size() > 1);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                if (t.getText().startsWith("Scenario: ")) {
                    String what = sweeps.isEmpty() ? "Scenarios: " + String.join(", ", groups.keySet())
                            : "Design points of " + String.join(", ", sweeps);
                    t.setText(what + (replicated ? " (mean of replications; band: 5th to 95th percentile)" : ""));
                } else if (t.getText().startsWith("Apparat")) {
                    t.setText("Apparat " + first.version() + ", " + runCount + " runs");
                }
            }
        }
        return chart;
    }

    /** The runs of a sweep folder at the chosen design points, in run order. */
    private static List<RunData> sweepRuns(Path dir, java.util.Set<Integer> points) throws IOException {
        List<RunData> out = new ArrayList<>();
        for (int index : apparat.sweep.SweepFolder.open(dir).finishedIndices()) {
            Path run = apparat.sweep.SweepFolder.open(dir).run(index);
            RunData data = RunData.read(run);
            if (points == null || points.contains(data.point())) {
                out.add(data);
            }
        }
        return out;
    }

    /** "point 3: appointment.acceptance=0.5, secretariat.selection=loyalty". */
    private static String label(RunData run) {
        StringBuilder s = new StringBuilder("point " + run.point() + ":");
        run.values().forEach((k, v) -> s.append(s.charAt(s.length() - 1) == ':' ? " " : ", ").append(k)
                .append('=').append(v));
        return s.toString();
    }

    /** Mean and 5th–95th percentile per month of the runs (months common to all of them). */
    static YIntervalSeries band(String name, List<RunData> runs, String metric, double factor) {
        int label = runs.size();
        YIntervalSeries s = new YIntervalSeries(label > 1 ? name + " (" + label + " runs)" : name, true, false);
        int months = runs.stream().mapToInt(r -> r.months().size()).min().orElse(0);
        for (int i = 0; i < months; i++) {
            double[] v = new double[runs.size()];
            int n = 0;
            for (RunData r : runs) {
                double x = r.column(metric)[i];
                if (!Double.isNaN(x)) {
                    v[n++] = x * factor;
                }
            }
            if (n == 0) {
                continue;
            }
            double[] values = Arrays.copyOf(v, n);
            Arrays.sort(values);
            double mean = Arrays.stream(values).average().orElse(Double.NaN);
            s.add(ChartStyle.millis(runs.get(0).months().get(i)), mean, percentile(values, 0.05),
                    percentile(values, 0.95));
        }
        return s;
    }

    /** Linear interpolation between order statistics (the R-7 / Excel definition). */
    static double percentile(double[] sorted, double p) {
        return apparat.output.Percentile.of(sorted, p);
    }
}
