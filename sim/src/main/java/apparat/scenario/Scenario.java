package apparat.scenario;

import apparat.model.Month;
import java.util.List;

/**
 * A scenario file after loading: {@code extends:} merged, every value typed, range-checked and cited, the
 * timeline sorted by date (ties keep file order). Immutable.
 *
 * @param name short name used for the run folder
 * @param description what the scenario asks, for the chart index
 * @param file the file as the user named it
 * @param parentFile the file it extends, or null
 * @param start first simulated month
 * @param end last simulated month
 * @param seed default random seed
 * @param scale real members per simulated member
 * @param parameters values in force at the start
 * @param timeline events in firing order
 * @param base the values of the scenario it extends (or the defaults), to show what this one changes
 */
public record Scenario(String name, String description, String file, String parentFile, Month start, Month end,
                       long seed, double scale, ParameterValues parameters, List<TimelineEntry> timeline,
                       ParameterValues base) {

    /**
     * A copy that runs with another seed, scale or end month. Events after the new end are left out: they do not
     * happen in the shorter run, and a scenario file may not hold events outside its run, so the copy written
     * out as {@code scenario.resolved.yaml} loads again and runs the same months.
     */
    public Scenario withRun(long newSeed, double newScale, Month newEnd) {
        List<TimelineEntry> inRun = timeline.stream().filter(e -> !e.month().isAfter(newEnd)).toList();
        return new Scenario(name, description, file, parentFile, start, newEnd, newSeed, newScale, parameters,
                inRun, base);
    }
}
