package apparat.run;

import apparat.model.Month;
import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import apparat.output.AtomicFiles;
import apparat.output.BuildInfo;
import apparat.output.CongressCsv;
import apparat.output.MonthlyCsv;
import apparat.output.Summary;
import apparat.model.CongressRecord;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioLoader;
import apparat.scenario.ScenarioWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run from a scenario file to a published run folder: load and check the scenario and the settings, run
 * the model with the table writers as observers, write the scenario as run, the summary and the manifest,
 * let the caller add charts, then publish the folder in one rename.
 */
public final class SimulationRun {

    /** What a caller adds to a finished run folder before it is published (charts). */
    @FunctionalInterface
    public interface Finisher {
        void finish(Path workFolder) throws IOException;
    }

    /** A published run. */
    public record Result(Path folder, Scenario scenario, double wallSeconds) {
    }

    private SimulationRun() {
    }

    /** Loads the scenario and applies the request's settings, checking them against it. */
    public static Scenario prepare(RunRequest request) {
        Scenario scenario = new ScenarioLoader().load(request.scenarioFile());
        long seed = request.seed() == null ? scenario.seed() : request.seed();
        double scale = request.scale() == null ? scenario.scale() : request.scale();
        if (!(scale >= 1) || Double.isInfinite(scale)) {
            throw new BadRequestException("--scale " + request.scale() + ": scale must be a number ≥ 1 (real "
                    + "members per simulated member; 1 is full size)");
        }
        if (seed < 0) {
            throw new BadRequestException("--seed " + seed + ": a seed is a whole number ≥ 0");
        }
        Month end = scenario.end();
        if (request.until() != null) {
            if (request.until().isBefore(scenario.start()) || request.until().isAfter(scenario.end())) {
                throw new BadRequestException("--until " + request.until() + " is outside the scenario's run ("
                        + scenario.start() + " to " + scenario.end() + ")");
            }
            end = request.until();
        }
        return scenario.withRun(seed, scale, end);
    }

    public static Result execute(RunRequest request, Progress progress, Finisher finisher) throws IOException {
        Scenario scenario = prepare(request);
        long started = System.nanoTime();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        try (RunFolder folder = RunFolder.open(request.resultsRoot(), scenario.name(), request.out(), now)) {
            Path work = folder.work();
            AtomicFiles.write(work.resolve("scenario.resolved.yaml"), ScenarioWriter.resolvedYaml(scenario));
            AtomicFiles.write(work.resolve("parameters.csv"), ScenarioWriter.parametersCsv(scenario));
            AtomicFiles.write(work.resolve("events.csv"), ScenarioWriter.eventsCsv(scenario));
            Summary summary = new Summary();
            CongressCollector congresses = new CongressCollector();
            int months = scenario.end().monthsSince(scenario.start()) + 1;
            progress.start(scenario.name(), months);
            try (BufferedWriter out = Files.newBufferedWriter(work.resolve("monthly.csv"), StandardCharsets.UTF_8);
                 MonthlyCsv monthly = new MonthlyCsv(out)) {
                MonthObserver ticker = new MonthObserver() {
                    @Override
                    public void month(MonthlyRecord record) {
                        progress.advance(record.month().toString());
                    }
                };
                Simulation.run(scenario, List.of(monthly, summary, congresses, ticker), request.threads());
            } finally {
                progress.close();
            }
            AtomicFiles.write(work.resolve("congresses.csv"), CongressCsv.format(congresses.records));
            AtomicFiles.write(work.resolve("summary.json"), summary.toJson(identity(scenario)));
            double wall = (System.nanoTime() - started) / 1e9;
            AtomicFiles.write(work.resolve("manifest.json"), manifest(scenario, request, now, wall));
            if (finisher != null) {
                finisher.finish(work);
            }
            Path published = folder.publish();
            return new Result(published, scenario, wall);
        }
    }

    private static Map<String, Object> identity(Scenario s) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("scenario", s.name());
        id.put("seed", s.seed());
        id.put("scale", s.scale());
        id.put("start", s.start().toString());
        id.put("end", s.end().toString());
        return id;
    }

    private static String manifest(Scenario s, RunRequest request, ZonedDateTime now, double wall)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apparat_version", BuildInfo.version());
        m.put("git_commit", GitCommit.find(request.scenarioFile()));
        m.put("scenario", s.name());
        m.put("description", s.description());
        m.put("scenario_file", s.file());
        m.put("extends", s.parentFile());
        m.put("seed", s.seed());
        m.put("scale", s.scale());
        m.put("start", s.start().toString());
        m.put("end", s.end().toString());
        m.put("command", request.command());
        m.put("threads", request.threads());
        m.put("started_utc", DateTimeFormatter.ISO_INSTANT.format(now));
        m.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        m.put("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }

    /** Keeps the congresses handed over at the end. */
    private static final class CongressCollector implements MonthObserver {
        private List<CongressRecord> records = List.of();

        @Override
        public void month(MonthlyRecord record) {
        }

        @Override
        public void finish(List<CongressRecord> congresses) {
            records = congresses;
        }
    }
}
