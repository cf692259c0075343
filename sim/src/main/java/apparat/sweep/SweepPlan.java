package apparat.sweep;

import apparat.model.Month;
import apparat.run.BadRequestException;
import apparat.run.Seeds;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioException;
import apparat.scenario.ScenarioLoader;
import apparat.scenario.ScenarioOverrides;
import apparat.validation.Measure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runs of a sweep: design point {@code p} with replication {@code r} is run {@code p × R + r}, with the
 * seed of replication {@code r} derived from the master seed alone — the same at every point (common random
 * numbers). Runs are computed from their index on demand, so a sweep of a million runs holds no list of them.
 */
public final class SweepPlan {

    /**
     * One run of the sweep.
     *
     * @param index run number, from 0
     * @param point design point
     * @param replication replication at that point, from 0
     * @param seed the run's seed
     * @param settings the varied parameters' values
     */
    public record Run(int index, int point, int replication, long seed, Map<String, Object> settings) {
    }

    private final SweepDefinition definition;
    private final Scenario base;
    private final long seed;
    private final DesignPoints points;

    private SweepPlan(SweepDefinition definition, Scenario base, long seed, DesignPoints points) {
        this.definition = definition;
        this.base = base;
        this.seed = seed;
        this.points = points;
    }

    /** The number of design points of a definition. */
    public static long points(SweepDefinition d) {
        return DesignPoints.count(d);
    }

    /**
     * Loads the base scenario, applies the sweep's scale and last month, and checks that every outcome's months
     * lie within the runs.
     */
    public static SweepPlan of(SweepDefinition d) {
        Scenario loaded = new ScenarioLoader().load(d.scenario());
        return of(d, loaded);
    }

    /** The plan on an already loaded base scenario. */
    public static SweepPlan of(SweepDefinition d, Scenario loaded) {
        Month end = loaded.end();
        if (d.until() != null) {
            if (d.until().isBefore(loaded.start()) || d.until().isAfter(loaded.end())) {
                throw new BadRequestException(d.file() + ": run.until " + d.until() + " is outside the scenario's run ("
                        + loaded.start() + " to " + loaded.end() + ")");
            }
            end = d.until();
        }
        double scale = d.scale() == null ? loaded.scale() : d.scale();
        long seed = d.seed() == null ? loaded.seed() : d.seed();
        Scenario base = loaded.withRun(seed, scale, end);
        for (Outcome o : d.outcomes()) {
            Measure m = o.measure();
            for (Month month : new Month[] {m.from(), m.to(), m.perAt()}) {
                if (month != null && (month.isBefore(base.start()) || month.isAfter(base.end()))) {
                    throw new ScenarioException(o.where() + ": outcomes." + o.name() + ": " + month
                            + " is outside the runs (" + base.start() + " to " + base.end() + ")");
                }
            }
        }
        return new SweepPlan(d, base, seed, DesignPoints.of(d, seed));
    }

    public SweepDefinition definition() {
        return definition;
    }

    /** The base scenario with the sweep's seed, scale and last month. */
    public Scenario base() {
        return base;
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    public int points() {
        return points.size();
    }

    public int runs() {
        return points.size() * definition.replications();
    }

    public Run run(int index) {
        if (index < 0 || index >= runs()) {
            throw new IndexOutOfBoundsException(index);
        }
        int reps = definition.replications();
        int point = index / reps;
        int replication = index % reps;
        return new Run(index, point, replication, Seeds.replication(seed, replication), points.point(point));
    }

    /** The scenario a run simulates: the base with the run's seed and its varied values held throughout. */
    public Scenario scenario(Run run) {
        Map<String, Object> held = new LinkedHashMap<>(run.settings());
        Object scale = held.remove(SweepFile.SCALE_KEY);
        Scenario s = base.withRun(run.seed(), scale == null ? base.scale() : ((Number) scale).doubleValue(),
                base.end());
        return ScenarioOverrides.hold(s, held, "sweep");
    }
}
