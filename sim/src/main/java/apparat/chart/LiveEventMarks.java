package apparat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * The events on the live charts: a dashed line on every panel in the event's colour, its mark (number or tag)
 * on the top panel of each chart in one of three rows so that close events stay legible, and the key that
 * names them all for a saved slide.
 */
final class LiveEventMarks {

    private static final String KEY_PREFIX = "Events: ";
    /** Label rows; a mark that finds none free is left off (the calendar and the About tab still name it). */
    private static final int ROWS = 3;

    private final long span;
    /** Where the last mark of each label row went, in the time axis's milliseconds. */
    private final long[] lastLabel = new long[ROWS];
    /** The marked events: "1 label (YYYY-MM) · 2 …". */
    private final StringBuilder key = new StringBuilder();

    private final Font marker;

    /**
     * @param span the time axis's length, in milliseconds
     * @param size type size of the marks
     */
    LiveEventMarks(long span, int size) {
        this.span = span;
        this.marker = new Font(Font.SANS_SERIF, Font.BOLD, size);
        clear();
    }

    /** Marks an event on every panel; {@code tops} says which panels carry the mark. */
    void mark(List<XYPlot> plots, List<XYPlot> tops, String month, String type, String mark, String label) {
        key.append(key.length() == 0 ? "" : " · ").append(mark).append(' ').append(label).append(" (")
                .append(month).append(')');
        long x = ChartStyle.millis(month);
        int row = labelRow(x);
        for (XYPlot plot : plots) {
            ValueMarker marker = new ValueMarker(x);
            marker.setPaint(ChartStyle.eventColour(type));
            marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {5f, 4f}, 0f));
            if (tops.contains(plot) && row >= 0) {
                marker.setLabel(mark);
                marker.setLabelFont(this.marker);
                marker.setLabelPaint(Color.BLACK);
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                marker.setLabelOffset(new RectangleInsets(2 + (this.marker.getSize() + 1) * row, 2, 0, 0));
            }
            plot.addDomainMarker(marker);
        }
    }

    /** The first label row whose last mark is far enough to the left, or −1 when all are crowded. */
    private int labelRow(long x) {
        long gap = span / 20;
        for (int r = 0; r < ROWS; r++) {
            if (x - lastLabel[r] >= gap) {
                lastLabel[r] = x;
                return r;
            }
        }
        return -1;
    }

    void clear() {
        Arrays.fill(lastLabel, Long.MIN_VALUE / 2);
        key.setLength(0);
    }

    /** Adds or removes the key at the foot of each chart. */
    void showKey(boolean shown, JFreeChart... charts) {
        for (JFreeChart chart : charts) {
            for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
                if (chart.getSubtitle(i) instanceof TextTitle t && t.getText().startsWith(KEY_PREFIX)) {
                    chart.removeSubtitle(t);
                }
            }
            if (shown && key.length() > 0) {
                TextTitle t = new TextTitle(KEY_PREFIX + key, new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                t.setPosition(RectangleEdge.BOTTOM);
                t.setPaint(new Color(0x555555));
                t.setMaximumLinesToDisplay(8);
                chart.addSubtitle(t);
            }
        }
    }
}
