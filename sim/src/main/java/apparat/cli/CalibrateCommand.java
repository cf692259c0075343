package apparat.cli;

import apparat.calibration.CalibrationFile;
import apparat.calibration.CalibrationPlan;
import apparat.calibration.CalibrationRun;
import apparat.calibration.Journal;
import apparat.run.Progress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code apparat calibrate FILE}: fits the assumption values a calibration file names to the targets it
 * fits, reports the held-out targets, and writes a results folder; {@code --resume} continues an interrupted
 * calibration from its journal.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit assumption values of a scenario to outcomes the documents report (CMA-ES, then "
                + "BOBYQA), holding other outcomes out as a test.",
            "Writes calibration.md, fitted values, profiles, the fit per target, a convergence chart and a "
                + "scenario fragment to a new folder under results/. See docs/calibration.md."})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Calibration file, e.g. "
            + "scenarios/calibration/historical.yaml")
    private Path file;

    @Option(names = "--threads", paramLabel = "N",
            description = "Replications run at once (default: the cores). The result does not depend on it.")
    private Integer threads;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue an interrupted calibration from its unfinished folder (its journal).")
    private Path resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder to create (must not exist).")
    private Path out;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Where results folders go (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (pool < 1 || pool > 256) {
            throw new UserInputException("--threads " + pool + ": give 1 to 256");
        }
        if (resume != null && !Files.isRegularFile(resume.resolve(Journal.FILE))) {
            throw new UserInputException("--resume " + resume + ": no " + Journal.FILE + " there; give the "
                    + "unfinished folder the interrupted calibration named");
        }
        if (resume != null && Files.exists(resume.resolve("manifest.json"))) {
            throw new UserInputException("--resume " + resume + ": is the results folder of a finished "
                    + "calibration, which is never changed; resume from an unfinished folder");
        }
        if (out != null && Files.exists(out)) {
            throw new UserInputException("--out " + out + " already exists; a calibration never overwrites "
                    + "another, so name a new folder");
        }
        CalibrationPlan plan = CalibrationFile.read(file);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %d parameters, %d targets fitted, %d held out; up to %d evaluations of %d replications "
                + "at 1:%s%n", plan.file(), plan.space().dimension(), plan.fitted().size(), plan.heldOut().size(),
                plan.budget(), plan.replications(), apparat.output.Numbers.format(plan.scenario().scale()));
        o.flush();
        CalibrationRun.Outcome outcome;
        try (Progress progress = TerminalProgress.forTerminal(quiet, " evaluations")) {
            outcome = CalibrationRun.execute(new CalibrationRun.Request(plan, pool, resume, out, results,
                    "apparat " + String.join(" ", spec.commandLine().getParseResult().originalArgs())),
                    progress, folder -> {
                    o.println("journal: " + folder + " (if interrupted, continue with --resume " + folder + ")");
                    o.flush();
                });
        } catch (Journal.JournalMismatchException e) {
            throw new UserInputException(e.getMessage());
        }
        o.printf("best loss %s after %d evaluations (%d read from the journal), %.0f s%n",
                apparat.output.Numbers.format(outcome.result().best().evaluation().loss()),
                outcome.result().steps().size(), outcome.replayed(), outcome.wallSeconds());
        o.println("wrote " + outcome.folder());
        return 0;
    }
}
