package apparat.cli;

import apparat.chart.ChartFormat;
import apparat.chart.RunCharts;
import apparat.output.AtomicFiles;
import apparat.output.BuildInfo;
import apparat.run.RunFolder;
import apparat.run.RunRequest;
import apparat.run.SimulationRun;
import apparat.scenario.Scenario;
import apparat.validation.HistoryValidation;
import apparat.validation.TargetFile;
import apparat.validation.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code apparat validate-history SCENARIO}: runs the scenario with replications, compares the outcomes the
 * documents report with the model's, and writes a report folder.
 */
@Command(name = "validate-history", mixinStandardHelpOptions = true,
        description = {"Run a scenario N times and compare it with the outcomes the documents report.",
            "Writes validation.md, validation.csv and validation.png to a new folder under results/."})
final class ValidateHistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, e.g. scenarios/historical.yaml")
    private Path scenario;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Targets file (default: targets/<scenario name>.yaml beside the scenario).")
    private Path targets;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "5",
            description = "Runs with different seeds (default: ${DEFAULT-VALUE}).")
    private int replications;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: the cores).")
    private Integer threads;

    @picocli.CommandLine.Mixin
    private RunSettings settings;


    @Option(names = "--out", paramLabel = "DIR", description = "Report folder to create (must not exist).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Where report folders go (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Override
    public Integer call() throws Exception {
        if (replications < 1 || replications > 1000) {
            throw new UserInputException("--replications " + replications + ": give 1 to 1000");
        }
        int pool = Threads.resolve(threads);
        Scenario s = SimulationRun.prepare(new RunRequest(scenario, settings.seed, settings.scale, null, null,
                results, "validate"));
        Path targetFile = targets != null ? targets
                : scenario.toAbsolutePath().getParent().resolve("targets").resolve(s.name() + ".yaml");
        if (!Files.isRegularFile(targetFile)) {
            throw new UserInputException(targetFile + ": no targets file; give one with --targets");
        }
        TargetFile.Contents contents = TargetFile.read(targetFile);
        List<HistoryValidation.Result> rs = HistoryValidation.run(s, contents.targets(), replications, pool);
        try (RunFolder folder = RunFolder.open(results, "validation-" + s.name(), out,
                ZonedDateTime.now(ZoneOffset.UTC))) {
            Path work = folder.work();
            AtomicFiles.write(work.resolve("validation.md"),
                    ValidationReport.markdown(s.name(), replications, s.scale(), rs)
                            + apparat.calibration.CalibratedValues.markdown(s));
            AtomicFiles.write(work.resolve("validation.csv"), ValidationReport.csv(rs));
            RunCharts.write(ValidationReport.chart(s.name(), rs), work, "validation", ChartFormat.PNG);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("apparat_version", BuildInfo.version());
            manifest.put("scenario", s.name());
            manifest.put("targets", targetFile.toString());
            manifest.put("seed", s.seed());
            manifest.put("scale", s.scale());
            manifest.put("replications", replications);
            AtomicFiles.write(work.resolve("manifest.json"),
                    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest));
            Path published = folder.publish();
            long met = rs.stream().filter(HistoryValidation.Result::met).count();
            spec.commandLine().getOut().printf("%s: %d of %d targets met (%d replications, scale 1:%s)%n", s.name(),
                    met, rs.size(), replications, apparat.output.Numbers.format(s.scale()));
            spec.commandLine().getOut().println("wrote " + published);
        }
        return 0;
    }
}
