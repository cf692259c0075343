package apparat.calibration;

import apparat.chart.ChartFormat;
import apparat.chart.ConvergenceChart;
import apparat.chart.RunCharts;
import apparat.output.AtomicFiles;
import apparat.output.BuildInfo;
import apparat.output.Numbers;
import apparat.run.GitCommit;
import apparat.run.Progress;
import apparat.run.RunFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One calibration from a validated plan to a published results folder. The journal lives in a folder of its
 * own beside the results ({@code calibration-<name>-<time>.unfinished/}) from the first evaluation on, so
 * that an interrupted calibration can be resumed from it; the results folder is written whole at the end
 * (like a run folder: never half-written, never overwriting) with a copy of the journal, and the unfinished
 * folder is then removed.
 */
public final class CalibrationRun {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * What to do.
     *
     * @param plan the validated calibration
     * @param threads replications run at once
     * @param resume an unfinished folder to resume from, or null to start afresh
     * @param out the results folder to create, or null for {@code results/calibration-<name>-<time>}
     * @param results where results folders go
     * @param command the command line, for the manifest
     */
    public record Request(CalibrationPlan plan, int threads, Path resume, Path out, Path results, String command) {
    }

    /**
     * A published calibration.
     *
     * @param folder the results folder
     * @param result the fit
     * @param replayed evaluations read back from the journal
     * @param wallSeconds wall time of this invocation
     */
    public record Outcome(Path folder, Calibrator.Result result, int replayed, double wallSeconds) {
    }

    /** Hears where the journal is before the first evaluation. */
    public interface Announcer {
        void journal(Path folder);
    }

    private CalibrationRun() {
    }

    public static Outcome execute(Request request, Progress progress, Announcer announcer)
            throws IOException, InterruptedException {
        CalibrationPlan plan = request.plan();
        long started = System.nanoTime();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String name = "calibration-" + stem(plan.file());
        Path unfinished = request.resume() != null ? request.resume()
                : free(request.results().resolve(name + "-" + STAMP.format(now) + ".unfinished"));
        Journal journal = request.resume() != null ? Journal.resume(unfinished, plan.identity())
                : Journal.create(unfinished, plan.identity());
        announcer.journal(unfinished);
        Calibrator.Result result;
        int budget = plan.budget();
        try (journal) {
            progress.start(name, budget);
            try {
                Calibrator calibrator = new Calibrator(plan.space(), plan.objective(request.threads()), journal,
                        plan.settings(), (step, best) -> progress.advance("best loss " + CalibrationReport.loss(best)));
                result = calibrator.run();
            } finally {
                progress.close();
            }
        }
        int replayed = (int) result.steps().stream().filter(Calibrator.Step::replayed).count();
        double wall = (System.nanoTime() - started) / 1e9;
        try (RunFolder folder = RunFolder.open(request.results(), name, request.out(), now)) {
            Path work = folder.work();
            String runLine = plan.replications() + " replications per evaluation at scale 1:"
                    + Numbers.format(plan.scenario().scale()) + " from " + plan.scenario().start() + " to "
                    + plan.scenario().end() + ", seed " + plan.settings().seed() + "; " + result.steps().size()
                    + " evaluations (" + count(result, "cmaes") + " CMA-ES, " + count(result, "bobyqa")
                    + " BOBYQA, " + count(result, "profile") + " profile; " + replayed + " read back from the "
                    + "journal).";
            AtomicFiles.write(work.resolve("calibration.md"), CalibrationReport.markdown(plan, result, runLine));
            AtomicFiles.write(work.resolve("fitted.csv"), CalibrationReport.fittedCsv(result));
            AtomicFiles.write(work.resolve("targets.csv"), CalibrationReport.targetsCsv(plan, result));
            AtomicFiles.write(work.resolve("profiles.csv"), CalibrationReport.profilesCsv(result));
            AtomicFiles.write(work.resolve("convergence.csv"), CalibrationReport.convergenceCsv(result));
            AtomicFiles.write(work.resolve("fragment.yaml"), Fragment.yaml(plan, result, now.toLocalDate(),
                    folder.target().toString()));
            AtomicFiles.write(work.resolve("calibration.yaml"), Files.readString(Path.of(plan.file())));
            Files.copy(journal.file(), work.resolve(Journal.FILE));
            chart(plan, result, work);
            AtomicFiles.write(work.resolve("manifest.json"), manifest(request, result, replayed, now, wall));
            Path published = folder.publish();
            remove(unfinished);
            return new Outcome(published, result, replayed, wall);
        }
    }

    private static void chart(CalibrationPlan plan, Calibrator.Result result, Path work) throws IOException {
        double[] losses = result.steps().stream().mapToDouble(s -> s.evaluation().loss()).toArray();
        int optimised = (int) result.steps().stream().filter(s -> !s.stage().equals("profile")).count();
        List<ConvergenceChart.Stage> stages = new ArrayList<>();
        String previous = "";
        for (Calibrator.Step s : result.steps()) {
            if (!s.stage().equals(previous)) {
                stages.add(new ConvergenceChart.Stage(s.number(), switch (s.stage()) {
                    case "cmaes" -> "CMA-ES";
                    case "bobyqa" -> "BOBYQA";
                    case "profile" -> "profiles";
                    default -> s.stage();
                }));
                previous = s.stage();
            }
        }
        String source = "Apparat " + BuildInfo.version() + ", " + plan.file() + ", seed " + plan.settings().seed()
                + ", " + plan.replications() + " replications at scale 1:" + Numbers.format(plan.scenario().scale());
        var chart = ConvergenceChart.build(plan.file(), losses, optimised, stages, source);
        RunCharts.write(chart, work, "convergence", ChartFormat.PNG);
        RunCharts.write(chart, work, "convergence", ChartFormat.SVG);
    }

    private static long count(Calibrator.Result r, String stage) {
        return r.steps().stream().filter(s -> s.stage().equals(stage)).count();
    }

    private static String manifest(Request request, Calibrator.Result result, int replayed, ZonedDateTime now,
                                   double wall) throws IOException {
        CalibrationPlan plan = request.plan();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apparat_version", BuildInfo.version());
        m.put("git_commit", GitCommit.find(Path.of(plan.file())));
        m.put("calibration_file", plan.file());
        m.put("calibration_digest", plan.identity());
        m.put("scenario_file", plan.scenarioFile().toString());
        m.put("targets_file", plan.targetsFile().toString());
        m.put("seed", plan.settings().seed());
        m.put("threads", request.threads());
        m.put("scale", plan.scenario().scale());
        m.put("end", plan.scenario().end().toString());
        m.put("replications", plan.replications());
        m.put("evaluations", result.steps().size());
        m.put("evaluations_read_from_journal", replayed);
        m.put("best_loss", result.best().evaluation().loss());
        m.put("command", request.command());
        m.put("resumed_from", request.resume() == null ? null : request.resume().toString());
        m.put("started_utc", DateTimeFormatter.ISO_INSTANT.format(now));
        m.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }

    private static Path free(Path folder) {
        Path p = folder;
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolveSibling(folder.getFileName().toString().replace(".unfinished", "-" + n + ".unfinished"));
        }
        return p;
    }

    private static void remove(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String stem(String file) {
        String n = Path.of(file).getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
