package apparat.cli;

import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import apparat.run.RunRequest;
import apparat.run.Simulation;
import apparat.run.SimulationRun;
import apparat.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code apparat benchmark SCENARIO}: runs a scenario in memory, writing nothing, and reports wall time, peak
 * heap and member-months per second. The figures in {@code docs/performance.md} come from here.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Run a scenario in memory and report wall time, peak heap and member-months per second.")
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenario;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "Real members per simulated member (default: ${DEFAULT-VALUE}, full size).")
    private double scale;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's).")
    private Long seed;

    @Override
    public Integer call() {
        Scenario s = SimulationRun.prepare(new RunRequest(scenario, seed, scale, null, null, Path.of("results"),
                "benchmark"));
        long[] memberMonths = new long[1];
        long[] peakMembers = new long[1];
        MonthObserver counter = new MonthObserver() {
            @Override
            public void month(MonthlyRecord r) {
                long simulated = Math.round(r.members() / s.scale());
                memberMonths[0] += simulated;
                peakMembers[0] = Math.max(peakMembers[0], r.members());
            }
        };
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        Simulation.run(s, List.of(counter));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        var out = spec.commandLine().getOut();
        out.printf("scenario            %s (%s to %s, seed %d, scale 1:%s)%n", s.name(), s.start(), s.end(), s.seed(),
                apparat.output.Numbers.format(s.scale()));
        out.printf("months              %d%n", s.end().monthsSince(s.start()) + 1);
        out.printf("peak members        %,d (real)%n", peakMembers[0]);
        out.printf("member-months       %,d (simulated)%n", memberMonths[0]);
        out.printf("wall time           %.2f s%n", seconds);
        out.printf("member-months/s     %,.0f%n", memberMonths[0] / seconds);
        out.printf("peak heap           %,d MiB%n", peakHeap >> 20);
        out.printf("member record       %d bytes (%s)%n", apparat.model.MemberRoll.bytesPerMember(),
                "parallel primitive arrays");
        return 0;
    }
}
