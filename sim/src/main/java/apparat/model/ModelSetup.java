package apparat.model;

import java.util.List;

/**
 * Everything the model needs to run, in the model's own terms: no file, no YAML. Built from a scenario by
 * {@code apparat.scenario.ScenarioCompiler}.
 *
 * @param start first simulated month
 * @param end last simulated month
 * @param scale real members per simulated member (≥ 1)
 * @param initialMembers real members at the start
 * @param rules rules in force at the start
 * @param timeline events in firing order
 */
public record ModelSetup(Month start, Month end, double scale, long initialMembers, Rules rules,
                         List<TimelineEvent> timeline) {

    public ModelSetup {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        if (!(scale >= 1)) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        if (initialMembers < 1) {
            throw new IllegalArgumentException("initial members must be at least 1, was " + initialMembers);
        }
        timeline = List.copyOf(timeline);
    }

    /** Number of months simulated, start and end included. */
    public int months() {
        return end.monthsSince(start) + 1;
    }
}
