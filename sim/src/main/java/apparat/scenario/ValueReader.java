package apparat.scenario;

import apparat.model.Month;
import java.util.Locale;

/**
 * Types one YAML value against its {@link ParameterSpec}: checks the kind, parses it and checks the range.
 * Problems go to {@link Problems}; the return value is then null.
 */
final class ValueReader {

    private ValueReader() {
    }

    /** Marker for "the value is bad", distinct from a legitimate null month. */
    static final Object INVALID = new Object();

    static Object read(ParameterSpec spec, String key, YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Null) {
            if (spec.type() == ParameterSpec.Type.MONTH) {
                return null;
            }
            problems.add(node, key, "has no value; expected " + expected(spec));
            return INVALID;
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problems.add(node, key, "expected " + expected(spec) + ", found a "
                    + (node instanceof YamlNode.Mapping ? "mapping" : "list"));
            return INVALID;
        }
        String text = scalar.text();
        switch (spec.type()) {
            case INTEGER: {
                if (scalar.kind() != YamlNode.Scalar.Kind.INTEGER) {
                    problems.add(node, key, "'" + text + "' is not a whole number; expected " + expected(spec));
                    return INVALID;
                }
                long value;
                try {
                    value = Long.parseLong(text.replace("_", ""));
                } catch (NumberFormatException e) {
                    problems.add(node, key, "'" + text + "' " + (text.matches("[-+]?[\\d_]+")
                            ? "is too large a number" : "is not a whole number written in decimal digits"));
                    return INVALID;
                }
                return inRange(spec, key, node, value, problems) ? (Object) value : INVALID;
            }
            case DECIMAL: {
                if (scalar.kind() != YamlNode.Scalar.Kind.INTEGER && scalar.kind() != YamlNode.Scalar.Kind.DECIMAL) {
                    problems.add(node, key, "'" + text + "' is not a number; expected " + expected(spec));
                    return INVALID;
                }
                double value;
                try {
                    value = Double.parseDouble(text.replace("_", ""));
                } catch (NumberFormatException e) {
                    problems.add(node, key, "'" + text + "' is not a number");
                    return INVALID;
                }
                if (!Double.isFinite(value)) {
                    problems.add(node, key, "'" + text + "' is not a finite number");
                    return INVALID;
                }
                return inRange(spec, key, node, value, problems) ? (Object) value : INVALID;
            }
            case BOOLEAN:
                if (scalar.kind() != YamlNode.Scalar.Kind.BOOLEAN) {
                    problems.add(node, key, "'" + text + "' is not true or false");
                    return INVALID;
                }
                // YAML 1.1 also reads yes/no and on/off as booleans; Boolean.parseBoolean("yes") would be false.
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on", "y":
                        return true;
                    case "false", "no", "off", "n":
                        return false;
                    default:
                        problems.add(node, key, "'" + text + "' is not true or false");
                        return INVALID;
                }
            case MONTH:
                if ("none".equalsIgnoreCase(text)) {
                    return null;
                }
                try {
                    return Month.parse(text);
                } catch (IllegalArgumentException e) {
                    problems.add(node, key, e.getMessage());
                    return INVALID;
                }
            case CHOICE:
                if (!spec.choices().contains(text)) {
                    problems.add(node, key, "'" + text + "' is not one of " + String.join(", ", spec.choices())
                            + Suggestions.didYouMean(text, spec.choices()));
                    return INVALID;
                }
                return text;
            default:
                return text;
        }
    }

    private static boolean inRange(ParameterSpec spec, String key, YamlNode node, double value, Problems problems) {
        if (value < spec.min()) {
            problems.add(node, key, number(value) + " is below the minimum " + number(spec.min())
                    + unit(spec));
            return false;
        }
        if (value > spec.max()) {
            problems.add(node, key, number(value) + " is above the maximum " + number(spec.max())
                    + unit(spec));
            return false;
        }
        return true;
    }

    private static String unit(ParameterSpec spec) {
        return spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")";
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** The text under {@code key}, or {@code fallback} if the key is absent or null. */
    static String text(YamlNode.Mapping map, String key, String fallback, Problems problems) {
        YamlNode.Mapping.Entry e = map.entries().get(key);
        if (e == null || e.value() instanceof YamlNode.Null) {
            return fallback;
        }
        if (e.value() instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problems.add(e.value(), key, "expected text");
        return fallback;
    }

    private static String expected(ParameterSpec spec) {
        return switch (spec.type()) {
            case INTEGER -> "a whole number in " + spec.range();
            case DECIMAL -> "a number in " + spec.range();
            case BOOLEAN -> "true or false";
            case MONTH -> "a month YYYY-MM or none";
            case CHOICE -> "one of " + spec.range();
            case TEXT -> "text";
        };
    }
}
