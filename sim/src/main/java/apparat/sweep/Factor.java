package apparat.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A varied parameter of a sweep: a scenario key with either a list of values or a range of numbers. A sampled
 * design maps a number {@code u} in [0, 1) to a value ({@link #at}); a grid takes the list, or {@code levels}
 * evenly (or, with {@code log}, geometrically) spaced values of the range; a morris design takes levels of the
 * unit interval to values the way a grid does ({@link #atLevel}).
 *
 * @param key the dotted scenario key, e.g. {@code appointment.acceptance}, or {@code run.scale}
 * @param values the typed values of a list, or null for a range
 * @param range the range, or null for a list
 */
public record Factor(String key, List<Object> values, Range range) {

    /** Significant digits of a value drawn from a range: enough for any analysis, short enough to read. */
    private static final MathContext DIGITS = new MathContext(6);

    /**
     * A range of numbers.
     *
     * @param low smallest value
     * @param high largest value
     * @param log whether values are spread evenly on a logarithmic scale
     * @param integer whether the parameter takes whole numbers
     * @param levels values of the range in a grid (0 for sampled designs)
     */
    public record Range(double low, double high, boolean log, boolean integer, int levels) {
    }

    public Factor {
        values = values == null ? null : List.copyOf(values);
        if ((values == null) == (range == null)) {
            throw new IllegalArgumentException(key + ": give either values or a range");
        }
    }

    /** The value at {@code u} in [0, 1): a list's values in equal shares, a range linearly or logarithmically. */
    public Object at(double u) {
        if (range == null) {
            return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        }
        if (range.integer()) {
            double x = range.log() ? Math.exp(Math.log(range.low()) + u * (Math.log(range.high() + 1)
                    - Math.log(range.low()))) : range.low() + u * (range.high() - range.low() + 1);
            return (long) Math.min(range.high(), Math.max(range.low(), Math.floor(x)));
        }
        double x = range.log() ? Math.exp(Math.log(range.low()) + u * (Math.log(range.high()) - Math.log(range.low())))
                : range.low() + u * (range.high() - range.low());
        return Math.min(range.high(), Math.max(range.low(), round(x)));
    }

    /** The values a grid takes: the list, or the range's levels from low to high. */
    public List<Object> gridValues() {
        if (range == null) {
            return values;
        }
        List<Object> out = new ArrayList<>();
        int n = range.levels();
        for (int i = 0; i < n; i++) {
            out.add(atLevel(n == 1 ? 0 : (double) i / (n - 1)));
        }
        return out;
    }

    /**
     * The value at a level {@code u} in [0, 1] of an evenly spaced grid, as a grid and a morris design take
     * them: a range from low (0) to high (1), linearly or logarithmically, whole numbers rounded to the nearest;
     * a list's values in the order written, the nearest of them.
     */
    public Object atLevel(double u) {
        if (range == null) {
            return values.get((int) Math.round(u * (values.size() - 1)));
        }
        double x = range.log() ? Math.exp(Math.log(range.low()) + u * (Math.log(range.high())
                - Math.log(range.low()))) : range.low() + u * (range.high() - range.low());
        return range.integer() ? (Object) Math.round(x)
                : (Object) Math.min(range.high(), Math.max(range.low(), round(x)));
    }

    /** Whether the values are numbers (a chart can put them on a number axis). */
    public boolean numeric() {
        return range != null || values.stream().allMatch(v -> v instanceof Number);
    }

    static double round(double x) {
        return x == 0 ? 0 : new BigDecimal(x).round(DIGITS).doubleValue();
    }
}
