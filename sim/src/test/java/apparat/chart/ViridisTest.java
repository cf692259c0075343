package apparat.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

/** The colour scale runs dark to light over a spread of values, and is one colour over a single value. */
class ViridisTest {

    private static float brightness(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
    }

    @Test
    void aSpreadOfValuesRunsFromDarkToLight() {
        Viridis scale = new Viridis(10, 20);
        assertFalse(scale.isSingleValue());
        assertEquals(10, scale.getLowerBound());
        assertEquals(20, scale.getUpperBound());
        assertTrue(brightness((Color) scale.getPaint(10)) < brightness((Color) scale.getPaint(20)));
        assertNotEquals(scale.getPaint(12), scale.getPaint(18));
    }

    @Test
    void aSingleValueGetsOneColourAndBoundsALegendCanDraw() {
        for (double v : new double[] {90, 0, -3.5, 1e-9, 4.2e6}) {
            Viridis scale = new Viridis(v, v);
            assertTrue(scale.isSingleValue());
            assertTrue(scale.getLowerBound() < v && v < scale.getUpperBound(),
                    v + " lies strictly inside " + scale.getLowerBound() + " to " + scale.getUpperBound());
            assertEquals(Viridis.MIDDLE, scale.getPaint(v));
            assertEquals(Viridis.MIDDLE, scale.getPaint(scale.getLowerBound()));
            assertEquals(Viridis.MIDDLE, scale.getPaint(scale.getUpperBound()));
            // a legend's axis refuses a range of no length; this one must take the scale's bounds
            NumberAxis axis = new NumberAxis();
            axis.setRange(scale.getLowerBound(), scale.getUpperBound());
            assertTrue(axis.getRange().getLength() > 0);
        }
    }

    @Test
    void boundsThatAreNotNumbersOrOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Viridis(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Viridis(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new Viridis(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void noValueIsWhite() {
        assertEquals(Color.WHITE, new Viridis(0, 1).getPaint(Double.NaN));
        assertEquals(Color.WHITE, new Viridis(1, 1).getPaint(Double.NaN));
    }
}
