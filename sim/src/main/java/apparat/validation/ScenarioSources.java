package apparat.validation;

import apparat.model.Month;
import apparat.scenario.Citation;
import apparat.scenario.EventCatalog;
import apparat.scenario.ParameterCatalog;
import apparat.scenario.ParameterSpec;
import apparat.scenario.Scenario;
import apparat.scenario.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a scenario (with the files it extends) sets, with its citation: the parameters it gives, each
 * timeline event, and each value an event sets. Defaults nobody set are not listed; they are the catalogue's.
 */
public final class ScenarioSources {

    private ScenarioSources() {
    }

    public static List<CitedValue> of(Scenario s) {
        List<CitedValue> out = new ArrayList<>();
        for (ParameterSpec spec : ParameterCatalog.all()) {
            Citation c = s.parameters().citation(spec.key());
            if (c.where() != null) {
                out.add(new CitedValue(spec.key(), s.parameters().get(spec.key()), spec.unit(), c));
            }
        }
        for (TimelineEntry e : s.timeline()) {
            String prefix = "timeline." + e.id();
            out.add(new CitedValue(prefix, e.type() + " " + e.month(), "", e.citation()));
            for (Map.Entry<String, Citation> f : e.fieldCitations().entrySet()) {
                ParameterSpec spec = EventCatalog.field(e.type(), f.getKey());
                Citation c = f.getValue().isCited() || isFigure(e.fields().get(f.getKey()))
                        && !f.getKey().equals("number") ? f.getValue() : inherit(e.citation(), f.getValue());
                out.add(new CitedValue(prefix + "." + f.getKey(), e.fields().get(f.getKey()),
                        spec == null ? "" : spec.unit(), c));
            }
            for (Map.Entry<String, Object> set : e.set().entrySet()) {
                ParameterSpec spec = ParameterCatalog.find(set.getKey());
                Citation own = e.setCitations().get(set.getKey());
                Citation c = own != null && (own.isCited() || isFigure(set.getValue())) ? own
                        : inherit(e.citation(), own);
                out.add(new CitedValue(prefix + ".set." + set.getKey(), set.getValue(),
                        spec == null ? "" : spec.unit(), c));
            }
        }
        return out;
    }

    /**
     * A switch or a word (true, appoint, a month) set by a rule event is cited by the event's own source:
     * the line that states the rule. A number needs a citation of its own.
     */
    private static Citation inherit(Citation event, Citation own) {
        String where = own == null ? event.where() : own.where();
        return new Citation(event.source(), event.assumption(), where);
    }

    /** Whether a value is a figure (a number) rather than a switch, a word or a month. */
    static boolean isFigure(Object value) {
        return value instanceof Number && !(value instanceof Month);
    }

    /** Whether a cited value is a figure that its line must contain (a congress's ordinal is a name). */
    static boolean isCheckedFigure(CitedValue v) {
        return isFigure(v.value()) && !v.key().endsWith(".number");
    }
}
