package apparat.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour scale (van der Walt and Smith, for matplotlib): dark blue to yellow, evenly increasing in
 * lightness, readable in grey and with the common forms of colour blindness. Interpolated between nine of its
 * colours.
 */
final class Viridis implements PaintScale {

    private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
        0xADDC30, 0xFDE725};

    private final double low;
    private final double high;

    Viridis(double low, double high) {
        this.low = low;
        this.high = high;
    }

    @Override
    public double getLowerBound() {
        return low;
    }

    @Override
    public double getUpperBound() {
        return high;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return Color.WHITE;
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
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
