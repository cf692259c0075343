package apparat.validation;

import apparat.model.Month;
import apparat.scenario.ScenarioException;
import apparat.scenario.YamlFiles;
import apparat.scenario.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        Map<String, YamlNode.Mapping.Entry> e = m.entries();
        if (e.containsKey("holders")) {
            String level = text(m, key, "holders");
            if (!RunTables.hasMonthlyColumn(level + "_posts")) {
                throw problem(m, key + ".holders", "'" + level + "' is not a level (province, district, cell)");
            }
            String how = text(m, key, "how");
            if (!Measure.HOW.contains(how)) {
                throw problem(m, key + ".how", "'" + how + "' is not one of " + String.join(", ", Measure.HOW));
            }
            if (!(e.get("during") != null && e.get("during").value() instanceof YamlNode.Sequence range)
                    || range.items().size() != 2) {
                throw problem(m, key + ".during", "expected [FROM, TO] months");
            }
            return new Measure(level, how, null, Measure.Kind.HOLDERS, parseMonth(range.items().get(0),
                    key + ".during"), parseMonth(range.items().get(1), key + ".during"), null, null);
        }
        String column = text(m, key, "column");
        if (e.containsKey("congress")) {
            if (!RunTables.hasCongressColumn(column)) {
                throw problem(m, key + ".column", "'" + column + "' is not a congresses.csv column");
            }
            String per = e.containsKey("per") ? text(m, key, "per") : null;
            if (per != null && !RunTables.hasCongressColumn(per)) {
                throw problem(m, key + ".per", "'" + per + "' is not a congresses.csv column");
            }
            return new Measure(column, null, text(m, key, "congress"), Measure.Kind.CONGRESS, null, null, per, null);
        }
        if (!RunTables.hasMonthlyColumn(column)) {
            throw problem(m, key + ".column", "'" + column + "' is not a monthly.csv column");
        }
        String plus = e.containsKey("plus") ? text(m, key, "plus") : null;
        if (plus != null && !RunTables.hasMonthlyColumn(plus)) {
            throw problem(m, key + ".plus", "'" + plus + "' is not a monthly.csv column");
        }
        String perColumn = null;
        Month perAt = null;
        if (e.containsKey("per")) {
            if (!(e.get("per").value() instanceof YamlNode.Mapping per)) {
                throw problem(e.get("per").value(), key + ".per", "expected {column: C, at: YYYY-MM}");
            }
            perColumn = text(per, key + ".per", "column");
            perAt = month(per, key + ".per", "at");
        }
        if (e.containsKey("at")) {
            Month at = month(m, key, "at");
            return new Measure(column, plus, null, Measure.Kind.AT, at, at, perColumn, perAt);
        }
        for (String kind : new String[] {"mean", "sum"}) {
            if (e.containsKey(kind)) {
                if (!(e.get(kind).value() instanceof YamlNode.Sequence range) || range.items().size() != 2) {
                    throw problem(e.get(kind).value(), key + "." + kind, "expected [FROM, TO] months");
                }
                Month from = parseMonth(range.items().get(0), key + "." + kind);
                Month to = parseMonth(range.items().get(1), key + "." + kind);
                return new Measure(column, plus, null, kind.equals("mean") ? Measure.Kind.MEAN : Measure.Kind.SUM,
                        from, to, perColumn, perAt);
            }
        }
        throw problem(m, key, "say when: at, mean [FROM, TO] or sum [FROM, TO]");
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

    private static Month month(YamlNode.Mapping m, String key, String field) {
        YamlNode.Mapping.Entry e = m.entries().get(field);
        if (e == null) {
            throw problem(m, key + "." + field, "missing; expected a month YYYY-MM");
        }
        return parseMonth(e.value(), key + "." + field);
    }

    private static Month parseMonth(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s) {
            try {
                return Month.parse(s.text());
            } catch (IllegalArgumentException ex) {
                throw problem(node, key, ex.getMessage());
            }
        }
        throw problem(node, key, "expected a month YYYY-MM");
    }

    private static ScenarioException problem(YamlNode at, String key, String message) {
        return new ScenarioException(at.where() + ": targets." + key + ": " + message);
    }
}
