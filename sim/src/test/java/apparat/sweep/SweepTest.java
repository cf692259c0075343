package apparat.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.model.ModelSetup;
import apparat.model.Rules;
import apparat.model.TimelineEvent;
import apparat.run.Progress;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioCompiler;
import apparat.scenario.ScenarioException;
import apparat.scenario.ScenarioLoader;
import apparat.scenario.ScenarioOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep holds its parameters for the whole run, and its tables do not depend on threads or shards. */
class SweepTest {

    static final String SCENARIO = """
            name: small
            run: {start: 1921-01, end: 1922-06, seed: 9, scale: 50}
            members: {initial: 200000}
            secretariat: {assignmentsPerYear: 5000}
            appointment: {province: {mode: recommend}}
            timeline:
              later: {date: 1921-07, type: rule, set: {appointment.acceptance: 0.2, recruitment.open: false}}
              c: {date: 1922-03, type: congress, delegates: 200}
            """;

    static final String SWEEP = """
            scenario: small.yaml
            replications: 2
            vary:
              appointment.acceptance: [0.3, 0.9]
              secretariat.selection: [loyalty, chance]
            outcomes:
              members_end: {column: members, at: 1922-06}
              appointed_mean: {column: province_appointed_share, mean: [1921-06, 1922-06]}
              vote: {congress: c, column: leadership_vote_share}
            """;

    private static Scenario scenario(Path dir) throws Exception {
        Path file = dir.resolve("small.yaml");
        Files.writeString(file, SCENARIO);
        return new ScenarioLoader().load(file);
    }

    static SweepDefinition definition(Path dir, String sweep) throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SCENARIO);
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, sweep);
        return SweepFile.read(file);
    }

    static Path sweep(SweepDefinition d, Path out, int threads, Shard shard) throws Exception {
        try (StopRequest stop = StopRequest.manual()) {
            return Sweep.start(d, null, out.getParent(), out, new Sweep.Settings(threads, shard, "t"), Progress.NONE,
                    stop).folder();
        }
    }

    @Test
    void aHeldParameterKeepsItsValueThroughRuleChanges(@TempDir Path dir) throws Exception {
        Scenario held = ScenarioOverrides.hold(scenario(dir), Map.of("appointment.acceptance", 0.9), "test");
        ModelSetup setup = ScenarioCompiler.compile(held);
        assertEquals(0.9, setup.rules().appointment().acceptance());
        for (TimelineEvent e : setup.timeline()) {
            if (e instanceof TimelineEvent.RuleChange r) {
                Rules rules = r.rules();
                assertEquals(0.9, rules.appointment().acceptance(), "the rule event no longer changes it");
                assertTrue(!rules.recruitment().open(), "the event's other changes still apply");
            }
        }
    }

    @Test
    void valuesAreCheckedLikeAScenarioFile() {
        assertEquals(0.5, ScenarioOverrides.value("appointment.acceptance", "0.5", "--vary"));
        assertEquals(true, ScenarioOverrides.value("opinion.factionBan", "true", "--vary"));
        ScenarioException range = assertThrows(ScenarioException.class,
                () -> ScenarioOverrides.value("appointment.acceptance", "1.5", "--vary"));
        assertTrue(range.getMessage().contains("above the maximum 1"), range.getMessage());
        ScenarioException unknown = assertThrows(ScenarioException.class,
                () -> ScenarioOverrides.value("appointment.acceptence", "0.5", "--vary"));
        assertTrue(unknown.getMessage().contains("did you mean 'appointment.acceptance'"), unknown.getMessage());
    }

    @Test
    void theTablesAreTheSameWhateverTheThreadsAndShardsTogetherMakeTheWhole(@TempDir Path dir) throws Exception {
        SweepDefinition d = definition(dir, SWEEP);
        Path one = sweep(d, dir.resolve("one"), 1, null);
        Path two = sweep(d, dir.resolve("two"), 2, null);
        for (String f : new String[] {"monthly.csv", "congresses.csv", "runs.csv", "outcomes.csv", "summary.csv"}) {
            assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(one.resolve("monthly.csv"));
        assertEquals(1 + 8 * 18, rows.size(), "header plus 8 runs of 18 months");
        Path a = sweep(d, dir.resolve("a"), 2, new Shard(0, 2));
        Path b = sweep(d, dir.resolve("b"), 2, new Shard(1, 2));
        List<String> merged = new ArrayList<>(Files.readAllLines(a.resolve("monthly.csv")));
        merged.addAll(Files.readAllLines(b.resolve("monthly.csv")).subList(1, 1 + 4 * 18));
        List<String> sortedMerged = new ArrayList<>(merged.subList(1, merged.size()));
        List<String> sortedWhole = new ArrayList<>(rows.subList(1, rows.size()));
        sortedMerged.sort(null);
        sortedWhole.sort(null);
        assertEquals(sortedWhole, sortedMerged, "the shards hold exactly the runs of the whole sweep");
        // replication r has the same seed at every grid point: common random numbers
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        assertEquals(runs.get(1).split(",")[3], runs.get(3).split(",")[3]);
    }
}
