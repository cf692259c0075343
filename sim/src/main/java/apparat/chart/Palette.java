package apparat.chart;

import java.awt.Color;

/**
 * The Okabe–Ito palette, distinguishable with the common forms of colour blindness (Okabe and Ito, 2008).
 * Series take its colours in this order. The live view colours its secretaries with it too.
 */
public final class Palette {

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLACK = Color.BLACK;

    /** The order series are coloured in. */
    static final Color[] SERIES = {BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, BLACK, YELLOW};

    /** Elected, recommended, appointed: democratic blue, the centre's orange, appointment's vermillion. */
    static final Color[] HOW = {BLUE, ORANGE, VERMILLION};

    private Palette() {
    }

    /** The colour of a way a post was filled: 0 elected, 1 recommended, 2 appointed. */
    public static Color how(int i) {
        return HOW[i];
    }

    static Color series(int i) {
        return SERIES[i % SERIES.length];
    }
}
