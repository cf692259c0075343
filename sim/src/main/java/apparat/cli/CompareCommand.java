package apparat.cli;

import apparat.chart.ChartFormat;
import apparat.chart.Comparison;
import apparat.output.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code apparat compare RUN_DIR...}: one metric of several runs on one chart; runs of one scenario are
 * replications, drawn as a mean with a 90 % band.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Draw one monthly.csv column from several runs on one chart.",
            "Runs of the same scenario are replications: mean line, shaded 5th–95th percentile band.",
            "A sweep folder stands for its design points, each the mean of its replications with its band."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run folders.")
    private List<Path> runs;

    @Option(names = "--metric", paramLabel = "COLUMN", defaultValue = "province_appointed_share",
            description = "A monthly.csv column (default: ${DEFAULT-VALUE}).")
    private String metric;

    @Option(names = "--points", paramLabel = "P1,P2,...", split = ",",
            description = "For a sweep folder: the design points to draw (the point column of summary.csv).")
    private java.util.Set<Integer> points;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "png",
            description = "png, svg or pdf (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (must not exist).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Where the chart goes without --out (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Override
    public Integer call() throws Exception {
        ChartFormat chosen;
        try {
            chosen = ChartFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--format: " + e.getMessage());
        }
        for (Path run : runs) {
            boolean sweep = Files.isRegularFile(run.resolve("sweep.yaml")) && Files.isDirectory(run.resolve("runs"));
            if (!sweep && (!Files.isRegularFile(run.resolve("monthly.csv"))
                    || !Files.isRegularFile(run.resolve("manifest.json")))) {
                throw new UserInputException(run + " is not a run folder (it has no monthly.csv and manifest.json) "
                        + "nor a sweep folder");
            }
        }
        if (!metric.matches("[a-z0-9_]+")) {
            throw new UserInputException("--metric: '" + metric + "' is not a column name");
        }
        JFreeChart chart;
        try {
            chart = Comparison.chart(runs, metric, points);
        } catch (IllegalArgumentException e) {
            throw new UserInputException((e.getMessage().contains("has no column") ? "--metric: " : "")
                    + e.getMessage());
        }
        Path target = out;
        if (target == null) {
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now(ZoneOffset.UTC));
            target = results.resolve("compare-" + metric + "-" + stamp + "." + chosen.extension());
            for (int n = 2; Files.exists(target); n++) {
                target = results.resolve("compare-" + metric + "-" + stamp + "-" + n + "." + chosen.extension());
            }
        } else if (Files.exists(target)) {
            throw new UserInputException(target + " already exists; name a new file");
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        String base = target.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
        Path work = Files.createTempDirectory(folder, ".compare-");
        try {
            Path drawn = apparat.chart.RunCharts.write(chart, work, base, chosen);
            AtomicFiles.move(drawn, target);
        } finally {
            try (var left = Files.list(work)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
        spec.commandLine().getOut().println("wrote " + target);
        return 0;
    }
}
