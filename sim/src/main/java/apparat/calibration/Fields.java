package apparat.calibration;

import apparat.model.Month;
import apparat.scenario.Problems;
import apparat.scenario.Suggestions;
import apparat.scenario.YamlNode;
import java.util.Map;
import java.util.Set;

/**
 * Typed reading of one mapping of a calibration file: each value checked for its kind and range, each problem
 * noted with the file, line and dotted key, and a default for what is absent.
 */
final class Fields {

    private final YamlNode.Mapping map;
    private final String prefix;
    private final Problems problems;

    /**
     * @param map the mapping (null: an absent group, every value at its default)
     * @param prefix the dotted key of the mapping ("" at the top)
     * @param problems where problems go
     */
    Fields(YamlNode.Mapping map, String prefix, Problems problems) {
        this.map = map;
        this.prefix = prefix;
        this.problems = problems;
    }

    YamlNode.Mapping map() {
        return map;
    }

    String key(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** file:line of a field, or of the mapping itself. */
    String where(String field) {
        if (map == null) {
            return "";
        }
        YamlNode.Mapping.Entry e = field == null ? null : map.entries().get(field);
        return e == null ? map.where() : e.value().file() + ":" + e.line();
    }

    YamlNode node(String field) {
        if (map == null) {
            return null;
        }
        YamlNode.Mapping.Entry e = map.entries().get(field);
        return e == null || e.value() instanceof YamlNode.Null ? null : e.value();
    }

    /** Notes every key not among {@code known}. */
    void unknown(Set<String> known) {
        if (map == null) {
            return;
        }
        for (YamlNode.Mapping.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                problems.add(e.value().file() + ":" + e.line(), key(e.key()), "unknown key"
                        + Suggestions.didYouMean(e.key(), known) + "; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    /** A nested mapping, checked for unknown keys; an absent one reads as all defaults. */
    Fields group(String field, Set<String> known) {
        YamlNode node = node(field);
        if (node == null) {
            return new Fields(null, key(field), problems);
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.add(node, key(field), "expected a mapping of " + String.join(", ", known));
            return new Fields(null, key(field), problems);
        }
        Fields fields = new Fields(m, key(field), problems);
        fields.unknown(known);
        return fields;
    }

    String text(String field, String fallback) {
        YamlNode node = node(field);
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problems.add(node, key(field), "expected text");
        return fallback;
    }

    /** A number in [min, max]; {@code whole}: an integer. The fallback when absent or bad. */
    double number(String field, double fallback, double min, double max, boolean whole) {
        YamlNode node = node(field);
        return node == null ? fallback : number(node, key(field), fallback, min, max, whole, problems);
    }

    static double number(YamlNode node, String key, double fallback, double min, double max, boolean whole,
                         Problems problems) {
        if (!(node instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.STRING
                || s.kind() == YamlNode.Scalar.Kind.BOOLEAN || whole && s.kind() != YamlNode.Scalar.Kind.INTEGER) {
            problems.add(node, key, "expected " + (whole ? "a whole number" : "a number") + " in "
                    + show(min) + "–" + show(max));
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            problems.add(node, key, "'" + s.text() + "' is not a number");
            return fallback;
        }
        if (!(v >= min && v <= max)) {
            problems.add(node, key, show(v) + " is outside " + show(min) + "–" + show(max));
            return fallback;
        }
        return v;
    }

    static String show(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    Month month(String field, Month fallback) {
        YamlNode node = node(field);
        if (node == null) {
            return fallback;
        }
        if (node instanceof YamlNode.Scalar s) {
            try {
                return Month.parse(s.text());
            } catch (IllegalArgumentException e) {
                problems.add(node, key(field), e.getMessage());
                return fallback;
            }
        }
        problems.add(node, key(field), "expected a month YYYY-MM");
        return fallback;
    }

    /** A yes/no field, or null when absent. */
    Boolean flag(String field) {
        YamlNode node = node(field);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Set.of("true", "yes", "on", "y").contains(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        problems.add(node, key(field), "expected true or false");
        return null;
    }

    Map<String, YamlNode.Mapping.Entry> entries() {
        return map == null ? Map.of() : map.entries();
    }
}
