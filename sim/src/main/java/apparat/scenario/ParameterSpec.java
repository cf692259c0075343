package apparat.scenario;

import java.util.List;

/**
 * One parameter a scenario may set: its dotted key, type, default, unit, allowed range and meaning. The
 * catalogue of these ({@link ParameterCatalog}) is the single place where a parameter is declared; the
 * scenario reference in {@code docs/scenarios.md} is generated from it.
 *
 * @param key dotted key, e.g. {@code appointment.acceptance}
 * @param type value type
 * @param defaultValue the value when no scenario sets it (null only for {@link Type#MONTH} "none")
 * @param unit unit of the value, e.g. {@code "share"}, {@code "persons"}, {@code "rubles/month"}
 * @param min smallest allowed value for numbers (inclusive)
 * @param max largest allowed value for numbers (inclusive)
 * @param choices allowed words for {@link Type#CHOICE}
 * @param description what the parameter means, one sentence
 */
public record ParameterSpec(String key, Type type, Object defaultValue, String unit, double min, double max,
                            List<String> choices, String description) {

    /** The value types a parameter can have. */
    public enum Type { INTEGER, DECIMAL, BOOLEAN, MONTH, CHOICE, TEXT }

    static ParameterSpec decimal(String key, double value, String unit, double min, double max, String text) {
        return new ParameterSpec(key, Type.DECIMAL, value, unit, min, max, List.of(), text);
    }

    static ParameterSpec share(String key, double value, String text) {
        return decimal(key, value, "share", 0, 1, text);
    }

    static ParameterSpec integer(String key, long value, String unit, long min, long max, String text) {
        return new ParameterSpec(key, Type.INTEGER, value, unit, min, max, List.of(), text);
    }

    static ParameterSpec flag(String key, boolean value, String text) {
        return new ParameterSpec(key, Type.BOOLEAN, value, "yes/no", 0, 1, List.of(), text);
    }

    static ParameterSpec month(String key, String text) {
        return new ParameterSpec(key, Type.MONTH, null, "YYYY-MM", 0, 0, List.of(), text);
    }

    static ParameterSpec choice(String key, String value, List<String> choices, String text) {
        return new ParameterSpec(key, Type.CHOICE, value, "one of " + String.join(", ", choices), 0, 0, choices,
                text);
    }

    /** The allowed range or values, for documentation and messages. */
    public String range() {
        return switch (type) {
            case INTEGER -> "%d–%d".formatted((long) min, (long) max);
            case DECIMAL -> trim(min) + "–" + trim(max);
            case BOOLEAN -> "true, false";
            case MONTH -> "a month, or none";
            case CHOICE -> String.join(", ", choices);
            case TEXT -> "text";
        };
    }

    private static String trim(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
