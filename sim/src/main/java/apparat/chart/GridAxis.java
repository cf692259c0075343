package apparat.chart;

import apparat.sweep.Factor;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.ui.RectangleEdge;

/**
 * An axis of a heat map: one cell per value of a varied parameter, labelled with the value in as few
 * significant digits as keep the labels apart, and only every second, third … cell labelled when the labels
 * would otherwise run into each other.
 */
final class GridAxis extends SymbolAxis {

    private static final long serialVersionUID = 1L;
    /** Fewest significant digits of a label; the tables hold six. */
    private static final int FEWEST_DIGITS = 3;
    private static final int MOST_DIGITS = 6;

    GridAxis(String label, List<String> symbols) {
        super(label, symbols.toArray(new String[0]));
        setGridBandsVisible(false);
        setLabelFont(ChartStyle.AXIS_LABEL);
        setTickLabelFont(ChartStyle.TICKS);
        setLowerMargin(0);
        setUpperMargin(0);
        setRange(-0.5, symbols.size() - 0.5);
    }

    /**
     * The labels of a parameter's values: words as they are; numbers in the fewest significant digits (three at
     * least) that keep them distinct, with thousands grouped. The sweep's scatter charts label their parameter
     * axes with it too, so that a value reads the same on every chart of a sweep.
     */
    static List<String> labels(Factor f, List<String> values) {
        if (!f.numeric()) {
            return values;
        }
        List<BigDecimal> numbers = new ArrayList<>();
        try {
            for (String v : values) {
                numbers.add(new BigDecimal(v));
            }
        } catch (NumberFormatException e) {
            return values;
        }
        for (int digits = FEWEST_DIGITS; digits <= MOST_DIGITS; digits++) {
            List<String> labels = new ArrayList<>();
            for (BigDecimal v : numbers) {
                labels.add(number(v, digits));
            }
            if (new HashSet<>(labels).size() == values.size()) {
                return labels;
            }
        }
        return values;
    }

    /** A value in a cell or on the legend: three significant digits, whole numbers from 1,000 on, grouped. */
    static String value(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (Math.abs(v) >= 1000) {
            return grouped().format(Math.round(v));
        }
        return number(new BigDecimal(v), FEWEST_DIGITS);
    }

    private static String number(BigDecimal v, int digits) {
        BigDecimal rounded = v.round(new MathContext(digits)).stripTrailingZeros();
        if (rounded.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return grouped().format(rounded);
        }
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /**
     * The labels of a heat map's cells, all with the same number of decimals: as many as it takes to show a
     * twentieth of the spread of the values (none at all for values in the thousands), so that the labels can be
     * compared at a glance and close values still differ. NaN gives an empty label.
     */
    static String[] sameDecimals(double[] values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        String[] labels = new String[values.length];
        if (low > high) {
            java.util.Arrays.fill(labels, "");
            return labels;
        }
        int decimals;
        if (Math.max(Math.abs(low), Math.abs(high)) >= 1000) {
            decimals = 0;
        } else if (high == low) {
            decimals = Math.max(0, new BigDecimal(low).round(new MathContext(FEWEST_DIGITS)).stripTrailingZeros()
                    .scale());
        } else {
            decimals = (int) Math.max(0, Math.min(6, Math.ceil(-Math.log10((high - low) / 20))));
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int i = 0; i < values.length; i++) {
            labels[i] = Double.isFinite(values[i]) ? format.format(values[i]) : "";
        }
        return labels;
    }

    private static DecimalFormat grouped() {
        return new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Keeps every n-th tick, n the smallest that leaves a gap of half a line between neighbouring labels. */
    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List all = super.refreshTicks(g2, state, dataArea, edge);
        if (all.size() < 2) {
            return all;
        }
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        double widest = 0;
        for (Object t : all) {
            String text = ((ValueTick) t).getText();
            widest = Math.max(widest, horizontal ? metrics.stringWidth(text == null ? "" : text) : metrics.getHeight());
        }
        double perCell = (horizontal ? dataArea.getWidth() : dataArea.getHeight()) / getSymbols().length;
        int step = Math.max(1, (int) Math.ceil((widest + metrics.getHeight() / 2.0) / perCell));
        return thin(all, step);
    }

    /** The ticks at every {@code step}-th cell, from the first. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static List thin(List ticks, int step) {
        List kept = new ArrayList();
        for (Object t : ticks) {
            if (Math.round(((ValueTick) t).getValue()) % step == 0) {
                kept.add(t);
            }
        }
        return kept;
    }
}
