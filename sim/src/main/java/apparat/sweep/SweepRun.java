package apparat.sweep;

import apparat.model.CongressRecord;
import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import apparat.output.BuildInfo;
import apparat.output.CongressCsv;
import apparat.output.MonthlyCsv;
import apparat.run.Simulation;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a sweep into its folder: monthly.csv and congresses.csv as a single run writes them, events.csv for
 * chart markers, and a manifest naming the run's index, design point, replication, seed and varied values.
 * Everything in it depends on the plan and the run alone (no clock, no host), so a run repeated after an
 * interruption writes the same bytes.
 */
public final class SweepRun {

    private SweepRun() {
    }

    /** Simulates {@code run} and writes its files into {@code folder}. */
    public static void write(SweepPlan plan, SweepPlan.Run run, Path folder) throws IOException {
        Scenario scenario = plan.scenario(run);
        Collector congresses = new Collector();
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("monthly.csv"), StandardCharsets.UTF_8);
             MonthlyCsv monthly = new MonthlyCsv(out)) {
            Simulation.run(scenario, List.of(monthly, congresses));
        }
        Files.writeString(folder.resolve("congresses.csv"), CongressCsv.format(congresses.records),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("events.csv"), ScenarioWriter.eventsCsv(scenario), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("manifest.json"), manifest(plan, run, scenario), StandardCharsets.UTF_8);
    }

    static String manifest(SweepPlan plan, SweepPlan.Run run, Scenario s) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apparat_version", BuildInfo.version());
        m.put("sweep", plan.definition().name());
        m.put("scenario", s.name());
        m.put("run", run.index());
        m.put("point", run.point());
        m.put("replication", run.replication());
        m.put("seed", run.seed());
        m.put("scale", s.scale());
        m.put("start", s.start().toString());
        m.put("end", s.end().toString());
        Map<String, Object> values = new LinkedHashMap<>();
        run.settings().forEach((k, v) -> values.put(k, ScenarioWriter.text(v)));
        m.put("values", values);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }

    /** Keeps the congresses handed over at the end. */
    private static final class Collector implements MonthObserver {
        private List<CongressRecord> records = List.of();

        @Override
        public void month(MonthlyRecord record) {
        }

        @Override
        public void finish(List<CongressRecord> list) {
            records = list;
        }
    }
}
