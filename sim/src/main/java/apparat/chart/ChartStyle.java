package apparat.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * The look shared by every chart, sized for projection at 1920×1080: large type, a calendar time axis, the
 * scenario as subtitle, the source line at the foot, and the timeline's events as labelled vertical lines.
 */
final class ChartStyle {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 40);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 28);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 26);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 24);
    static final Font MARKER = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font KEY = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font SOURCE = new Font(Font.SANS_SERIF, Font.ITALIC, 18);
    static final BasicStroke LINE = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color EVENT = new Color(0x555555);

    private ChartStyle() {
    }

    /** Milliseconds at the first day of a {@code YYYY-MM} month, UTC. */
    static long millis(String month) {
        LocalDate d = LocalDate.parse(month + "-01");
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A calendar axis labelled by year, one tick every one, two or five years as the run is long. */
    static DateAxis timeAxis(RunData run) {
        DateAxis axis = new DateAxis("Year");
        int years = Math.max(1, run.months().size() / 12);
        int step = years <= 12 ? 1 : years <= 25 ? 2 : 5;
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, step));
        axis.setTimeZone(TimeZone.getTimeZone("UTC"));
        SimpleDateFormat year = new SimpleDateFormat("yyyy");
        year.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setDateFormatOverride(year);
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICKS);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICKS);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            ValueAxis a = plot.getRangeAxis(i);
            if (a != null) {
                a.setLabelFont(AXIS_LABEL);
                a.setTickLabelFont(TICKS);
            }
        }
    }

    /**
     * Adds the timeline's events as vertical markers. Labels step down in four rows so that events close in
     * time do not print over each other.
     */
    static void markEvents(XYPlot plot, List<RunData.Event> events, boolean labelled) {
        int row = 0;
        boolean numbered = numbered(events);
        int number = 0;
        for (RunData.Event e : events) {
            number++;
            ValueMarker marker = new ValueMarker(millis(e.month()));
            marker.setPaint(eventColour(e.type()));
            marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 6f}, 0f));
            if (labelled) {
                marker.setLabel(numbered ? Integer.toString(number) : e.label());
                marker.setLabelFont(MARKER);
                marker.setLabelPaint(Color.BLACK);
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                marker.setLabelOffset(new RectangleInsets(6 + 24 * (row % 4), 4, 0, 0));
                row++;
            }
            plot.addDomainMarker(marker);
        }
    }

    /** Congresses black, purges vermillion, repression purple, levies green, rule changes grey. */
    static Color eventColour(String type) {
        return switch (type) {
            case "congress" -> Color.BLACK;
            case "purge" -> Palette.VERMILLION;
            case "repression" -> Palette.PURPLE;
            case "levy" -> Palette.GREEN;
            default -> EVENT;
        };
    }

    /** Above this many events, markers carry numbers and a key below the chart names them. */
    static final int MAX_LABELLED_EVENTS = 8;

    static boolean numbered(List<RunData.Event> events) {
        return events.size() > MAX_LABELLED_EVENTS;
    }

    /** The key to numbered markers: "1 label (month) · 2 …". */
    static String eventKey(List<RunData.Event> events) {
        StringBuilder key = new StringBuilder("Events (dashed lines: congress black, purge red, repression purple, "
                + "levy green, rule change grey): ");
        for (int i = 0; i < events.size(); i++) {
            RunData.Event e = events.get(i);
            key.append(i == 0 ? "" : " · ").append(i + 1).append(' ').append(e.label()).append(" (")
               .append(e.month()).append(')');
        }
        return key.toString();
    }

    /** One legend for a stack of panels that share their series: the first panel's. */
    static void legendOfFirstPanel(CombinedDomainXYPlot combined) {
        if (!combined.getSubplots().isEmpty()) {
            XYPlot first = (XYPlot) combined.getSubplots().get(0);
            LegendItemCollection items = first.getLegendItems();
            combined.setFixedLegendItems(items);
        }
    }

    /** Title, subtitle, legend and source line. */
    static JFreeChart finish(JFreeChart chart, String title, RunData run) {
        chart.setTitle(new TextTitle(title, TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle subtitle = new TextTitle("Scenario: " + run.scenario(), SUBTITLE);
        subtitle.setPaint(EVENT);
        chart.addSubtitle(0, subtitle);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            // room after each entry, so that one entry's text does not run into the next one's symbol
            legend.setItemLabelPadding(new org.jfree.ui.RectangleInsets(2, 4, 2, 20));
        }
        if (numbered(run.events())) {
            TextTitle key = new TextTitle(eventKey(run.events()), KEY);
            key.setPosition(RectangleEdge.BOTTOM);
            key.setPaint(EVENT);
            key.setMaximumLinesToDisplay(6);
            chart.addSubtitle(key);
        }
        TextTitle source = new TextTitle(sourceLine(run), SOURCE);
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        source.setPaint(EVENT);
        chart.addSubtitle(source);
        chart.setPadding(new RectangleInsets(16, 16, 12, 24));
        return chart;
    }

    static String sourceLine(RunData run) {
        String version = run.version().isEmpty() ? "" : " " + run.version();
        return "Apparat" + version + ", scenario " + run.scenario() + ", seed " + run.seed() + ", scale 1:"
                + run.scale();
    }
}
