package apparat.chart;

import java.util.List;

/**
 * {@code charts/index.html}: the scenario's name and description, its seed and scale, the parameters it
 * changes from its base, and every chart (the PNG, linking to the SVG). Plain HTML, no script, every text
 * escaped.
 */
final class IndexPage {

    private IndexPage() {
    }

    static String html(RunData run, List<String> charts, List<String> titles) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Apparat: ")
         .append(escape(run.scenario())).append("</title>\n<style>\n")
         .append("body{font-family:sans-serif;max-width:1280px;margin:2em auto;padding:0 1em;color:#222}\n")
         .append("img{width:100%;border:1px solid #ddd}\ntable{border-collapse:collapse;margin:1em 0}\n")
         .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;font-size:.9em}\n")
         .append("th{background:#f3f3f3}\n.muted{color:#666}\n</style>\n</head>\n<body>\n")
         .append("<h1>").append(escape(run.scenario())).append("</h1>\n");
        if (!run.description().isBlank()) {
            h.append("<p>").append(escape(run.description())).append("</p>\n");
        }
        h.append("<p class=\"muted\">").append(escape(run.months().isEmpty() ? ""
                : run.months().get(0) + " to " + run.months().get(run.months().size() - 1)))
         .append(" · seed ").append(escape(run.seed())).append(" · scale 1:").append(escape(run.scale()))
         .append(" · ").append(escape(ChartStyle.sourceLine(run))).append("</p>\n");
        List<RunData.Parameter> changed = run.parameters().stream().filter(RunData.Parameter::differsFromBase)
                .toList();
        h.append("<h2>What this scenario changes</h2>\n");
        if (changed.isEmpty()) {
            h.append("<p>No parameter differs from its base; the scenario may change the timeline below.</p>\n");
        } else {
            h.append("<table>\n<tr><th>parameter</th><th>value</th><th>default</th><th>unit</th>"
                    + "<th>source</th></tr>\n");
            for (RunData.Parameter p : changed) {
                h.append("<tr><td><code>").append(escape(p.key())).append("</code></td><td>")
                 .append(escape(p.value())).append("</td><td>").append(escape(p.defaultValue())).append("</td><td>")
                 .append(escape(p.unit())).append("</td><td>").append(escape(p.source())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!run.events().isEmpty()) {
            h.append("<h2>Timeline</h2>\n<table>\n<tr><th>month</th><th>event</th><th>kind</th></tr>\n");
            for (RunData.Event e : run.events()) {
                h.append("<tr><td>").append(escape(e.month())).append("</td><td>").append(escape(e.label()))
                 .append("</td><td>").append(escape(e.type())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        for (int i = 0; i < charts.size(); i++) {
            String name = charts.get(i);
            h.append("<h2>").append(escape(titles.get(i))).append("</h2>\n<a href=\"").append(escape(name))
             .append(".svg\"><img src=\"").append(escape(name)).append(".png\" alt=\"")
             .append(escape(titles.get(i))).append("\"></a>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
