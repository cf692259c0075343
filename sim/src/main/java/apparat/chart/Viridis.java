package apparat.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour scale (van der Walt and Smith, for matplotlib): dark blue to yellow, evenly increasing in
 * lightness, readable in grey and with the common forms of colour blindness. Interpolated between nine of its
 * colours. Values that are all the same get a single colour, the scale's middle one: a gradient would claim a
 * spread that is not there.
 */
final class Viridis implements PaintScale {

    private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
        0xADDC30, 0xFDE725};

    /** The colour of a scale over a single value. */
    static final Color MIDDLE = new Color(STOPS[STOPS.length / 2]);

    private final double low;
    private final double high;

    /**
     * A scale from {@code low} (dark) to {@code high} (light); a single colour when they are equal.
     *
     * @throws IllegalArgumentException if a bound is not finite or {@code low} is above {@code high}
     */
    Viridis(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("colour scale from " + low + " to " + high
                    + ": the bounds must be finite numbers, the lower not above the upper");
        }
        this.low = low;
        this.high = high;
    }

    /** Whether the scale covers a single value, drawn in one colour. */
    boolean isSingleValue() {
        return !(high > low);
    }

    /**
     * The lower bound of the legend: {@code low}, or for a single value a margin below it, since a legend needs a
     * range to draw on.
     */
    @Override
    public double getLowerBound() {
        return isSingleValue() ? low - margin() : low;
    }

    @Override
    public double getUpperBound() {
        return isSingleValue() ? high + margin() : high;
    }

    private double margin() {
        return Math.max(0.5, Math.abs(low) * 0.5);
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return Color.WHITE;
        }
        if (isSingleValue()) {
            return MIDDLE;
        }
        double t = Math.max(0, Math.min(1, (value - low) / (high - low))) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
        double f = t - i;
        Color a = new Color(STOPS[i]);
        Color b = new Color(STOPS[i + 1]);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    /** Position on the scale from 0 (dark) to 1 (light), to choose a legible label colour. */
    double lightness(double value) {
        if (isSingleValue()) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
