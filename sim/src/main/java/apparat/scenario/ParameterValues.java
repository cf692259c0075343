package apparat.scenario;

import apparat.model.Month;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete, validated assignment of a value to every parameter of {@link ParameterCatalog}, with the
 * citation of each. Values are {@code Long}, {@code Double}, {@code Boolean}, {@link Month} (or null for
 * "none"), or {@code String}.
 */
public final class ParameterValues {

    /** Value of each key, in catalogue order. */
    private final Map<String, Object> values;
    /** Citation of each key that a scenario set. */
    private final Map<String, Citation> citations;

    private ParameterValues(Map<String, Object> values, Map<String, Citation> citations) {
        this.values = Collections.unmodifiableMap(values);
        this.citations = Collections.unmodifiableMap(citations);
    }

    /** Every parameter at its default. */
    public static ParameterValues defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : ParameterCatalog.all()) {
            values.put(spec.key(), spec.defaultValue());
        }
        return new ParameterValues(values, new LinkedHashMap<>());
    }

    /** These values with some replaced; the overrides must already be validated. */
    public ParameterValues with(Map<String, Object> overrides, Map<String, Citation> overrideCitations) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        Map<String, Citation> c = new LinkedHashMap<>(citations);
        v.putAll(overrides);
        c.putAll(overrideCitations);
        return new ParameterValues(v, c);
    }

    public Object get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no parameter " + key);
        }
        return values.get(key);
    }

    public double decimal(String key) {
        return ((Number) get(key)).doubleValue();
    }

    public int integer(String key) {
        return Math.toIntExact(((Number) get(key)).longValue());
    }

    public boolean flag(String key) {
        return (Boolean) get(key);
    }

    public String text(String key) {
        return (String) get(key);
    }

    public Month month(String key) {
        return (Month) get(key);
    }

    /** The citation of a key, {@link Citation#DEFAULT} if no scenario set it. */
    public Citation citation(String key) {
        return citations.getOrDefault(key, Citation.DEFAULT);
    }

    /** Every key with its value, in catalogue order. */
    public Map<String, Object> asMap() {
        return values;
    }
}
