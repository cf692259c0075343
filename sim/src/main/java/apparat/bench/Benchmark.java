package apparat.bench;

import apparat.model.ModelSetup;
import apparat.model.Party;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioCompiler;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Times Apparat on a scenario, in memory and writing nothing, and the naive baseline on the membership that run
 * had. Each timing starts after a full garbage collection with the heap pools' peaks reset, so that one run's
 * garbage is not charged to the next.
 */
public final class Benchmark {

    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Benchmark() {
    }

    /** Result of timing the model: the measurement, the membership it went through, its time by stage. */
    public record ModelRun(Measurement measurement, Trajectory trajectory, Map<String, Double> stageSeconds) {
    }

    /** Runs the model on a scenario (already at the scale wanted) on {@code threads} threads and times it. */
    public static ModelRun model(Scenario scenario, int threads) {
        ModelSetup setup = ScenarioCompiler.compile(scenario);
        Trajectory trajectory = new Trajectory(scenario.scale());
        Party party = new Party(scenario.seed(), setup, threads);
        party.addObserver(trajectory);
        Measurement m = time(scenario, trajectory, party::runToEnd, trajectory::memberMonths);
        return new ModelRun(m, trajectory, party.stageClock().seconds());
    }

    /** Runs the naive baseline along a trajectory of the model and times it. */
    public static Measurement naive(Scenario scenario, Trajectory trajectory) {
        NaiveParty party = new NaiveParty(scenario.seed(), ScenarioCompiler.compile(scenario), trajectory);
        return time(scenario, trajectory, party::runToEnd, party::memberSteps);
    }

    /**
     * Times one run: wall and processor time, and the heap, read while the run's objects are still reachable
     * (the run and the count of its steps keep them so).
     */
    private static Measurement time(Scenario scenario, Trajectory trajectory, Runnable run, LongSupplier steps) {
        try (HeapWatch heap = new HeapWatch()) {
            long cpu = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            run.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (PROCESS.getProcessCpuTime() - cpu) / 1e9;
            long peak = heap.peak();
            long kept = heap.afterCollection();
            Reference.reachabilityFence(run);
            return new Measurement(scenario.scale(), trajectory.months(), trajectory.peak(), steps.getAsLong(),
                    seconds, cpuSeconds, peak, kept);
        }
    }
}
