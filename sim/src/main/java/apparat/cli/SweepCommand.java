package apparat.cli;

import apparat.model.Month;
import apparat.run.StalePartials;
import apparat.scenario.ScenarioOverrides;
import apparat.sweep.Design;
import apparat.sweep.Factor;
import apparat.sweep.Shard;
import apparat.sweep.Sweep;
import apparat.sweep.SweepDefinition;
import apparat.sweep.SweepFile;
import apparat.sweep.StopRequest;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * {@code apparat sweep SWEEP.yaml}, {@code apparat sweep SCENARIO --vary KEY=V1,V2 ...} and
 * {@code apparat sweep --resume DIR}: many runs with replications, headless, as tidy tables.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a sweep file (or a scenario over a grid given with --vary), with replications, "
            + "headless.",
            "With --slurm, writes a Slurm job array and a merge job instead; --merge joins the shards' folders.",
            "Writes runs.csv, monthly.csv, congresses.csv, outcomes.csv, summary.csv (and sensitivity.csv for "
                + "Sobol' indices, morris.csv for Morris screening) for R or Python.",
            "A stopped or killed sweep is completed with --resume DIR."})
final class SweepCommand implements Callable<Integer> {

    /** How long a sweep told to end waits for its runs under way (Slurm kills 30 s after SIGTERM by default). */
    private static final Duration GRACE = Duration.ofSeconds(25);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Sweep file (YAML, see docs/sweeps.md), or a scenario file with --vary; with --slurm "
                + "--only-missing, the folder --slurm wrote.")
    private Path file;

    @Option(names = "--vary", paramLabel = "KEY=V1,V2,...",
            description = "With a scenario file: a parameter and its values, held for the whole run; repeat for a "
                + "grid.")
    private List<String> vary;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Complete a stopped or killed sweep: run only its missing runs, then write the tables.")
    private Path resume;

    @Option(names = "--replications", paramLabel = "N",
            description = "Runs per design point (default: the sweep file's, else 1).")
    private Integer replications;

    @Option(names = "--until", paramLabel = "YYYY-MM", description = "Stop every run after this month.")
    private String until;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: the cores).")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only shard K of N (0-based), e.g. $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT.")
    private String shard;

    @Mixin
    private RunSettings settings;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create (must not exist).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Where sweep folders go (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = "--no-charts", description = "Write tables only.")
    private boolean noCharts;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Mixin
    private ClusterOptions cluster;

    @Override
    public Integer call() throws Exception {
        cluster.check(file != null, vary != null || replications != null || until != null || settings.seed != null
                || settings.scale != null || shard != null || threads != null, resume != null);
        if (cluster.merging()) {
            return cluster.merge(results, out, !noCharts, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (cluster.onlyMissing) {
            if (file == null) {
                throw new UserInputException("--only-missing: name the sweep folder that --slurm wrote");
            }
            return cluster.rerun(file, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        int pool = Threads.resolve(threads);
        if (replications != null && (replications < 1 || replications > 10_000)) {
            throw new UserInputException("--replications " + replications + ": give 1 to 10000");
        }
        if (cluster.slurm) {
            if (shard != null || threads != null) {
                throw new UserInputException("--slurm gives each array task its shard and --cpus-per-task threads; "
                        + "leave out --shard and --threads");
            }
            String command = "apparat " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            return cluster.write(definition(), results, out, command, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        Shard part = shard();
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        String command = "apparat " + String.join(" ", args);
        PrintWriter err = spec.commandLine().getErr();
        Sweep.Result result;
        try (StopRequest stop = StopRequest.onTermination(GRACE)) {
            Sweep.Settings run = new Sweep.Settings(pool, part, command);
            if (resume != null) {
                checkResume();
                result = Sweep.resume(resume, run, TerminalProgress.forTerminal(quiet), stop);
                result.removed().forEach(p -> err.println("apparat: removed " + p + " (a partial left by a killed "
                        + "sweep; its run is done again)"));
            } else {
                SweepDefinition d = definition();
                for (Path p : StalePartials.remove(results)) {
                    err.println("apparat: removed " + p + " (a partial left by a killed run)");
                }
                String original = vary == null ? Files.readString(file, StandardCharsets.UTF_8) : null;
                result = Sweep.start(d, original, results, out, run, TerminalProgress.forTerminal(quiet), stop);
            }
            // the report is printed before a waiting shutdown hook lets the JVM end
            return report(result);
        }
    }

    private int report(Sweep.Result result) throws Exception {
        var report = result.report();
        PrintWriter o = spec.commandLine().getOut();
        if (report.stopped()) {
            spec.commandLine().getErr().println("apparat: sweep stopped: " + (report.alreadyDone() + report.ran())
                    + " of " + report.planned() + " runs are done and kept; complete it with: apparat sweep "
                    + "--resume " + result.folder());
            return FriendlyErrors.FAILED;
        }
        o.println("sweep: " + report.planned() + " runs (" + report.alreadyDone() + " done before, " + report.ran()
                + " now)");
        if (result.tables().note() != null) {
            o.println("note: " + result.tables().note());
        }
        if (!noCharts) {
            o.println("charts: " + apparat.chart.SweepCharts.render(result.folder()).size() + " in "
                    + result.folder().resolve("charts"));
        }
        o.println("wrote " + result.folder());
        return 0;
    }

    private void checkResume() {
        if (file != null || vary != null || replications != null || until != null || out != null
                || settings.seed != null || settings.scale != null) {
            throw new UserInputException("--resume completes a sweep as it was begun: give the folder alone "
                    + "(with --threads, --shard, --quiet if wanted)");
        }
    }

    private Shard shard() {
        if (shard == null) {
            return null;
        }
        if (!shard.matches("\\d{1,6}/\\d{1,6}")) {
            throw new UserInputException("--shard " + shard + ": write K/N, e.g. 0/4");
        }
        int k = Integer.parseInt(shard.substring(0, shard.indexOf('/')));
        int n = Integer.parseInt(shard.substring(shard.indexOf('/') + 1));
        if (n < 1 || k >= n) {
            throw new UserInputException("--shard " + shard + ": K must be 0 to N-1");
        }
        return new Shard(k, n);
    }

    private SweepDefinition definition() {
        if (file == null) {
            throw new UserInputException("name a sweep file (or a scenario file with --vary), or --resume DIR; "
                    + "see apparat sweep --help");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        Month end = null;
        if (until != null) {
            try {
                end = Month.parse(until);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--until: " + e.getMessage());
            }
        }
        boolean sweepFile = SweepFile.isSweepFile(file);
        SweepDefinition d;
        if (vary == null) {
            if (!sweepFile) {
                throw new UserInputException(file + " is a scenario, not a sweep file (it has no 'vary:'); give "
                        + "--vary KEY=V1,V2 or write a sweep file (docs/sweeps.md)");
            }
            d = SweepFile.read(file);
        } else {
            if (sweepFile) {
                throw new UserInputException(file + " is a sweep file; its 'vary:' says what to vary, so drop "
                        + "--vary");
            }
            d = fromVary();
        }
        return d.with(replications, settings.seed, end, settings.scale);
    }

    private SweepDefinition fromVary() {
        List<Factor> factors = new ArrayList<>();
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
                Object value = ScenarioOverrides.value(key, text.trim(), "--vary");
                for (Object earlier : values) {
                    if (java.util.Objects.equals(earlier, value)) {
                        throw new UserInputException("--vary " + key + ": the value " + text.trim()
                                + " is given twice");
                    }
                }
                values.add(value);
            }
            factors.add(new Factor(key, values, null));
        }
        apparat.scenario.Scenario s = new apparat.scenario.ScenarioLoader().load(file);
        return new SweepDefinition(s.name(), "", file.toString(), file.toAbsolutePath().normalize(), null, null,
                null, 1, Design.GRID, 0, false, 0, 0, factors, List.of());
    }
}
