package apparat.validation;

import apparat.run.Simulation;
import apparat.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a scenario several times and compares each target with the model: the mean over replications and the
 * 5th–95th percentile spread. Replication {@code i} runs with a seed derived from the scenario's seed and
 * {@code i} alone, and results are gathered in replication order, so the outcome is the same whatever the
 * number of threads.
 */
public final class HistoryValidation {

    /** One target's comparison. */
    public record Result(Target target, double mean, double low, double high, double[] values) {
        public boolean met() {
            return target.met(mean);
        }
    }

    private HistoryValidation() {
    }

    /** The seed of replication {@code i}: see {@link apparat.run.Seeds}. */
    public static long seed(long base, int replication) {
        return apparat.run.Seeds.replication(base, replication);
    }

    public static List<Result> run(Scenario scenario, List<Target> targets, int replications, int threads)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<RunTables>> futures = new ArrayList<>();
            for (int i = 0; i < replications; i++) {
                Scenario replica = scenario.withRun(seed(scenario.seed(), i), scenario.scale(), scenario.end());
                futures.add(pool.submit(() -> {
                    RunTables tables = new RunTables();
                    Simulation.run(replica, List.of(tables));
                    return tables;
                }));
            }
            List<RunTables> runs = new ArrayList<>();
            for (Future<RunTables> f : futures) {
                runs.add(f.get());
            }
            List<Result> results = new ArrayList<>();
            for (Target t : targets) {
                double[] values = runs.stream().mapToDouble(r -> t.measure().of(r)).toArray();
                results.add(summarise(t, values));
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replication failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static Result summarise(Target t, double[] values) {
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (finite.length == 0) {
            return new Result(t, Double.NaN, Double.NaN, Double.NaN, values);
        }
        double mean = Arrays.stream(finite).average().orElse(Double.NaN);
        return new Result(t, mean, percentile(finite, 0.05), percentile(finite, 0.95), values);
    }

    static double percentile(double[] sorted, double p) {
        return apparat.output.Percentile.of(sorted, p);
    }
}
