package apparat.scenario;

import apparat.model.Month;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a scenario file into a validated {@link Scenario}. The file is YAML: the keys {@code name},
 * {@code description}, {@code extends}, {@code run} and {@code timeline}, and parameter groups whose leaves
 * are either a bare value or {@code {value: …, source: "file.txt:123"}} / {@code {value: …, assumption: "…"}}, or
 * a value fitted by {@code apparat calibrate}: {@code {value: …, calibrated: "calibration/x.yaml, 2026-12-02",
 * assumption: "…"}} (the assumption's reason kept; never with a source).
 * {@code extends: other.yaml} (relative to the file) loads the other scenario first and overrides it key by
 * key; {@code null} deletes an inherited key. All problems are reported together, each with its file and
 * line, as one {@link ScenarioException}. The file and its {@code extends:} chain are read by
 * {@link ScenarioFileReader}, parameter trees by {@link ParameterTreeReader}, the timeline by {@link TimelineReader};
 * this class checks the top level and the run and puts the scenario together.
 */
public final class ScenarioLoader {

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "extends", "run", "timeline");
    private static final Set<String> RUN_KEYS = Set.of("start", "end", "seed", "scale");

    private final ScenarioFileReader files = new ScenarioFileReader();

    /** Loads and validates the scenario at {@code file}. */
    public Scenario load(Path file) {
        YamlNode.Mapping merged = files.readMerged(file);
        String parent = ScenarioFileReader.parentOf(file);
        ParameterValues base = parent == null ? ParameterValues.defaults()
                : load(ScenarioFileReader.resolveSibling(file, parent)).parameters();
        return validate(file.toString(), merged, parent, base);
    }

    private Scenario validate(String file, YamlNode.Mapping root, String parent, ParameterValues base) {
        Problems problems = new Problems();
        Set<String> known = new TreeSet<>(TOP_KEYS);
        known.addAll(ParameterCatalog.groups());
        for (YamlNode.Mapping.Entry e : root.entries().values()) {
            if (!TOP_KEYS.contains(e.key()) && !isParameterKey(e.key())) {
                problems.add(e.value().file() + ":" + e.line(), e.key(), "unknown key"
                        + Suggestions.didYouMean(e.key(), known));
            }
        }
        String name = ValueReader.text(root, "name", stem(file), problems);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            problems.add(where(root, "name"), "name", "'" + name
                    + "' must be letters, digits, '.', '_' or '-' (it names the run folder), at most 64");
        }
        String description = ValueReader.text(root, "description", "", problems);

        Month start = null;
        Month end = null;
        long seed = 1;
        double scale = 1;
        YamlNode.Mapping.Entry run = root.entries().get("run");
        if (run == null || !(run.value() instanceof YamlNode.Mapping runMap)) {
            problems.add(run == null ? root.file() + ":1" : run.value().where(), "run",
                    "a scenario needs 'run:' with at least 'start:' and 'end:' months");
        } else {
            for (YamlNode.Mapping.Entry e : runMap.entries().values()) {
                if (!RUN_KEYS.contains(e.key())) {
                    problems.add(e.value().file() + ":" + e.line(), "run." + e.key(),
                            "unknown key" + Suggestions.didYouMean(e.key(), RUN_KEYS));
                }
            }
            String runWhere = runMap.file() + ":" + run.line();
            start = runMonth(runMap, runWhere, "start", problems);
            end = runMonth(runMap, runWhere, "end", problems);
            Object s = runValue(runMap, "seed", ParameterSpec.integer("run.seed", 1, "", 0, Long.MAX_VALUE,
                    "random seed"), problems);
            seed = s instanceof Long l ? l : 1;
            Object sc = runValue(runMap, "scale", ParameterSpec.decimal("run.scale", 1, "real members per "
                    + "simulated member", 1, 1_000_000, "scale"), problems);
            scale = sc instanceof Double d ? d : 1;
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(where(runMap, "end"), "run.end", "ends (" + end + ") before it starts (" + start + ")");
            }
            if (start != null && end != null && end.monthsSince(start) > 1200) {
                problems.add(where(runMap, "end"), "run.end", "runs longer than 100 years");
            }
        }

        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Citation> citations = new LinkedHashMap<>();
        for (YamlNode.Mapping.Entry e : root.entries().values()) {
            if (!TOP_KEYS.contains(e.key()) && isParameterKey(e.key())) {
                ParameterTreeReader.readParameters(e.key(), e, values, citations, problems,
                        ParameterCatalog::find, ParameterTreeReader.prefixesOf(ParameterCatalog.all()));
            }
        }
        ParameterValues parameters = ParameterValues.defaults().with(values, citations);
        crossCheck(parameters, root.file(), problems);

        List<TimelineEntry> timeline = TimelineReader.read(root, start, end, problems);
        problems.throwIfAny();
        timeline.sort(Comparator.comparing(TimelineEntry::month));
        return new Scenario(name, description, file, parent, start, end, seed, scale, parameters,
                List.copyOf(timeline), base);
    }

    private static boolean isParameterKey(String key) {
        return ParameterCatalog.groups().stream().anyMatch(g -> key.equals(g) || key.startsWith(g + "."));
    }

    private static void crossCheck(ParameterValues p, String file, Problems problems) {
        for (String group : List.of("members", "recruitment")) {
            double sum = p.decimal(group + ".workerShare") + p.decimal(group + ".peasantShare");
            if (sum > 1 + 1e-9) {
                String key = blame(p, file, group + ".peasantShare", group + ".workerShare");
                String where = p.citation(key).where();
                problems.add(where == null ? file + ":1" : where, key,
                        "workers and peasants add up to " + ValueReader.number(sum) + ", more than 1");
            }
        }
    }

    /**
     * The key to point a problem of several keys at: the first one set in {@code file} (the file being loaded),
     * else the first one set anywhere (a file it extends), else the first.
     */
    private static String blame(ParameterValues p, String file, String... keys) {
        for (String key : keys) {
            String where = p.citation(key).where();
            if (where != null && where.startsWith(file + ":")) {
                return key;
            }
        }
        for (String key : keys) {
            if (p.citation(key).where() != null) {
                return key;
            }
        }
        return keys[0];
    }

    private static Month runMonth(YamlNode.Mapping run, String runWhere, String key, Problems problems) {
        YamlNode.Mapping.Entry e = run.entries().get(key);
        if (e == null) {
            problems.add(runWhere, "run." + key, "missing; give the " + (key.equals("start") ? "first" : "last")
                    + " month of the run as YYYY-MM");
            return null;
        }
        Object m = ValueReader.read(ParameterSpec.month("run." + key, key), "run." + key, e.value(), problems);
        if (m == null) {
            problems.add(e.value(), "run." + key, "a run needs a month here, not none");
        }
        return m instanceof Month month ? month : null;
    }

    private static Object runValue(YamlNode.Mapping run, String key, ParameterSpec spec, Problems problems) {
        YamlNode.Mapping.Entry e = run.entries().get(key);
        if (e == null) {
            return spec.defaultValue();
        }
        YamlNode node = e.value() instanceof YamlNode.Mapping m && m.entries().containsKey("value")
                ? m.entries().get("value").value() : e.value();
        return ValueReader.read(spec, "run." + key, node, problems);
    }

    private static String where(YamlNode.Mapping map, String key) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        return e == null ? map.where() : e.value().file() + ":" + e.line();
    }

    private static String stem(String file) {
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
