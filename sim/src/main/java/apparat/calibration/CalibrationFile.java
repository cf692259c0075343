package apparat.calibration;

import apparat.model.Month;
import apparat.scenario.Problems;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioException;
import apparat.scenario.ScenarioLoader;
import apparat.scenario.ScenarioWriter;
import apparat.scenario.YamlFiles;
import apparat.scenario.YamlNode;
import apparat.validation.Target;
import apparat.validation.TargetFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a calibration file ({@code scenarios/calibration/*.yaml}) into a {@link CalibrationPlan}. Every
 * problem is reported at once, each as {@code file:line: key: what is wrong}; nothing is run before the whole
 * file is valid. The format is described in {@code docs/calibration.md}.
 */
public final class CalibrationFile {

    private static final Set<String> TOP = Set.of("description", "scenario", "targets", "seed", "run",
            "parameters", "fit", "holdOut", "loss", "optimiser", "profile");
    private static final Set<String> RUN = Set.of("scale", "end", "replications");
    private static final Set<String> LOSS = Set.of("weights");
    private static final Set<String> OPTIMISER = Set.of("cmaes", "bobyqa");
    private static final Set<String> CMAES = Set.of("evaluations", "population", "sigma");
    private static final Set<String> BOBYQA = Set.of("evaluations");
    private static final Set<String> PROFILE = Set.of("points");

    private CalibrationFile() {
    }

    /** Reads and checks the file; a {@link ScenarioException} lists every problem. */
    public static CalibrationPlan read(Path file) {
        YamlNode root = YamlFiles.read(file);
        if (!(root instanceof YamlNode.Mapping map)) {
            throw new ScenarioException(file + ":1: a calibration file is a mapping with scenario, parameters, "
                    + "fit and holdOut");
        }
        Problems problems = new Problems();
        Fields top = new Fields(map, "", problems);
        top.unknown(TOP);
        String description = top.text("description", "");
        String scenarioName = top.text("scenario", null);
        if (scenarioName == null) {
            problems.add(map, "scenario", "missing; name the base scenario file (relative to this file)");
            problems.throwIfAny();
        }
        Path dir = file.toAbsolutePath().getParent();
        Path scenarioFile = relative(dir.resolve(scenarioName).normalize());
        if (!Files.isRegularFile(scenarioFile)) {
            problems.add(top.where("scenario"), "scenario", "no such file '" + scenarioName + "' (looked for "
                    + scenarioFile + ")");
            problems.throwIfAny();
        }
        Scenario scenario = new ScenarioLoader().load(scenarioFile);

        String targetsName = top.text("targets", null);
        Path targetsFile = targetsName != null ? relative(dir.resolve(targetsName).normalize())
                : relative(scenarioFile.toAbsolutePath().getParent().resolve("targets")
                        .resolve(scenario.name() + ".yaml"));
        if (!Files.isRegularFile(targetsFile)) {
            problems.add(targetsName == null ? file + ":1" : top.where("targets"), "targets", "no targets file "
                    + targetsFile + (targetsName == null ? "; name one with 'targets:'" : ""));
            problems.throwIfAny();
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Target t : TargetFile.read(targetsFile).targets()) {
            targets.put(t.id(), t);
        }

        long seed = (long) top.number("seed", 1, 0, Long.MAX_VALUE, true);
        Fields run = top.group("run", RUN);
        double scale = run.number("scale", scenario.scale(), 1, 1_000_000, false);
        int replications = (int) run.number("replications", 4, 1, 100, true);
        Month end = run.month("end", scenario.end());
        if (end != null && (end.isBefore(scenario.start()) || end.isAfter(scenario.end()))) {
            problems.add(run.where("end"), "run.end", end + " is outside the scenario's run (" + scenario.start()
                    + " to " + scenario.end() + ")");
            end = scenario.end();
        }
        Scenario atRun = scenario.withRun(seed, scale, end == null ? scenario.end() : end);

        List<FreeParameter> parameters = FreeParameters.read(map.entries().get("parameters"), scenario, map,
                problems);

        List<Target> fitted = TargetLists.read(top, "fit", targets, problems);
        List<Target> heldOut = TargetLists.read(top, "holdOut", targets, problems);
        TargetLists.check(top, fitted, heldOut, atRun.end(), problems);

        Fields loss = top.group("loss", LOSS);
        Map<String, Double> weights = TargetLists.weights(loss, fitted, problems);
        List<Loss.Term> terms = new ArrayList<>();
        for (Target t : fitted) {
            terms.add(new Loss.Term(t, weights.getOrDefault(t.id(), 1.0)));
        }

        int d = Math.max(1, parameters.size());
        Fields optimiser = top.group("optimiser", OPTIMISER);
        Fields cmaes = optimiser.group("cmaes", CMAES);
        int cmaesEvaluations = (int) cmaes.number("evaluations", 100, 0, 100_000, true);
        int population = (int) cmaes.number("population", 4 + (int) (3 * Math.log(d)), 2, 1000, true);
        double sigma = cmaes.number("sigma", 0.3, 0.01, 1, false);
        Fields bobyqa = optimiser.group("bobyqa", BOBYQA);
        int bobyqaEvaluations = (int) bobyqa.number("evaluations", 0, 0, 100_000, true);
        if (bobyqaEvaluations > 0 && parameters.size() >= 2 && bobyqaEvaluations < 2 * d + 2) {
            problems.add(bobyqa.where("evaluations"), "optimiser.bobyqa.evaluations", bobyqaEvaluations
                    + " is too few for " + d + " parameters; BOBYQA needs at least " + (2 * d + 2) + ", or 0");
        }
        Fields profile = top.group("profile", PROFILE);
        int points = (int) profile.number("points", 5, 0, 50, true);
        if (points == 1) {
            problems.add(profile.where("points"), "profile.points", "a profile needs at least 2 points, or 0");
        }
        if (cmaesEvaluations + bobyqaEvaluations == 0) {
            problems.add(optimiser.where(null), "optimiser", "no evaluations: give cmaes or bobyqa evaluations");
        }
        problems.throwIfAny();
        return new CalibrationPlan(file.toString(), description, scenarioFile, atRun, targetsFile,
                new ParameterSpace(parameters), fitted, heldOut, new Loss(terms), replications,
                new Calibrator.Settings(cmaesEvaluations, population, sigma, bobyqaEvaluations, points, seed),
                identity(file, atRun, targetsFile));
    }

    /** A path relative to the working folder when it lies below it, as the user would write it. */
    static Path relative(Path absolute) {
        Path here = Path.of("").toAbsolutePath();
        Path rel = here.relativize(absolute.toAbsolutePath().normalize());
        return rel.toString().startsWith("..") ? absolute.normalize() : rel;
    }

    private static String identity(Path file, Scenario scenario, Path targets) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(file));
            sha.update(ScenarioWriter.resolvedYaml(scenario).getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(targets));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new ScenarioException(file + ": could not be read (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
