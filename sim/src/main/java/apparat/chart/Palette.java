package apparat.chart;

import java.awt.Color;

/**
 * The Okabe–Ito palette, distinguishable with the common forms of colour blindness (Okabe and Ito, 2008).
 * Series take its colours in this order.
 */
final class Palette {

    static final Color BLUE = new Color(0x0072B2);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color GREEN = new Color(0x009E73);
    static final Color SKY = new Color(0x56B4E9);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color YELLOW = new Color(0xF0E442);
    static final Color BLACK = Color.BLACK;

    /** The order series are coloured in. */
    static final Color[] SERIES = {BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, BLACK, YELLOW};

    /** Elected, recommended, appointed: democratic blue, the centre's orange, appointment's vermillion. */
    static final Color[] HOW = {BLUE, ORANGE, VERMILLION};

    private Palette() {
    }

    static Color series(int i) {
        return SERIES[i % SERIES.length];
    }
}
