package apparat.model;

import java.util.LinkedHashMap;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The wall time a run has spent in each of its monthly stages, so that a benchmark can say where the time
 * goes without a profiler. Reading the clock twice a stage costs nothing a month would notice.
 */
public final class StageClock implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] names;
    private final long[] nanos;

    StageClock(Steppable[] stages) {
        names = new String[stages.length];
        nanos = new long[stages.length];
        for (int i = 0; i < stages.length; i++) {
            names[i] = stages[i].getClass().getSimpleName();
        }
    }

    /** The stage, timed into this clock's entry {@code i}. */
    Steppable timed(int i, Steppable stage) {
        return new Timed(this, i, stage);
    }

    /** Seconds spent in each stage so far, in the order the stages run each month. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], nanos[i] / 1e9);
        }
        return out;
    }

    private record Timed(StageClock clock, int entry, Steppable stage) implements Steppable {

        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            long start = System.nanoTime();
            stage.step(state);
            clock.nanos[entry] += System.nanoTime() - start;
        }
    }
}
