package apparat.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Morris' screening measures from the model's values on a {@link MorrisSample}: each step of a trajectory moves
 * one factor by Δ in the unit cube, and its elementary effect is (f(x + Δ e<sub>i</sub>) − f(x)) / Δ, whether
 * the step went up or down. Over the trajectories, for each factor: μ, the mean effect (Morris 1991); μ*, the mean
 * of the absolute effects (Campolongo et al. 2007), which effects of opposite signs cannot cancel; σ, the
 * standard deviation of the effects (n − 1 in the denominator), large when the effect depends on where in the
 * cube it is measured (non-linearity or interaction); and a percentile-bootstrap interval for μ*. As in SALib,
 * effects are per unit of the cube, so that a factor whose range is mapped linearly onto the cube has
 * effects in units of the output per whole range of the factor. A step whose value is NaN gives no effect.
 * Knows nothing of the simulation.
 */
public final class ElementaryEffects {

    /**
     * The screening measures of one factor.
     *
     * @param mu mean elementary effect
     * @param muStar mean absolute elementary effect
     * @param muStarLow lower end of the bootstrap interval of μ* (NaN without resamples)
     * @param muStarHigh upper end
     * @param sigma standard deviation of the elementary effects (NaN with fewer than two)
     * @param n number of elementary effects (trajectories whose step for this factor had values)
     */
    public record Screening(double mu, double muStar, double muStarLow, double muStarHigh, double sigma, int n) {
    }

    private final int factors;
    private final int resamples;
    private final double confidence;

    /**
     * @param factors number of factors k
     * @param resamples bootstrap resamples (0 for none: the interval is then NaN)
     * @param confidence level of the interval, e.g. 0.9
     */
    public ElementaryEffects(int factors, int resamples, double confidence) {
        Resampling.check(factors, resamples, confidence);
        this.factors = factors;
        this.resamples = resamples;
        this.confidence = confidence;
    }

    /**
     * The elementary effects, one row per factor and one column per trajectory (NaN where a value was NaN).
     *
     * @param points the trajectories' points in the unit cube, k + 1 per trajectory
     * @param values the model's value at each point
     */
    public double[][] effects(double[][] points, double[] values) {
        int size = MorrisSample.rowsPerTrajectory(factors);
        if (points.length == 0 || points.length % size != 0 || values.length != points.length) {
            throw new IllegalArgumentException(points.length + " points and " + values.length + " values are not "
                    + "trajectories of " + factors + " factors (" + size + " points each)");
        }
        int r = points.length / size;
        double[][] effects = new double[factors][r];
        for (double[] row : effects) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (int t = 0; t < r; t++) {
            boolean[] moved = new boolean[factors];
            for (int s = 0; s < factors; s++) {
                int a = t * size + s;
                int i = movedFactor(points[a], points[a + 1], a);
                if (moved[i]) {
                    throw new IllegalArgumentException("trajectory " + t + " moves factor " + i + " twice");
                }
                moved[i] = true;
                double step = points[a + 1][i] - points[a][i];
                effects[i][t] = step > 0 ? (values[a + 1] - values[a]) / step : (values[a] - values[a + 1]) / -step;
            }
        }
        return effects;
    }

    /**
     * The measures of every factor.
     *
     * @param points the trajectories' points in the unit cube
     * @param values the model's value at each point
     * @param random draws the bootstrap resamples
     */
    public List<Screening> estimate(double[][] points, double[] values, MersenneTwisterFast random) {
        double[][] effects = effects(points, values);
        List<Screening> out = new ArrayList<>();
        for (double[] factor : effects) {
            DescriptiveStatistics signed = new DescriptiveStatistics();
            DescriptiveStatistics absolute = new DescriptiveStatistics();
            for (double e : factor) {
                if (!Double.isNaN(e)) {
                    signed.addValue(e);
                    absolute.addValue(Math.abs(e));
                }
            }
            int n = (int) signed.getN();
            double mu = n == 0 ? Double.NaN : signed.getMean();
            double muStar = n == 0 ? Double.NaN : absolute.getMean();
            double sigma = n < 2 ? Double.NaN : signed.getStandardDeviation();
            double[] interval = interval(absolute.getValues(), random);
            out.add(new Screening(mu, muStar, interval[0], interval[1], sigma, n));
        }
        return List.copyOf(out);
    }

    /** The percentile-bootstrap interval of the mean of the absolute effects. */
    private double[] interval(double[] absolute, MersenneTwisterFast random) {
        int n = absolute.length;
        if (resamples == 0 || n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] means = new double[resamples];
        DescriptiveStatistics draw = new DescriptiveStatistics(n);
        for (int b = 0; b < resamples; b++) {
            draw.clear();
            for (int j = 0; j < n; j++) {
                draw.addValue(absolute[random.nextInt(n)]);
            }
            means[b] = draw.getMean();
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(means);
        double tail = (1 - confidence) / 2 * 100;
        return new double[] {p.evaluate(tail), p.evaluate(100 - tail)};
    }

    /** The one factor in which two consecutive points of a trajectory differ. */
    private static int movedFactor(double[] from, double[] to, int row) {
        int moved = -1;
        for (int i = 0; i < from.length; i++) {
            if (from[i] != to[i]) {
                if (moved >= 0) {
                    throw new IllegalArgumentException("points " + row + " and " + (row + 1) + " differ in more "
                            + "than one factor");
                }
                moved = i;
            }
        }
        if (moved < 0) {
            throw new IllegalArgumentException("points " + row + " and " + (row + 1) + " are the same");
        }
        return moved;
    }
}
