package apparat.bench;

import apparat.model.ModelSetup;
import apparat.model.Party;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioCompiler;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;

/**
 * Times Apparat on a scenario, in memory and writing nothing, and the naive baseline on the membership that run
 * had. Each timing starts after a full garbage collection with the heap pools' peaks reset, so that one run's
 * garbage is not charged to the next.
 */
public final class Benchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Benchmark() {
    }

    /** Result of timing the model: the measurement and the membership it went through. */
    public record ModelRun(Measurement measurement, Trajectory trajectory) {
    }

    /** Runs the model on a scenario (already at the scale wanted) and times it. */
    public static ModelRun model(Scenario scenario) {
        ModelSetup setup = ScenarioCompiler.compile(scenario);
        Trajectory trajectory = new Trajectory(scenario.scale());
        Party party = new Party(scenario.seed(), setup);
        party.addObserver(trajectory);
        long start = prepareHeapAndClock();
        long cpu = THREADS.getCurrentThreadCpuTime();
        party.runToEnd();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        Measurement m = new Measurement(scenario.scale(), trajectory.months(), trajectory.peak(),
                trajectory.memberMonths(), seconds, cpuSeconds, peakHeap());
        return new ModelRun(m, trajectory);
    }

    /** Runs the naive baseline along a trajectory of the model and times it. */
    public static Measurement naive(Scenario scenario, Trajectory trajectory) {
        NaiveParty party = new NaiveParty(scenario.seed(), ScenarioCompiler.compile(scenario), trajectory);
        long start = prepareHeapAndClock();
        long cpu = THREADS.getCurrentThreadCpuTime();
        party.runToEnd();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        return new Measurement(scenario.scale(), trajectory.months(), trajectory.peak(), party.memberSteps(),
                seconds, cpuSeconds, peakHeap());
    }

    private static long prepareHeapAndClock() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        return System.nanoTime();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
