package apparat.calibration;

import apparat.scenario.Citation;
import apparat.scenario.Scenario;
import apparat.scenario.TimelineEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base scenario with some of its values replaced by a candidate's: a parameter's starting value
 * ({@code recruitment.ratePerYear}), a field of a timeline event ({@code timeline.purge-1921.threshold}) or a
 * value a rule event sets ({@code timeline.intake-1925.set.recruitment.ratePerYear}). Everything else, rule
 * events that later change a parameter included, stays as the scenario has it.
 */
final class ScenarioPatch {

    private ScenarioPatch() {
    }

    /** The scenario with each key at its value; whole-number keys get a {@code Long}, others a {@code Double}. */
    static Scenario apply(Scenario base, List<FreeParameter> parameters, double[] values) {
        Map<String, Object> top = new LinkedHashMap<>();
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        Map<String, Map<String, Object>> sets = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            FreeParameter p = parameters.get(i);
            Object value = p.integer() ? (Object) Math.round(values[i]) : (Object) values[i];
            Key key = Key.parse(p.key());
            if (key.event() == null) {
                top.put(key.name(), value);
            } else if (key.set()) {
                sets.computeIfAbsent(key.event(), k -> new LinkedHashMap<>()).put(key.name(), value);
            } else {
                fields.computeIfAbsent(key.event(), k -> new LinkedHashMap<>()).put(key.name(), value);
            }
        }
        Map<String, Citation> citations = new LinkedHashMap<>();
        top.keySet().forEach(k -> citations.put(k, base.parameters().citation(k)));
        List<TimelineEntry> timeline = new ArrayList<>();
        for (TimelineEntry e : base.timeline()) {
            Map<String, Object> f = fields.get(e.id());
            Map<String, Object> s = sets.get(e.id());
            if (f == null && s == null) {
                timeline.add(e);
                continue;
            }
            Map<String, Object> newFields = new LinkedHashMap<>(e.fields());
            Map<String, Object> newSet = new LinkedHashMap<>(e.set());
            if (f != null) {
                newFields.putAll(f);
            }
            if (s != null) {
                newSet.putAll(s);
            }
            timeline.add(new TimelineEntry(e.id(), e.month(), e.type(), e.label(), e.citation(),
                    Collections.unmodifiableMap(newFields), Collections.unmodifiableMap(newSet), e.setCitations(),
                    e.fieldCitations(), e.where()));
        }
        return new Scenario(base.name(), base.description(), base.file(), base.parentFile(), base.start(),
                base.end(), base.seed(), base.scale(), base.parameters().with(top, citations),
                List.copyOf(timeline), base.base());
    }

    /**
     * A value's key taken apart.
     *
     * @param event the timeline event's id, or null for a parameter's starting value
     * @param set whether the value is one a rule event sets
     * @param name the parameter key, or the event's field
     */
    record Key(String event, boolean set, String name) {

        static Key parse(String key) {
            if (!key.startsWith("timeline.")) {
                return new Key(null, false, key);
            }
            String rest = key.substring("timeline.".length());
            int dot = rest.indexOf('.');
            if (dot < 0) {
                return new Key(rest, false, "");
            }
            String event = rest.substring(0, dot);
            String name = rest.substring(dot + 1);
            return name.startsWith("set.") ? new Key(event, true, name.substring(4)) : new Key(event, false, name);
        }
    }
}
