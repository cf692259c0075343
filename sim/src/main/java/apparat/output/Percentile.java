package apparat.output;

/**
 * Percentiles of replications, by Commons Math's {@link org.apache.commons.math3.stat.descriptive.rank.Percentile}
 * with estimation type R-7: linear interpolation between order statistics, the default of R's
 * {@code quantile()} and of NumPy's {@code percentile()}, so that a researcher recomputing a band from the tables
 * gets the same numbers.
 */
public final class Percentile {

    private Percentile() {
    }

    /** The {@code p} percentile (0 … 1) of the values (in any order); NaN for none. */
    public static double of(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile " + p + " is not between 0 and 1");
        }
        org.apache.commons.math3.stat.descriptive.rank.Percentile estimator =
                new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                        .withEstimationType(org.apache.commons.math3.stat.descriptive.rank.Percentile
                                .EstimationType.R_7);
        // Commons Math takes percentiles in (0, 100]; the 0th is the smallest value
        return p == 0 ? java.util.Arrays.stream(values).min().getAsDouble() : estimator.evaluate(values, p * 100);
    }
}
