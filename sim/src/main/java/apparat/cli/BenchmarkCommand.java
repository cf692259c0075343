package apparat.cli;

import apparat.bench.Benchmark;
import apparat.bench.Measurement;
import apparat.model.MemberRoll;
import apparat.output.Numbers;
import apparat.output.Percentile;
import apparat.run.RunRequest;
import apparat.run.SimulationRun;
import apparat.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code apparat benchmark SCENARIO}: runs a scenario in memory, writing nothing, at one or more scales, and
 * reports for each wall time, peak heap, member-months per second and nanoseconds per member-month (flat across
 * scales when the cost grows linearly with the members), and the same for the naive one-agent-per-member
 * baseline on the same membership, with the ratio of the two. The figures in {@code docs/performance.md} come
 * from here.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Run a scenario in memory at one or more scales and report wall time, peak heap, "
                + "member-months per second and ns per member-month, against a naive one-agent-per-member "
                + "MASON baseline on the same membership."})
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenario;

    @Option(names = {"--scales", "--scale"}, paramLabel = "S", split = ",", defaultValue = "1",
            description = "Real members per simulated member, one or more, e.g. 50,10,1 (default: ${DEFAULT-VALUE}).")
    private double[] scales;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's).")
    private Long seed;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Runs at each scale; medians are reported (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads the model steps its members on (default: the cores); the baseline uses one.")
    private Integer threads;

    @Option(names = "--stages", description = "Also print the model's wall time by monthly stage (medians).")
    private boolean stages;

    @Option(names = "--naive", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also time the naive baseline (default: on; --no-naive to skip it).")
    private boolean naive;

    @Override
    public Integer call() {
        if (repeat < 1) {
            throw new UserInputException("--repeat " + repeat + ": give at least 1 run");
        }
        int pool = Threads.resolve(threads);
        // every scale is checked before anything runs, so that a mistake in the last one costs no waiting
        List<Scenario> prepared = new ArrayList<>();
        for (double scale : scales) {
            prepared.add(SimulationRun.prepare(new RunRequest(scenario, seed, scale, null, null, Path.of("results"),
                    "benchmark")));
        }
        PrintWriter out = spec.commandLine().getOut();
        Scenario head = prepared.get(0);
        out.printf("scenario %s, %s to %s, seed %d; member record %d bytes (parallel primitive arrays); "
                + "model on %d thread%s%n", head.name(), head.start(), head.end(), head.seed(),
                MemberRoll.bytesPerMember(), pool, pool == 1 ? "" : "s");
        out.printf("%-6s %4s %12s %14s %8s %7s %9s %9s %15s %9s %15s %8s %7s %7s%n", "scale", "run",
                "peak members", "member-months", "wall s", "cpu s", "heap MiB", "kept MiB", "member-months/s",
                "ns/mm", "naive mm/s", "naive s", "cpu s", "ratio");
        for (Scenario s : prepared) {
            List<Measurement> ours = new ArrayList<>();
            List<Measurement> theirs = new ArrayList<>();
            List<Map<String, Double>> byStage = new ArrayList<>();
            for (int r = 1; r <= repeat; r++) {
                Benchmark.ModelRun run = Benchmark.model(s, pool);
                ours.add(run.measurement());
                byStage.add(run.stageSeconds());
                if (naive) {
                    theirs.add(Benchmark.naive(s, run.trajectory()));
                }
                if (repeat > 1) {
                    print(out, String.valueOf(r), run.measurement(), naive ? theirs.get(r - 1) : null);
                }
            }
            printMedians(out, ours, theirs);
            if (stages) {
                printStages(out, byStage);
            }
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, String label, Measurement m, Measurement baseline) {
        out.printf("%-6s %4s %,12d %,14d %8.2f %7.2f %,9d %,9d %,15.0f %9.1f", "1:" + Numbers.format(m.scale()),
                label, Math.round(m.peakMembers() * m.scale()), m.memberMonths(), m.seconds(), m.cpuSeconds(),
                m.peakHeapBytes() >> 20, m.keptHeapBytes() >> 20, m.memberMonthsPerSecond(), m.nanosPerMemberMonth());
        if (baseline != null) {
            out.printf(" %,15.0f %8.2f %7.2f %6.1fx", baseline.memberMonthsPerSecond(), baseline.seconds(),
                    baseline.cpuSeconds(), m.memberMonthsPerSecond() / baseline.memberMonthsPerSecond());
        }
        out.println();
    }

    private static void printMedians(PrintWriter out, List<Measurement> ours, List<Measurement> theirs) {
        Measurement first = ours.get(0);
        out.printf("%-6s %4s %,12d %,14d %8.2f %7.2f %,9d %,9d %,15.0f %9.1f",
                "1:" + Numbers.format(first.scale()),
                ours.size() > 1 ? "med" : "", Math.round(first.peakMembers() * first.scale()), first.memberMonths(),
                median(ours.stream().mapToDouble(Measurement::seconds).toArray()),
                median(ours.stream().mapToDouble(Measurement::cpuSeconds).toArray()),
                (long) median(ours.stream().mapToDouble(Measurement::peakHeapBytes).toArray()) >> 20,
                (long) median(ours.stream().mapToDouble(Measurement::keptHeapBytes).toArray()) >> 20,
                median(ours.stream().mapToDouble(Measurement::memberMonthsPerSecond).toArray()),
                median(ours.stream().mapToDouble(Measurement::nanosPerMemberMonth).toArray()));
        if (!theirs.isEmpty()) {
            double[] ratios = new double[theirs.size()];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = ours.get(i).memberMonthsPerSecond() / theirs.get(i).memberMonthsPerSecond();
            }
            out.printf(" %,15.0f %8.2f %7.2f %6.1fx",
                    median(theirs.stream().mapToDouble(Measurement::memberMonthsPerSecond).toArray()),
                    median(theirs.stream().mapToDouble(Measurement::seconds).toArray()),
                    median(theirs.stream().mapToDouble(Measurement::cpuSeconds).toArray()), median(ratios));
        }
        out.println();
    }

    /** Median wall seconds by stage over the runs, and each stage's share of their sum. */
    private static void printStages(PrintWriter out, List<Map<String, Double>> runs) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String stage : runs.get(0).keySet()) {
            medians.put(stage, median(runs.stream().mapToDouble(r -> r.get(stage)).toArray()));
        }
        double total = medians.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> e : medians.entrySet()) {
            out.printf("       %-16s %8.2f s %5.1f %%%n", e.getKey(), e.getValue(),
                    total > 0 ? 100 * e.getValue() / total : 0.0);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return Percentile.of(v, 0.5);
    }
}
