package apparat.chart;

import java.util.Locale;

/** File formats a chart can be written in. */
public enum ChartFormat {
    PNG, SVG, PDF;

    /** The file extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "png", "svg" or "pdf", case-insensitive. */
    public static ChartFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown chart format '" + text + "'; use png, svg or pdf");
        }
    }
}
