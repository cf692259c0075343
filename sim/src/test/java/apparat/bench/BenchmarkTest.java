package apparat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.scenario.Scenario;
import apparat.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timed run accounts for its time by stage within its wall time, and for the heap it keeps. */
class BenchmarkTest {

    private static final String SCENARIO = """
            run: {start: 1920-01, end: 1923-12, seed: 3, scale: 10}
            members: {initial: 200000}
            recruitment: {ratePerYear: 0.3}
            timeline:
              purge: {date: 1921-06, type: purge, quota: 0.2, weights: {passivity: 1}}
            """;

    @TempDir
    Path dir;

    @Test
    void stagesAddUpToNoMoreThanTheRunAndTheKeptHeapIsMeasured() throws IOException {
        Scenario scenario = new ScenarioLoader().load(Files.writeString(dir.resolve("s.yaml"), SCENARIO));
        Benchmark.ModelRun run = Benchmark.model(scenario, 2);
        Map<String, Double> stages = run.stageSeconds();
        assertEquals(List.of("TimelineStage", "Membership", "OpinionDynamics", "PostFilling", "Secretariat",
                "Apparatus", "Campaigns", "CongressStage", "Recorder"), List.copyOf(stages.keySet()));
        double sum = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(stages.values().stream().allMatch(s -> s >= 0), stages::toString);
        assertTrue(stages.get("OpinionDynamics") > 0 && stages.get("Membership") > 0, stages::toString);
        // the stages run inside the timed run; what is left is setting the party up and the schedule itself
        double seconds = run.measurement().seconds();
        assertTrue(sum <= seconds, sum + " s in stages, " + seconds + " s run");
        Measurement m = run.measurement();
        // 20,000 members or more, about 37 bytes each on the roll: at least half a megabyte kept
        assertTrue(m.keptHeapBytes() > 500_000, m::toString);
        assertEquals(48, m.months());
    }
}
