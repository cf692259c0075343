package apparat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.model.ModelSetup;
import apparat.model.Party;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioCompiler;
import apparat.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The naive baseline steps the members the model had, month by month, and elects cell secretaries. */
class NaivePartyTest {

    private static final String SCENARIO = """
            run: {start: 1920-01, end: 1922-12, seed: 2, scale: 20}
            members: {initial: 100000}
            recruitment: {ratePerYear: 0.3}
            attrition: {resignationPerYear: 0.1}
            timeline:
              purge: {date: 1921-06, type: purge, quota: 0.2, weights: {passivity: 1}}
            """;

    @TempDir
    Path dir;

    @Test
    void followsTheModelsMembershipMonthByMonth() throws IOException {
        Path file = Files.writeString(dir.resolve("s.yaml"), SCENARIO);
        Scenario scenario = new ScenarioLoader().load(file);
        ModelSetup setup = ScenarioCompiler.compile(scenario);
        Trajectory trajectory = new Trajectory(scenario.scale());
        Party party = new Party(scenario.seed(), setup);
        party.addObserver(trajectory);
        party.runToEnd();
        assertEquals(setup.months(), trajectory.months());

        int[] sizes = new int[trajectory.months()];
        NaiveParty naive = new NaiveParty(scenario.seed(), setup, trajectory);
        naive.start();
        for (int k = 0; k < trajectory.months(); k++) {
            naive.schedule.step(naive);
            sizes[k] = naive.members.size();
        }
        for (int k = 0; k < sizes.length; k++) {
            assertEquals(trajectory.members(k), sizes[k], "members in month " + k);
        }
        // each member on the roll steps once a month, recruits from the month after they join
        long atLeast = trajectory.members(0);
        for (int k = 1; k < sizes.length; k++) {
            atLeast += sizes[k] - trajectory.recruits(k);
        }
        assertTrue(naive.memberSteps() >= atLeast && naive.memberSteps() <= trajectory.memberMonths(),
                naive.memberSteps() + " steps, " + atLeast + " to " + trajectory.memberMonths() + " expected");
        long elected = naive.members.stream().map(m -> m.cell).distinct()
                .filter(c -> c.secretary != null && c.secretary.active).count();
        assertTrue(elected > 0.9 * naive.members.stream().map(m -> m.cell).distinct().count(),
                "most cells have a sitting secretary");
    }
}
