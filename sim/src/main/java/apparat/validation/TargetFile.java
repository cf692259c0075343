package apparat.validation;

import apparat.scenario.ScenarioException;
import apparat.scenario.YamlFiles;
import apparat.scenario.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a targets file ({@code scenarios/targets/*.yaml}): the scenario it validates and its targets, each
 * checked so that a mistake names the file, line and target.
 */
public final class TargetFile {

    private static final Set<String> TARGET_KEYS = Set.of("what", "source", "document", "measure", "tolerance",
            "absolute");

    /** The scenario file the targets are for (relative to the targets file), and the targets. */
    public record Contents(Path scenario, List<Target> targets) {
    }

    private TargetFile() {
    }

    public static Contents read(Path file) {
        YamlNode root = YamlFiles.read(file);
        if (!(root instanceof YamlNode.Mapping map)) {
            throw new ScenarioException(file + ":1: a targets file is a mapping with 'scenario' and 'targets'");
        }
        YamlNode.Mapping.Entry scenario = map.entries().get("scenario");
        if (scenario == null || !(scenario.value() instanceof YamlNode.Scalar sc)) {
            throw new ScenarioException(file + ":1: scenario: missing; name the scenario file the targets are for");
        }
        YamlNode.Mapping.Entry targets = map.entries().get("targets");
        if (targets == null || !(targets.value() instanceof YamlNode.Mapping list)) {
            throw new ScenarioException(file + ":1: targets: missing; expected a mapping of target names");
        }
        List<Target> out = new ArrayList<>();
        for (YamlNode.Mapping.Entry e : list.entries().values()) {
            out.add(target(e));
        }
        Path parent = file.toAbsolutePath().getParent();
        return new Contents(parent.resolve(sc.text()).normalize(), List.copyOf(out));
    }

    private static Target target(YamlNode.Mapping.Entry e) {
        String id = e.key();
        if (!(e.value() instanceof YamlNode.Mapping t)) {
            throw problem(e.value(), id, "expected a mapping with what, source, document, measure and a tolerance");
        }
        for (YamlNode.Mapping.Entry k : t.entries().values()) {
            if (!TARGET_KEYS.contains(k.key())) {
                throw problem(k.value(), id + "." + k.key(), "unknown key; a target has " + TARGET_KEYS);
            }
        }
        String what = text(t, id, "what");
        String source = text(t, id, "source");
        double document = number(t, id, "document");
        boolean absolute = t.entries().containsKey("absolute");
        if (absolute == t.entries().containsKey("tolerance")) {
            throw problem(t, id, "give exactly one of tolerance (relative) and absolute");
        }
        double tolerance = number(t, id, absolute ? "absolute" : "tolerance");
        YamlNode.Mapping.Entry m = t.entries().get("measure");
        if (m == null || !(m.value() instanceof YamlNode.Mapping measure)) {
            throw problem(t, id + ".measure", "missing; say how the model's value is read");
        }
        return new Target(id, what, source, document, measure(measure, id + ".measure"), tolerance, absolute);
    }

    private static Measure measure(YamlNode.Mapping m, String key) {
        return MeasureReader.read(m, "targets." + key);
    }

    private static String text(YamlNode.Mapping m, String key, String field) {
        YamlNode.Mapping.Entry e = m.entries().get(field);
        if (e == null || !(e.value() instanceof YamlNode.Scalar s)) {
            throw problem(m, key + "." + field, "missing; expected text");
        }
        return s.text();
    }

    private static double number(YamlNode.Mapping m, String key, String field) {
        YamlNode.Mapping.Entry e = m.entries().get(field);
        if (e == null || !(e.value() instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.STRING
                || s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            throw problem(e == null ? m : e.value(), key + "." + field, "expected a number");
        }
        return Double.parseDouble(s.text().replace("_", ""));
    }

    private static ScenarioException problem(YamlNode at, String key, String message) {
        return new ScenarioException(at.where() + ": targets." + key + ": " + message);
    }
}
