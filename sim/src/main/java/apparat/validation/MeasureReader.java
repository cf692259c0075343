package apparat.validation;

import apparat.model.Month;
import apparat.scenario.ScenarioException;
import apparat.scenario.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link Measure} from its YAML mapping, as targets files and sweep files write it, and writes it back;
 * a mistake names the file, line and dotted key.
 */
public final class MeasureReader {

    private static final Set<String> KEYS = Set.of("column", "plus", "congress", "per", "at", "mean", "sum",
            "max", "min");
    private static final Map<String, Measure.Kind> RANGES = ranges();

    private MeasureReader() {
    }

    private static Map<String, Measure.Kind> ranges() {
        Map<String, Measure.Kind> m = new LinkedHashMap<>();
        m.put("mean", Measure.Kind.MEAN);
        m.put("sum", Measure.Kind.SUM);
        m.put("max", Measure.Kind.MAX);
        m.put("min", Measure.Kind.MIN);
        return m;
    }

    /**
     * The measure a mapping describes.
     *
     * @param m the mapping
     * @param key its dotted key for messages, e.g. {@code targets.members-1918.measure}
     */
    public static Measure read(YamlNode.Mapping m, String key) {
        Map<String, YamlNode.Mapping.Entry> e = m.entries();
        for (YamlNode.Mapping.Entry k : e.values()) {
            if (!KEYS.contains(k.key())) {
                throw problem(k.value(), key + "." + k.key(), "unknown key; a measure has column and one of at, "
                        + "mean, sum, max, min or congress (and optionally plus, per)");
            }
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
            if (!RunTables.hasMonthlyColumn(perColumn)) {
                throw problem(per, key + ".per.column", "'" + perColumn + "' is not a monthly.csv column");
            }
            perAt = month(per, key + ".per", "at");
        }
        if (e.containsKey("at")) {
            Month at = month(m, key, "at");
            return new Measure(column, plus, null, Measure.Kind.AT, at, at, perColumn, perAt);
        }
        for (Map.Entry<String, Measure.Kind> kind : RANGES.entrySet()) {
            if (e.containsKey(kind.getKey())) {
                YamlNode node = e.get(kind.getKey()).value();
                if (!(node instanceof YamlNode.Sequence range) || range.items().size() != 2) {
                    throw problem(node, key + "." + kind.getKey(), "expected [FROM, TO] months");
                }
                Month from = parseMonth(range.items().get(0), key + "." + kind.getKey());
                Month to = parseMonth(range.items().get(1), key + "." + kind.getKey());
                if (to.isBefore(from)) {
                    throw problem(node, key + "." + kind.getKey(), to + " is before " + from);
                }
                return new Measure(column, plus, null, kind.getValue(), from, to, perColumn, perAt);
            }
        }
        throw problem(m, key, "say when: at, mean [FROM, TO], sum [FROM, TO], max [FROM, TO] or min [FROM, TO]");
    }

    /** The mapping that {@link #read} reads back to the same measure. */
    public static Map<String, Object> write(Measure measure) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (measure.kind() == Measure.Kind.CONGRESS) {
            m.put("congress", measure.congress());
            m.put("column", measure.column());
            if (measure.perColumn() != null) {
                m.put("per", measure.perColumn());
            }
            return m;
        }
        m.put("column", measure.column());
        if (measure.plus() != null) {
            m.put("plus", measure.plus());
        }
        if (measure.kind() == Measure.Kind.AT) {
            m.put("at", measure.from().toString());
        } else {
            m.put(measure.kind().name().toLowerCase(java.util.Locale.ROOT),
                    List.of(measure.from().toString(), measure.to().toString()));
        }
        if (measure.perColumn() != null) {
            Map<String, Object> per = new LinkedHashMap<>();
            per.put("column", measure.perColumn());
            per.put("at", measure.perAt().toString());
            m.put("per", per);
        }
        return m;
    }

    private static String text(YamlNode.Mapping m, String key, String field) {
        YamlNode.Mapping.Entry e = m.entries().get(field);
        if (e == null || !(e.value() instanceof YamlNode.Scalar s)) {
            throw problem(e == null ? m : e.value(), key + "." + field, "missing; expected text");
        }
        return s.text();
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
        return new ScenarioException(at.where() + ": " + key + ": " + message);
    }
}
