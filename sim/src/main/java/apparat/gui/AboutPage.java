package apparat.gui;

import apparat.model.TimelineEvent;
import apparat.scenario.Scenario;
import apparat.scenario.TimelineEntry;
import apparat.validation.CitedValue;
import apparat.validation.ScenarioSources;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The console's About tab for a scenario: its name and question, the run's period, seed and scale, the
 * numbered timeline (the numbers of the chart markers) with each event's source, and how many of its values
 * each source document gives.
 */
final class AboutPage {

    private AboutPage() {
    }

    static String html(Scenario s, List<TimelineEvent> timeline) {
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif;font-size:12pt'>");
        h.append("<h2>").append(escape(s.name())).append("</h2>");
        h.append("<p>").append(escape(s.description())).append("</p>");
        h.append(String.format(Locale.ROOT, "<p><b>File:</b> %s%s<br><b>Run:</b> %s to %s, seed %d, scale 1:%s "
                        + "(one simulated member stands for %s real ones)</p>", escape(s.file()),
                s.parentFile() == null ? "" : " (extends " + escape(s.parentFile()) + ")", s.start(), s.end(),
                s.seed(), scale(s.scale()), scale(s.scale())));
        h.append("<h3>Events</h3><p>The numbers are those of the dashed lines on the charts; M1, M2… are "
                + "changes made in the Model tab.</p><ol>");
        for (TimelineEvent e : timeline) {
            h.append("<li>").append(e.month()).append(" — ").append(escape(e.label()));
            String source = sourceOf(s, e.id());
            if (!source.isEmpty()) {
                h.append(" <i>(").append(escape(source)).append(")</i>");
            }
            h.append("</li>");
        }
        h.append("</ol><h3>Sources</h3>");
        Map<String, Integer> byDocument = new TreeMap<>();
        int assumptions = 0;
        for (CitedValue v : ScenarioSources.of(s)) {
            if (v.citation().source() != null) {
                byDocument.merge(v.citation().source().replaceFirst(":\\d+$", ""), 1, Integer::sum);
            } else if (v.citation().assumption() != null) {
                assumptions++;
            }
        }
        h.append("<ul>");
        for (Map.Entry<String, Integer> d : byDocument.entrySet()) {
            h.append("<li>").append(escape(d.getKey())).append(": ").append(d.getValue()).append(" values</li>");
        }
        h.append("<li>assumptions (no document gives the value): ").append(assumptions).append("</li></ul>");
        h.append("<p>Every value with its line in the documents: <tt>./apparat sources ").append(escape(s.file()))
                .append("</tt></p></body></html>");
        return h.toString();
    }

    private static String sourceOf(Scenario s, String id) {
        for (TimelineEntry e : s.timeline()) {
            if (e.id().equals(id)) {
                return e.citation() == null || !e.citation().isCited() ? "" : e.citation().describe();
            }
        }
        return "";
    }

    private static String scale(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
