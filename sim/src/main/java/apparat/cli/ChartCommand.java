package apparat.cli;

import apparat.chart.ChartFormat;
import apparat.chart.RunCharts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apparat chart RUN_DIR}: redraws an earlier run's charts from its tables, without running it again. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Redraw the charts of an earlier run (or sweep) into its charts/ folder.")
final class ChartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run or sweep folder under results/.")
    private Path runDir;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Only these charts: secretaries, membership, apparatus, loyalty, purges.")
    private List<String> only;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "png,svg",
            description = "png, svg and/or pdf (default: ${DEFAULT-VALUE}).")
    private List<String> formats;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(runDir)) {
            throw new UserInputException(runDir + ": no such run folder");
        }
        if (Files.isRegularFile(runDir.resolve("sweep.yaml")) && Files.isDirectory(runDir.resolve("runs"))) {
            if (!Files.isRegularFile(runDir.resolve("outcomes.csv"))) {
                throw new UserInputException(runDir + " is a sweep without tables yet; complete it with apparat "
                        + "sweep --resume " + runDir);
            }
            for (Path p : apparat.chart.SweepCharts.render(runDir)) {
                spec.commandLine().getOut().println("wrote " + p);
            }
            return 0;
        }
        if (!Files.isRegularFile(runDir.resolve("monthly.csv"))) {
            throw new UserInputException(runDir + " is not a run folder (it has no monthly.csv)");
        }
        List<String> names = only == null ? RunCharts.names() : only;
        for (String name : names) {
            if (!RunCharts.names().contains(name)) {
                throw new UserInputException("--only: no chart named '" + name + "'; the charts are "
                        + String.join(", ", RunCharts.names()));
            }
        }
        Set<ChartFormat> chosen = EnumSet.noneOf(ChartFormat.class);
        for (String f : formats) {
            try {
                chosen.add(ChartFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--format: " + e.getMessage());
            }
        }
        if (only != null) {
            chosen.add(ChartFormat.PNG);
        }
        List<Path> written = new ArrayList<>(RunCharts.render(runDir, chosen, names));
        for (Path p : written) {
            spec.commandLine().getOut().println("wrote " + p);
        }
        return 0;
    }
}
