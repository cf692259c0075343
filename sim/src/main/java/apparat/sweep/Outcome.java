package apparat.sweep;

import apparat.validation.Measure;

/**
 * A quantity read off every run of a sweep, with the same measures validation targets use.
 *
 * @param name its column name in outcomes.csv
 * @param what what it means in words, for chart titles ({@code what:} in the sweep file); empty if not given
 * @param measure how it is read from the run's tables
 * @param where file:line of its definition, for messages
 */
public record Outcome(String name, String what, Measure measure, String where) {
}
