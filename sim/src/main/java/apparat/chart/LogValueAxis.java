package apparat.chart;

import apparat.sweep.Factor;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.TextAnchor;

/**
 * The logarithmic axis of a parameter spread geometrically: a labelled tick at each value the design took when
 * it took few, else at 1, 2 and 5 times each power of ten in the range, so that every level can be read and not
 * only the powers of ten JFreeChart labels. Labels are written as {@link GridAxis#labels} writes them.
 */
final class LogValueAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    /** Most ticks of the 1-2-5 series; wider ranges get the powers of ten alone. */
    private static final int MOST_TICKS = 15;

    private final Factor factor;
    private final List<String> values;

    /**
     * @param factor the parameter
     * @param values the values the design took, ascending, to be labelled each; or empty for the 1-2-5 series
     */
    LogValueAxis(Factor factor, List<String> values) {
        super(factor.key() + " (logarithmic scale)");
        this.factor = factor;
        this.values = List.copyOf(values);
        setBase(10);
        setLabelFont(ChartStyle.AXIS_LABEL);
        setTickLabelFont(ChartStyle.TICKS);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<String> at = values.isEmpty() ? series(getLowerBound(), getUpperBound()) : values;
        List<String> labels = GridAxis.labels(factor, at);
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        List ticks = new ArrayList();
        for (int i = 0; i < at.size(); i++) {
            ticks.add(new NumberTick(Double.parseDouble(at.get(i)), labels.get(i),
                    horizontal ? TextAnchor.TOP_CENTER : TextAnchor.CENTER_RIGHT, TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }

    /**
     * The values 1, 2 and 5 times a power of ten between {@code low} and {@code high}, as text; the powers of ten
     * alone if those are too many, and every whole multiple of a power of ten if they are fewer than three.
     */
    static List<String> series(double low, double high) {
        List<String> out = multiples(low, high, new int[] {1, 2, 5});
        if (out.size() > MOST_TICKS) {
            return multiples(low, high, new int[] {1});
        }
        if (out.size() < 3) {
            return multiples(low, high, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        }
        return out;
    }

    private static List<String> multiples(double low, double high, int[] factors) {
        List<String> out = new ArrayList<>();
        if (!(low > 0 && high >= low)) {
            return out;
        }
        for (int power = (int) Math.floor(Math.log10(low)); power <= (int) Math.ceil(Math.log10(high)); power++) {
            for (int m : factors) {
                BigDecimal v = BigDecimal.valueOf(m).scaleByPowerOfTen(power);
                if (v.doubleValue() >= low * (1 - 1e-9) && v.doubleValue() <= high * (1 + 1e-9)) {
                    out.add(v.stripTrailingZeros().toPlainString());
                }
            }
        }
        return out;
    }
}
