package apparat.sweep;

import apparat.validation.Measure;

/**
 * A quantity read off every run of a sweep, with the same measures validation targets use.
 *
 * @param name its column name in outcomes.csv
 * @param measure how it is read from the run's tables
 * @param where file:line of its definition, for messages
 */
public record Outcome(String name, Measure measure, String where) {
}
