package apparat.cli;

import apparat.cluster.SlurmSweep;
import apparat.model.Month;
import apparat.run.RunRequest;
import apparat.run.SimulationRun;
import apparat.run.Sweep;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioOverrides;
import apparat.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apparat sweep SCENARIO --vary KEY=V1,V2 ...}: a grid of runs with replications, as tidy tables. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario over a grid of parameter values, with replications, headless.",
            "Writes tidy monthly.csv, congresses.csv and runs.csv (one row per run and month) for R or Python.",
            "With --slurm, writes a Slurm job array and a merge job instead; --merge joins shards' folders."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML); with --slurm --only-missing, a sweep folder written by --slurm.")
    private Path scenario;

    @Option(names = "--vary", paramLabel = "KEY=V1,V2,...",
            description = "A parameter and its values, held for the whole run; repeat for a grid.")
    private List<String> vary;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
            description = "Runs per grid point, with seeds derived from the scenario's (default: ${DEFAULT-VALUE}).")
    private int replications;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: the cores).")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only shard K of N (0-based), e.g. $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT.")
    private String shard;

    @Mixin
    private RunSettings settings;

    @Option(names = "--until", paramLabel = "YYYY-MM", description = "Stop every run after this month.")
    private String until;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create (must not exist).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Where sweep folders go (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private ClusterOptions cluster;

    @Override
    public Integer call() throws Exception {
        cluster.check(scenario != null);
        if (cluster.merging()) {
            return cluster.merge(results, out, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (scenario == null) {
            throw new UserInputException("give a SCENARIO file (or --merge DIR... to join shards)");
        }
        if (cluster.onlyMissing) {
            return cluster.rerun(scenario, spec.commandLine().getOut());
        }
        if (vary == null) {
            throw new UserInputException("give at least one --vary KEY=V1,V2,...");
        }
        if (cluster.slurm && (shard != null || threads != null)) {
            throw new UserInputException("--slurm gives each array task its shard and --cpus-per-task threads; "
                    + "leave out --shard and --threads");
        }
        if (replications < 1 || replications > 10_000) {
            throw new UserInputException("--replications " + replications + ": give 1 to 10000");
        }
        int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (pool < 1) {
            throw new UserInputException("--threads " + pool + ": give at least 1");
        }
        int k = 0;
        int n = 1;
        if (shard != null) {
            if (!shard.matches("\\d+/\\d+")) {
                throw new UserInputException("--shard " + shard + ": write K/N, e.g. 0/4");
            }
            k = Integer.parseInt(shard.substring(0, shard.indexOf('/')));
            n = Integer.parseInt(shard.substring(shard.indexOf('/') + 1));
            if (n < 1 || k >= n) {
                throw new UserInputException("--shard " + shard + ": K must be 0 to N-1");
            }
        }
        Month end = null;
        if (until != null) {
            try {
                end = Month.parse(until);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--until: " + e.getMessage());
            }
        }
        Scenario s = SimulationRun.prepare(new RunRequest(scenario, settings.seed, settings.scale, end, null,
                results, "sweep"));
        List<Sweep.Axis> axes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new UserInputException("--vary " + v + ": write KEY=V1,V2,...");
            }
            String key = v.substring(0, eq).trim();
            if (!seen.add(key)) {
                throw new UserInputException("--vary: " + key + " is given twice");
            }
            List<Object> values = new ArrayList<>();
            for (String text : v.substring(eq + 1).split(",")) {
                values.add(ScenarioOverrides.value(key, text.trim(), "--vary"));
            }
            axes.add(new Sweep.Axis(key, List.copyOf(values)));
        }
        String command = "apparat " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        if (cluster.slurm) {
            int runs = replications * axes.stream().mapToInt(a -> a.values().size()).reduce(1, (a, b) -> a * b);
            List<String> options = new ArrayList<>();
            vary.forEach(v -> options.addAll(List.of("--vary", v)));
            options.addAll(List.of("--replications", Integer.toString(replications)));
            if (until != null) {
                options.addAll(List.of("--until", end.toString()));
            }
            // The scenario is frozen with its seed and scale, so the shards need no --seed or --scale; its end
            // is kept, as its events after --until would not load in a scenario that ends earlier.
            Scenario frozen = SimulationRun.prepare(new RunRequest(scenario, settings.seed, settings.scale, null,
                    null, results, "sweep"));
            SlurmSweep.Plan plan = new SlurmSweep.Plan(s.name(), runs, "scenario.yaml", options, cluster.job(runs));
            return cluster.write(plan, ScenarioWriter.resolvedYaml(frozen), results, out, command,
                    spec.commandLine().getOut());
        }
        Path published = Sweep.run(s, axes, replications, pool, k, n, results, out, command,
                TerminalProgress.forTerminal(quiet));
        spec.commandLine().getOut().println("wrote " + published);
        return 0;
    }
}
