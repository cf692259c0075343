package apparat.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total Sobol' indices from the model's values on a {@link SaltelliSample}, with bootstrap
 * confidence intervals. The estimators are those Saltelli et al. (2010) recommend: the first-order index by
 * their formula (b) of Table 2, V<sub>i</sub> = mean(f(B) (f(AB<sub>i</sub>) − f(A))), and the total index by
 * Jansen's (1999) formula, V<sub>Ti</sub> = mean((f(A) − f(AB<sub>i</sub>))²) / 2, each divided by the
 * variance of f over A and B together. The values are first centred on their mean (as SALib does), which leaves
 * the total index and the variance unchanged and keeps the first-order estimate from being swamped when the
 * output's mean is large against its spread. Knows nothing of the simulation.
 *
 * <p>Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. and Tarantola, S. (2010). Variance based
 * sensitivity analysis of model output. Computer Physics Communications 181, 259–270.
 * Jansen, M. J. W. (1999). Analysis of variance designs for model output. Computer Physics Communications
 * 117, 35–43.
 */
public final class SobolIndices {

    /**
     * An index with its bootstrap interval.
     *
     * @param value the estimate from the whole sample
     * @param low lower end of the interval (percentile bootstrap)
     * @param high upper end
     */
    public record Estimate(double value, double low, double high) {
    }

    /**
     * The indices of every factor.
     *
     * @param first first-order indices, one per factor
     * @param total total indices, one per factor
     */
    public record Indices(List<Estimate> first, List<Estimate> total) {
    }

    private final int factors;
    private final int resamples;
    private final double confidence;

    /**
     * @param factors number of factors k
     * @param resamples bootstrap resamples (0 for none: the interval is then NaN)
     * @param confidence level of the interval, e.g. 0.9
     */
    public SobolIndices(int factors, int resamples, double confidence) {
        Resampling.check(factors, resamples, confidence);
        this.factors = factors;
        this.resamples = resamples;
        this.confidence = confidence;
    }

    /**
     * Estimates the indices.
     *
     * @param values the model's value at each point of the {@link SaltelliSample} of {@code k} factors, in its
     *     order; a NaN makes every index NaN
     * @param random draws the bootstrap resamples (the sweep's, seeded from its master seed)
     */
    public Indices estimate(double[] values, MersenneTwisterFast random) {
        int rows = SaltelliSample.rowsPerSample(factors);
        if (values.length == 0 || values.length % rows != 0) {
            throw new IllegalArgumentException(values.length + " values are not a Saltelli sample of " + factors
                    + " factors (a multiple of " + rows + ")");
        }
        int n = values.length / rows;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[] first = new double[factors];
        double[] total = new double[factors];
        indices(values, all, first, total);
        double[][] firstDraws = new double[factors][resamples];
        double[][] totalDraws = new double[factors][resamples];
        int[] pick = new int[n];
        double[] f = new double[factors];
        double[] t = new double[factors];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                pick[j] = random.nextInt(n);
            }
            indices(values, pick, f, t);
            for (int i = 0; i < factors; i++) {
                firstDraws[i][b] = f[i];
                totalDraws[i][b] = t[i];
            }
        }
        List<Estimate> firstOut = new ArrayList<>();
        List<Estimate> totalOut = new ArrayList<>();
        for (int i = 0; i < factors; i++) {
            firstOut.add(interval(first[i], firstDraws[i]));
            totalOut.add(interval(total[i], totalDraws[i]));
        }
        return new Indices(List.copyOf(firstOut), List.copyOf(totalOut));
    }

    /** The indices from the base samples {@code picked} (with repeats in a bootstrap resample). */
    private void indices(double[] y, int[] picked, double[] first, double[] total) {
        int rows = SaltelliSample.rowsPerSample(factors);
        int n = picked.length;
        double[] ab = new double[2 * n];
        for (int j = 0; j < n; j++) {
            ab[j] = y[picked[j] * rows];
            ab[n + j] = y[picked[j] * rows + factors + 1];
        }
        double variance = new Variance(false).evaluate(ab);
        // centred on the mean: the first-order estimator's error grows with the square of the output's mean
        double centre = new Mean().evaluate(ab);
        for (int i = 0; i < factors; i++) {
            double v = 0;
            double vt = 0;
            for (int j = 0; j < n; j++) {
                double a = ab[j] - centre;
                double b = ab[n + j] - centre;
                double abi = y[picked[j] * rows + 1 + i] - centre;
                v += b * (abi - a);
                vt += (a - abi) * (a - abi);
            }
            first[i] = v / n / variance;
            total[i] = vt / (2.0 * n) / variance;
        }
    }

    private Estimate interval(double value, double[] draws) {
        if (draws.length == 0 || Double.isNaN(value)) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(draws);
        double tail = (1 - confidence) / 2 * 100;
        return new Estimate(value, p.evaluate(tail), p.evaluate(100 - tail));
    }
}
