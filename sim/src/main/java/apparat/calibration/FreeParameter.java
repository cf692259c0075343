package apparat.calibration;

/**
 * One value a calibration may change: its key in the base scenario, its bounds, and whether it is searched on
 * a log scale. The optimisers work on the unit interval; this maps between that and the value's own units
 * (linearly, or on a log scale when the bounds span orders of magnitude).
 *
 * @param key the value's key as {@code apparat sources} lists it ({@code attrition.resignationPerYear},
 *            {@code timeline.purge-1921.threshold}, {@code timeline.intake-1925.set.recruitment.ratePerYear})
 * @param lower smallest value tried
 * @param upper largest value tried
 * @param log whether the search is on a log scale
 * @param integer whether the value is a whole number (rounded when applied)
 * @param start the base scenario's value, where the search starts (clipped into the bounds)
 * @param assumption the base scenario's reason for the value, kept beside the fitted one
 */
public record FreeParameter(String key, double lower, double upper, boolean log, boolean integer, double start,
                            String assumption) {

    /** Bounds whose ratio reaches this are searched on a log scale unless the file says {@code log: false}. */
    public static final double LOG_RATIO = 100;

    public FreeParameter {
        if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException(key + ": bounds [" + lower + ", " + upper + "] are not an interval");
        }
        if (log && lower <= 0) {
            throw new IllegalArgumentException(key + ": a log scale needs a lower bound above 0, not " + lower);
        }
    }

    /** The value at a point of the unit interval. */
    public double fromUnit(double u) {
        double t = Math.max(0, Math.min(1, u));
        double v = log ? Math.exp(Math.log(lower) + t * (Math.log(upper) - Math.log(lower)))
                : lower + t * (upper - lower);
        v = Math.max(lower, Math.min(upper, v));
        return integer ? Math.rint(v) : v;
    }

    /** The point of the unit interval of a value (values outside the bounds map to its ends). */
    public double toUnit(double value) {
        double v = Math.max(lower, Math.min(upper, value));
        return log ? (Math.log(v) - Math.log(lower)) / (Math.log(upper) - Math.log(lower))
                : (v - lower) / (upper - lower);
    }

    /**
     * Whether a value lies within 1 % of a bound (measured on the search scale): the fit wanted to go further
     * than the bounds allow.
     */
    public boolean onBound(double value) {
        double u = toUnit(value);
        return u <= 0.01 || u >= 0.99;
    }
}
