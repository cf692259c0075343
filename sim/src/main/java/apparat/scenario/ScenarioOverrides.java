package apparat.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds parameters of a loaded scenario at given values for the whole run, as a parameter sweep does: the
 * value replaces the scenario's own from the start, and rule events no longer change that parameter. Values
 * are given as text ({@code 0.5}, {@code true}, {@code loyalty}, {@code 1921-12}) and checked against the
 * catalogue like a scenario file's.
 */
public final class ScenarioOverrides {

    private ScenarioOverrides() {
    }

    /** Parses one {@code KEY=VALUE} setting into its typed value; a {@link ScenarioException} names the problem. */
    public static Object value(String key, String text, String origin) {
        ParameterSpec spec = ParameterCatalog.find(key);
        if (spec == null) {
            List<String> keys = ParameterCatalog.all().stream().map(ParameterSpec::key).toList();
            throw new ScenarioException(origin + ": " + key + ": unknown parameter"
                    + Suggestions.didYouMean(key, keys));
        }
        Problems problems = new Problems();
        Object value = ValueReader.read(spec, key, new YamlNode.Scalar(origin, 0, text, kind(text)), problems);
        problems.throwIfAny();
        return value;
    }

    /**
     * Types a value read from another YAML file (a sweep file) against the parameter's declaration; the
     * message of a {@link ScenarioException} names the node's file and line and {@code shownKey}.
     */
    public static Object value(String key, YamlNode node, String shownKey) {
        ParameterSpec spec = ParameterCatalog.find(key);
        if (spec == null) {
            List<String> keys = ParameterCatalog.all().stream().map(ParameterSpec::key).toList();
            throw new ScenarioException(node.where() + ": " + shownKey + ": unknown parameter"
                    + Suggestions.didYouMean(key, keys));
        }
        Problems problems = new Problems();
        Object value = ValueReader.read(spec, shownKey, node, problems);
        problems.throwIfAny();
        return value;
    }

    private static YamlNode.Scalar.Kind kind(String text) {
        if (text.matches("[-+]?\\d+")) {
            return YamlNode.Scalar.Kind.INTEGER;
        }
        if (text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return YamlNode.Scalar.Kind.DECIMAL;
        }
        if (text.equals("true") || text.equals("false")) {
            return YamlNode.Scalar.Kind.BOOLEAN;
        }
        return YamlNode.Scalar.Kind.STRING;
    }

    /** The scenario with these parameters held at these (already typed) values throughout. */
    public static Scenario hold(Scenario s, Map<String, Object> values, String origin) {
        Map<String, Citation> citations = new LinkedHashMap<>();
        values.keySet().forEach(k -> citations.put(k, new Citation(null, "held by " + origin, origin)));
        ParameterValues parameters = s.parameters().with(values, citations);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (TimelineEntry e : s.timeline()) {
            Map<String, Object> set = new LinkedHashMap<>(e.set());
            Map<String, Citation> setCitations = new LinkedHashMap<>(e.setCitations());
            set.keySet().removeAll(values.keySet());
            setCitations.keySet().removeAll(values.keySet());
            if (e.type().equals("rule") && set.isEmpty()) {
                continue;
            }
            timeline.add(new TimelineEntry(e.id(), e.month(), e.type(), e.label(), e.citation(), e.fields(),
                    java.util.Collections.unmodifiableMap(set), java.util.Collections.unmodifiableMap(setCitations),
                    e.fieldCitations(), e.where()));
        }
        return new Scenario(s.name(), s.description(), s.file(), s.parentFile(), s.start(), s.end(), s.seed(),
                s.scale(), parameters, List.copyOf(timeline), s.base());
    }
}
