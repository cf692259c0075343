package apparat.calibration;

import apparat.scenario.Citation;
import apparat.scenario.EventCatalog;
import apparat.scenario.ParameterCatalog;
import apparat.scenario.ParameterSpec;
import apparat.scenario.Problems;
import apparat.scenario.Scenario;
import apparat.scenario.Suggestions;
import apparat.scenario.TimelineEntry;
import apparat.scenario.YamlNode;
import apparat.validation.CitedValue;
import apparat.validation.ScenarioSources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code parameters:} of a calibration file: each key a number the base scenario sets with an
 * {@code assumption:} (or an earlier calibration of one), with bounds inside the parameter's allowed range. A
 * key with a {@code source:} is data, never fitted; a key the scenario leaves at its default has no stated
 * assumption to revise.
 */
final class FreeParameters {

    private static final Set<String> BOUNDS = Set.of("lower", "upper", "log");

    private FreeParameters() {
    }

    static List<FreeParameter> read(YamlNode.Mapping.Entry entry, Scenario scenario, YamlNode.Mapping root,
                                    Problems problems) {
        List<FreeParameter> out = new ArrayList<>();
        if (entry == null || !(entry.value() instanceof YamlNode.Mapping map) || map.entries().isEmpty()) {
            problems.add(entry == null ? root.where() : entry.value().file() + ":" + entry.line(), "parameters",
                    "expected a mapping of scenario keys to {lower: L, upper: U}, e.g. "
                            + "attrition.resignationPerYear: {lower: 0.03, upper: 0.2}");
            return out;
        }
        Map<String, CitedValue> cited = new LinkedHashMap<>();
        for (CitedValue v : ScenarioSources.of(scenario)) {
            cited.put(v.key(), v);
        }
        for (YamlNode.Mapping.Entry e : map.entries().values()) {
            FreeParameter p = parameter(e, "parameters." + e.key(), cited, scenario, problems);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static FreeParameter parameter(YamlNode.Mapping.Entry e, String key, Map<String, CitedValue> cited,
                                           Scenario scenario, Problems problems) {
        String where = e.value().file() + ":" + e.line();
        CitedValue value = cited.get(e.key());
        ParameterSpec spec = spec(e.key(), scenario);
        if (value == null) {
            if (spec != null) {
                problems.add(where, key, "the base scenario " + scenario.file() + " does not set this value; "
                        + "only a value it sets with an assumption: can be calibrated");
            } else {
                Set<String> known = new TreeSet<>(cited.keySet());
                ParameterCatalog.all().forEach(s -> known.add(s.key()));
                problems.add(where, key, "unknown value" + Suggestions.didYouMean(e.key(), known)
                        + "; give a key as apparat sources lists it");
            }
            return null;
        }
        Citation c = value.citation();
        if (c != null && c.source() != null) {
            problems.add(where, key, "is data (source: " + c.source() + (c.where() == null ? "" : ", set at "
                    + c.where()) + "), not an assumption; only assumption: values may be calibrated");
            return null;
        }
        if (c == null || c.assumption() == null && !c.isCalibrated()) {
            problems.add(where, key, "has no assumption: in the base scenario" + (c == null || c.where() == null
                    ? "" : " (" + c.where() + ")") + "; only assumption: values may be calibrated");
            return null;
        }
        if (spec == null || !(value.value() instanceof Number number)
                || spec.type() != ParameterSpec.Type.DECIMAL && spec.type() != ParameterSpec.Type.INTEGER) {
            problems.add(where, key, "is " + (spec == null ? "not a number" : "a " + spec.type().toString()
                    .toLowerCase(java.util.Locale.ROOT) + " value") + "; only numbers can be fitted");
            return null;
        }
        if (!(e.value() instanceof YamlNode.Mapping bounds)) {
            problems.add(e.value(), key, "expected {lower: L, upper: U} (and log: true for a log scale)");
            return null;
        }
        Fields f = new Fields(bounds, key, problems);
        f.unknown(BOUNDS);
        boolean whole = spec.type() == ParameterSpec.Type.INTEGER;
        double lower = need(f, "lower", spec, whole, problems);
        double upper = need(f, "upper", spec, whole, problems);
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return null;
        }
        if (!(lower < upper)) {
            problems.add(f.where("upper"), key + ".upper", Fields.show(upper) + " is not above lower "
                    + Fields.show(lower));
            return null;
        }
        Boolean log = f.flag("log");
        boolean logScale = log != null ? log : lower > 0 && upper / lower >= FreeParameter.LOG_RATIO;
        if (logScale && lower <= 0) {
            problems.add(f.where("log"), key + ".log", "a log scale needs lower above 0, not " + Fields.show(lower));
            return null;
        }
        return new FreeParameter(e.key(), lower, upper, logScale, whole, number.doubleValue(), c.assumption());
    }

    private static double need(Fields f, String field, ParameterSpec spec, boolean whole, Problems problems) {
        if (f.node(field) == null) {
            problems.add(f.where(null), f.key(field), "missing; give the " + (field.equals("lower") ? "smallest"
                    : "largest") + " value to try, within " + spec.range());
            return Double.NaN;
        }
        return f.number(field, Double.NaN, spec.min(), spec.max(), whole);
    }

    /** The catalogue entry of a key as {@link ScenarioSources} spells it, or null. */
    static ParameterSpec spec(String key, Scenario scenario) {
        ScenarioPatch.Key k = ScenarioPatch.Key.parse(key);
        if (k.event() == null || k.set()) {
            return ParameterCatalog.find(k.name());
        }
        for (TimelineEntry e : scenario.timeline()) {
            if (e.id().equals(k.event())) {
                return EventCatalog.field(e.type(), k.name());
            }
        }
        return null;
    }
}
