package apparat.validation;

import apparat.scenario.Citation;

/**
 * One value a scenario sets, with where it comes from.
 *
 * @param key the dotted parameter key, or {@code timeline.<event>[.<field>]}
 * @param value the value (null for an event as a whole)
 * @param unit the value's unit, or ""
 * @param citation its source or assumption (or neither: uncited)
 */
public record CitedValue(String key, Object value, String unit, Citation citation) {

    /** Whether the value carries a source or an assumption. */
    public boolean isCited() {
        return citation != null && citation.isCited();
    }
}
