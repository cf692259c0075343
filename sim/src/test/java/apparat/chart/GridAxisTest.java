package apparat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.sweep.Factor;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueTick;
import org.jfree.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** A heat map's axis: short labels that stay distinct, and only as many of them as fit side by side. */
class GridAxisTest {

    private static final Factor NUMBER = new Factor("appointment.acceptance", null,
            new Factor.Range(0, 10000, false, false, 3));
    private static final Factor WORDS = new Factor("secretariat.selection", List.of("loyalty", "chance"), null);

    private static List<String> values(int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(String.valueOf(0.3 + 0.025 * i));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<ValueTick> ticks(GridAxis axis, Graphics2D g2, Rectangle2D area, RectangleEdge edge) {
        return (List<ValueTick>) axis.refreshTicks(g2, new AxisState(), area, edge);
    }

    @Test
    void numbersGetTheFewestSignificantDigitsThatKeepThemApart() {
        assertEquals(List.of("100", "123", "8,110", "10,000"),
                GridAxis.labels(NUMBER, List.of("100", "123.285", "8111.31", "10000")));
        assertEquals(List.of("0.5", "0.500001", "0.500002"),
                GridAxis.labels(NUMBER, List.of("0.5", "0.500001", "0.500002")));
        assertEquals(List.of("0.3", "0.325", "0.35"), GridAxis.labels(NUMBER, List.of("0.3", "0.325", "0.35")));
        assertEquals(List.of("loyalty", "chance"), GridAxis.labels(WORDS, List.of("loyalty", "chance")));
    }

    @Test
    void cellValuesReadAsNumbersWithThousandsGrouped() {
        assertEquals("456,800", GridAxis.value(456_800.4));
        assertEquals("90", GridAxis.value(90));
        assertEquals("0.386", GridAxis.value(0.38612));
        assertEquals("-0.25", GridAxis.value(-0.25));
        assertEquals("", GridAxis.value(Double.NaN));
    }

    @Test
    void crowdedLabelsAreThinnedUntilNoneOverlap() {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        List<String> labels = GridAxis.labels(NUMBER, values(40));
        GridAxis axis = new GridAxis("x", labels);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 600, 400);
        List<ValueTick> kept = ticks(axis, g2, area, RectangleEdge.BOTTOM);
        assertTrue(kept.size() > 1 && kept.size() < 40, kept.size() + " of 40 labels kept");
        assertEquals(0, kept.get(0).getValue(), "the first value is labelled");
        FontMetrics metrics = g2.getFontMetrics(axis.getTickLabelFont());
        for (int i = 1; i < kept.size(); i++) {
            ValueTick a = kept.get(i - 1);
            ValueTick b = kept.get(i);
            double apart = axis.valueToJava2D(b.getValue(), area, RectangleEdge.BOTTOM)
                    - axis.valueToJava2D(a.getValue(), area, RectangleEdge.BOTTOM);
            double halfWidths = (metrics.stringWidth(a.getText()) + metrics.stringWidth(b.getText())) / 2.0;
            assertTrue(apart > halfWidths, a.getText() + " and " + b.getText() + " overlap");
            assertEquals(b.getValue() - a.getValue(), kept.get(1).getValue() - kept.get(0).getValue(),
                    "labels at even steps");
        }
    }

    @Test
    void crowdedRowsAreThinnedByTheLineHeight() {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        GridAxis axis = new GridAxis("y", GridAxis.labels(NUMBER, values(30)));
        int lines = 300 / g2.getFontMetrics(axis.getTickLabelFont()).getHeight();
        List<ValueTick> kept = ticks(axis, g2, new Rectangle2D.Double(0, 0, 200, 300), RectangleEdge.LEFT);
        assertTrue(kept.size() <= lines, kept.size() + " labels on " + lines + " lines");
        assertTrue(kept.size() > 1);
    }

    @Test
    void labelsWithRoomAreAllKept() {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        GridAxis axis = new GridAxis("x", List.of("loyalty", "competence", "chance"));
        assertEquals(3, ticks(axis, g2, new Rectangle2D.Double(0, 0, 1500, 800), RectangleEdge.BOTTOM).size());
    }

    @Test
    void cellLabelsShareTheirDecimalsAndKeepCloseValuesApart() {
        assertEquals(List.of("0.52", "0.48", "0.77", ""),
                List.of(GridAxis.sameDecimals(new double[] {0.52, 0.483, 0.774, Double.NaN})));
        String[] close = GridAxis.sameDecimals(new double[] {0.997, 0.9993, 0.9981});
        assertEquals(List.of("0.9970", "0.9993", "0.9981"), List.of(close));
        assertEquals(List.of("8,111", "12,000"), List.of(GridAxis.sameDecimals(new double[] {8111.31, 12000})));
        assertEquals(List.of("0.25", "0.25"), List.of(GridAxis.sameDecimals(new double[] {0.25, 0.25})));
        assertEquals(List.of(""), List.of(GridAxis.sameDecimals(new double[] {Double.NaN})));
    }
}
