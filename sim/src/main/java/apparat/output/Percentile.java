package apparat.output;

/** Percentiles of replications, by linear interpolation between order statistics (the R-7 definition). */
public final class Percentile {

    private Percentile() {
    }

    /** The {@code p} percentile (0 … 1) of values sorted ascending; NaN for none. */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
