package apparat.sweep;

import apparat.model.Month;
import apparat.scenario.ParameterCatalog;
import apparat.scenario.ParameterSpec;
import apparat.scenario.Problems;
import apparat.scenario.ScenarioException;
import apparat.scenario.ScenarioOverrides;
import apparat.scenario.Suggestions;
import apparat.scenario.YamlFiles;
import apparat.scenario.YamlNode;
import apparat.validation.MeasureReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a sweep file ({@code scenarios/sweeps/*.yaml}, described in {@code docs/sweeps.md}). The first mistake
 * ends the reading with one {@link ScenarioException} naming the file, the line and the dotted key.
 */
public final class SweepFile {

    private static final List<String> KEYS = List.of("name", "description", "scenario", "seed", "replications",
            "run", "design", "samples", "sensitivity", "trajectories", "levels", "candidates", "vary", "outcomes");
    private static final List<String> RUN_KEYS = List.of("until", "scale");
    private static final List<String> RANGE_KEYS = List.of("range", "log", "levels");
    /** The key that varies the scale of each run rather than a model parameter. */
    public static final String SCALE_KEY = "run.scale";
    /** Most runs a sweep may plan: run folders are numbered with six digits. */
    public static final int MAX_RUNS = 1_000_000;

    private SweepFile() {
    }

    /** Whether a YAML file is a sweep file (it has a top-level {@code vary:}) rather than a scenario. */
    public static boolean isSweepFile(Path file) {
        return YamlFiles.read(file) instanceof YamlNode.Mapping m && m.entries().containsKey("vary");
    }

    public static SweepDefinition read(Path file) {
        YamlNode root = YamlFiles.read(file);
        if (!(root instanceof YamlNode.Mapping map)) {
            throw new ScenarioException(root.where() + ": a sweep file is a mapping with scenario, vary and "
                    + "outcomes (see docs/sweeps.md)");
        }
        Map<String, YamlNode.Mapping.Entry> e = map.entries();
        for (YamlNode.Mapping.Entry k : e.values()) {
            if (!KEYS.contains(k.key())) {
                throw problem(k.value().file() + ":" + k.line(), k.key(), "unknown key"
                        + Suggestions.didYouMean(k.key(), KEYS) + "; a sweep file has " + String.join(", ", KEYS));
            }
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = e.containsKey("name") ? text(e.get("name"), "name") : stem;
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw problem(where(e.get("name"), map), "name", "'" + name + "': use letters, digits, '-', '_', '.'");
        }
        String description = e.containsKey("description") ? text(e.get("description"), "description") : "";
        if (!e.containsKey("scenario")) {
            throw problem(map.where(), "scenario", "missing; name the base scenario file (relative to this file)");
        }
        Path scenario = file.toAbsolutePath().getParent().resolve(text(e.get("scenario"), "scenario")).normalize();
        if (!java.nio.file.Files.isRegularFile(scenario)) {
            throw problem(where(e.get("scenario"), map), "scenario", scenario + ": no such file (a scenario file is "
                    + "named relative to the sweep file)");
        }
        Long seed = e.containsKey("seed") ? whole(e.get("seed"), "seed", 0, Long.MAX_VALUE) : null;
        int replications = e.containsKey("replications")
                ? (int) whole(e.get("replications"), "replications", 1, 10_000) : 1;
        Month until = null;
        Double scale = null;
        if (e.containsKey("run")) {
            YamlNode.Mapping run = mapping(e.get("run"), "run", "{until: YYYY-MM, scale: S}");
            for (YamlNode.Mapping.Entry k : run.entries().values()) {
                if (!RUN_KEYS.contains(k.key())) {
                    throw problem(k.value().file() + ":" + k.line(), "run." + k.key(), "unknown key"
                            + Suggestions.didYouMean(k.key(), RUN_KEYS) + "; run: takes until and scale");
                }
            }
            if (run.entries().containsKey("until")) {
                until = month(run.entries().get("until"), "run.until");
            }
            if (run.entries().containsKey("scale")) {
                scale = number(run.entries().get("scale"), "run.scale", 1, 1e9);
            }
        }
        DesignSettings design = DesignSettings.read(map);
        if (!e.containsKey("vary")) {
            throw problem(map.where(), "vary", "missing; name the parameters to vary");
        }
        YamlNode.Mapping vary = mapping(e.get("vary"), "vary", "a mapping of parameter keys to values or ranges");
        if (vary.entries().isEmpty()) {
            throw problem(vary.where(), "vary", "empty; name at least one parameter");
        }
        List<Factor> factors = new ArrayList<>();
        for (YamlNode.Mapping.Entry k : vary.entries().values()) {
            factors.add(factor(k, design));
        }
        List<Outcome> outcomes = new ArrayList<>();
        if (e.containsKey("outcomes")) {
            YamlNode.Mapping list = mapping(e.get("outcomes"), "outcomes", "a mapping of outcome names to measures");
            for (YamlNode.Mapping.Entry k : list.entries().values()) {
                String where = k.value().file() + ":" + k.line();
                if (!k.key().matches("[A-Za-z0-9_.-]+")) {
                    throw problem(where, "outcomes." + k.key(), "use letters, digits, '-', '_', '.' for a column name");
                }
                YamlNode.Mapping m = mapping(k, "outcomes." + k.key(),
                        "a measure such as {column: members, at: 1925-12}");
                String what = "";
                if (m.entries().containsKey("what")) {
                    // the words are the outcome's, not the measure's: the measure reads the rest
                    what = text(m.entries().get("what"), "outcomes." + k.key() + ".what");
                    Map<String, YamlNode.Mapping.Entry> rest = new LinkedHashMap<>(m.entries());
                    rest.remove("what");
                    m = new YamlNode.Mapping(m.file(), m.line(), rest);
                }
                outcomes.add(new Outcome(k.key(), what, MeasureReader.read(m, "outcomes." + k.key()), where));
            }
        }
        design.checkOutcomes(map, outcomes.isEmpty());
        SweepDefinition d = new SweepDefinition(name, description, file.toString(), scenario, until, scale, seed,
                replications, design.design(), design.samples(), design.sensitivity(), design.levels(),
                design.candidates(), factors, outcomes);
        long runs;
        try {
            runs = Math.multiplyExact(SweepPlan.points(d), (long) replications);
        } catch (ArithmeticException tooMany) {
            runs = Long.MAX_VALUE;
        }
        if (runs > MAX_RUNS) {
            throw problem(where(e.get("vary"), map), "vary", "the sweep would make " + runs + " runs; at most "
                    + MAX_RUNS);
        }
        return d;
    }

    private static Factor factor(YamlNode.Mapping.Entry entry, DesignSettings settings) {
        Design design = settings.design();
        String key = entry.key();
        String shown = "vary." + key;
        String where = entry.value().file() + ":" + entry.line();
        ParameterSpec spec = key.equals(SCALE_KEY) ? null : ParameterCatalog.find(key);
        if (spec == null && !key.equals(SCALE_KEY)) {
            List<String> keys = new ArrayList<>(ParameterCatalog.all().stream().map(ParameterSpec::key).toList());
            keys.add(SCALE_KEY);
            throw problem(where, shown, "unknown parameter" + Suggestions.didYouMean(key, keys));
        }
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Sequence list) {
            if (list.items().isEmpty()) {
                throw problem(where, shown, "no values; give at least one");
            }
            List<Object> values = new ArrayList<>();
            for (YamlNode item : list.items()) {
                Object v = spec == null ? (Object) number(item, shown, 1, 1e9) : ScenarioOverrides.value(key, item,
                        shown);
                for (Object seen : values) {
                    if (same(seen, v)) {
                        throw problem(item.where(), shown, "the value " + apparat.scenario.ScenarioWriter.text(v)
                                + " is given twice; each value of a varied parameter once");
                    }
                }
                values.add(v);
            }
            return settings.checked(new Factor(key, values, null), where, shown);
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            throw problem(where, shown, "expected a list of values [V1, V2, ...] or {range: [LOW, HIGH]}");
        }
        for (YamlNode.Mapping.Entry k : m.entries().values()) {
            if (!RANGE_KEYS.contains(k.key())) {
                throw problem(k.value().file() + ":" + k.line(), shown + "." + k.key(), "unknown key"
                        + Suggestions.didYouMean(k.key(), RANGE_KEYS) + "; a range has range, log and levels");
            }
        }
        boolean integer = spec != null && spec.type() == ParameterSpec.Type.INTEGER;
        if (spec != null && !integer && spec.type() != ParameterSpec.Type.DECIMAL) {
            throw problem(where, shown, "a " + spec.type().name().toLowerCase(Locale.ROOT)
                    + " parameter takes a list of values, not a range");
        }
        YamlNode.Mapping.Entry r = m.entries().get("range");
        if (r == null || !(r.value() instanceof YamlNode.Sequence pair) || pair.items().size() != 2) {
            throw problem(r == null ? where : r.value().where(), shown + ".range", "expected [LOW, HIGH]");
        }
        double low = bound(spec, key, pair.items().get(0), shown + ".range");
        double high = bound(spec, key, pair.items().get(1), shown + ".range");
        if (!(low < high)) {
            throw problem(pair.where(), shown + ".range", "LOW must be below HIGH");
        }
        boolean log = false;
        if (m.entries().containsKey("log")) {
            YamlNode.Mapping.Entry l = m.entries().get("log");
            if (!(l.value() instanceof YamlNode.Scalar sc) || sc.kind() != YamlNode.Scalar.Kind.BOOLEAN) {
                throw problem(l.value().where(), shown + ".log", "expected true or false");
            }
            log = sc.text().equals("true");
            if (log && low <= 0) {
                throw problem(l.value().where(), shown + ".log", "a logarithmic range needs LOW above 0");
            }
        }
        int levels = 0;
        if (design == Design.GRID) {
            YamlNode.Mapping.Entry l = m.entries().get("levels");
            if (l == null) {
                throw problem(where, shown + ".levels", "missing; a " + design.word()
                        + " design takes LEVELS values of a range, e.g. levels: 5");
            }
            levels = (int) whole(l, shown + ".levels", 2, 10_000);
            if (integer && levels > high - low + 1) {
                throw problem(l.value().where(), shown + ".levels", levels + " levels but only "
                        + (long) (high - low + 1) + " whole numbers in the range");
            }
        } else if (m.entries().containsKey("levels")) {
            throw problem(m.entries().get("levels").value().where(), shown + ".levels", "levels is for grid "
                    + "designs; a " + design.word() + (design == Design.MORRIS ? " design takes one levels: for all "
                    + "parameters, at the top of the file" : " design samples the range"));
        }
        return settings.checked(new Factor(key, null, new Factor.Range(low, high, log, integer, levels)),
                pair.where(), shown);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return java.util.Objects.equals(a, b);
    }

    private static double bound(ParameterSpec spec, String key, YamlNode node, String shown) {
        if (spec == null) {
            return number(node, shown, 1, 1e9);
        }
        return ((Number) ScenarioOverrides.value(key, node, shown)).doubleValue();
    }

    private static YamlNode.Mapping mapping(YamlNode.Mapping.Entry e, String key, String expected) {
        if (!(e.value() instanceof YamlNode.Mapping m)) {
            throw problem(e.value().file() + ":" + e.line(), key, "expected " + expected);
        }
        return m;
    }

    static String where(YamlNode.Mapping.Entry e, YamlNode.Mapping parent) {
        return e == null ? parent.where() : e.value().file() + ":" + e.line();
    }

    static String text(YamlNode.Mapping.Entry e, String key) {
        if (!(e.value() instanceof YamlNode.Scalar s)) {
            throw problem(e.value().file() + ":" + e.line(), key, "expected text");
        }
        return s.text();
    }

    static long whole(YamlNode.Mapping.Entry e, String key, long min, long max) {
        YamlNode v = e.value();
        if (!(v instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.INTEGER) {
            throw problem(v.file() + ":" + e.line(), key, "expected a whole number from " + min + " to " + max);
        }
        long n;
        try {
            n = Long.parseLong(s.text().replace("_", ""));
        } catch (NumberFormatException ex) {
            throw problem(v.file() + ":" + e.line(), key, "'" + s.text() + "' is too large a number");
        }
        if (n < min || n > max) {
            throw problem(v.file() + ":" + e.line(), key, n + " is outside " + min + " to " + max);
        }
        return n;
    }

    private static Month month(YamlNode.Mapping.Entry e, String key) {
        try {
            return Month.parse(text(e, key));
        } catch (IllegalArgumentException ex) {
            throw problem(e.value().file() + ":" + e.line(), key, ex.getMessage());
        }
    }

    private static double number(YamlNode.Mapping.Entry e, String key, double min, double max) {
        return number(e.value(), key, min, max);
    }

    private static double number(YamlNode v, String key, double min, double max) {
        if (!(v instanceof YamlNode.Scalar s) || (s.kind() != YamlNode.Scalar.Kind.INTEGER
                && s.kind() != YamlNode.Scalar.Kind.DECIMAL)) {
            throw problem(v.where(), key, "expected a number from " + fmt(min) + " to " + fmt(max));
        }
        double x = Double.parseDouble(s.text().replace("_", ""));
        if (!(x >= min && x <= max)) {
            throw problem(v.where(), key, s.text() + " is outside " + fmt(min) + " to " + fmt(max));
        }
        return x;
    }

    private static String fmt(double x) {
        return apparat.output.Numbers.format(x);
    }

    static ScenarioException problem(String where, String key, String message) {
        return new ScenarioException(Problems.printable(where + ": " + key + ": " + message));
    }
}
