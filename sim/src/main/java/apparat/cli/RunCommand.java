package apparat.cli;

import apparat.model.Month;
import apparat.run.RunRequest;
import apparat.run.SimulationRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apparat run SCENARIO}: one run, written to its own folder under {@code results/}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write its tables and charts to a new folder under results/.",
            "Same scenario, seed and scale give byte-identical tables."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "Scenario file (YAML), e.g. scenarios/quickstart.yaml")
    private Path scenario;


    @picocli.CommandLine.Mixin
    private RunSettings settings;

    @Option(names = "--until", paramLabel = "YYYY-MM", description = "Stop after this month.")
    private String until;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder to create (must not exist).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder for run folders (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = "--no-charts", description = "Write tables only.")
    private boolean noCharts;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads the run steps its members on (default: the cores); outputs do not depend on it.")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        Month end = null;
        if (until != null) {
            try {
                end = Month.parse(until);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--until: " + e.getMessage());
            }
        }
        String command = "apparat run " + String.join(" ", spec.commandLine().getParseResult().originalArgs()
                .subList(1, spec.commandLine().getParseResult().originalArgs().size()));
        for (Path p : apparat.run.StalePartials.remove(out == null ? results : out.toAbsolutePath().getParent())) {
            spec.commandLine().getErr().println("apparat: removed " + p + " (a partial left by a killed run)");
        }
        int pool = Threads.resolve(threads);
        RunRequest request = new RunRequest(scenario, settings.seed, settings.scale, end, out, results, command, pool);
        SimulationRun.Finisher charts = noCharts ? null : Charts::drawInto;
        SimulationRun.Result result = SimulationRun.execute(request, TerminalProgress.forTerminal(quiet), charts);
        spec.commandLine().getOut().printf("%s: %s to %s, seed %d, scale 1:%s, %.1f s%n", result.scenario().name(),
                result.scenario().start(), result.scenario().end(), result.scenario().seed(),
                apparat.output.Numbers.format(result.scenario().scale()), result.wallSeconds());
        spec.commandLine().getOut().println("wrote " + result.folder());
        return 0;
    }
}
