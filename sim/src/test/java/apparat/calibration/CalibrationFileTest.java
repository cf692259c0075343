package apparat.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calibration file is checked whole before anything runs; each problem names file, line and key. */
class CalibrationFileTest {

    private static String problems(Path dir, String text) {
        Path file = TinyCalibration.write(dir, text);
        return assertThrows(ScenarioException.class, () -> CalibrationFile.read(file)).getMessage();
    }

    @Test
    void readsTheTinyCalibration(@TempDir Path dir) {
        CalibrationPlan plan = CalibrationFile.read(TinyCalibration.write(dir, TinyCalibration.CALIBRATION));
        assertEquals(2, plan.space().dimension());
        FreeParameter rate = plan.space().parameters().get(0);
        assertEquals("recruitment.ratePerYear", rate.key());
        assertEquals(0.3, rate.start());
        assertEquals("a guess", rate.assumption());
        assertFalse(rate.log(), "a range of 20 times stays linear");
        assertEquals(List.of("members-1920", "resigned-1921"), plan.fitted().stream().map(t -> t.id()).toList());
        assertEquals(2, plan.heldOut().size());
        assertEquals(50, plan.scenario().scale());
        assertEquals(9, plan.scenario().seed());
        assertEquals(6 + 6 + 2 * 3, plan.budget());
    }

    @Test
    void aValueWithASourceIsDataAndRefused(@TempDir Path dir) {
        String message = problems(dir, TinyCalibration.CALIBRATION.replace("parameters:\n",
                "parameters:\n  members.initial: {lower: 10000, upper: 90000}\n"));
        assertTrue(message.contains("tiny.yaml:6: parameters.members.initial: is data (source: "
                + "004_b644486801102c55.txt:36"), message);
        assertTrue(message.contains("only assumption: values may be calibrated"), message);
    }

    @Test
    void unknownKeysGetSuggestions(@TempDir Path dir) {
        String message = problems(dir, TinyCalibration.CALIBRATION
                .replace("recruitment.ratePerYear:", "recruitment.ratePerYaer:")
                .replace("optimiser:", "optimizer:"));
        assertTrue(message.contains("calibration/tiny.yaml:6: parameters.recruitment.ratePerYaer: unknown value "
                + "(did you mean 'recruitment.ratePerYear'?)"), message);
        assertTrue(message.contains(":10: optimizer: unknown key (did you mean 'optimiser'?)"), message);
    }

    @Test
    void aValueTheScenarioLeavesAtItsDefaultIsRefused(@TempDir Path dir) {
        String message = problems(dir, TinyCalibration.CALIBRATION.replace("parameters:\n",
                "parameters:\n  attrition.deathPerYear: {lower: 0.001, upper: 0.05}\n"));
        assertTrue(message.contains(":6: parameters.attrition.deathPerYear: the base scenario"), message);
    }

    @Test
    void aTimelineValueWithAnAssumptionCanBeFitted(@TempDir Path dir) {
        CalibrationPlan plan = CalibrationFile.read(TinyCalibration.write(dir, TinyCalibration.CALIBRATION
                .replace("parameters:\n", "parameters:\n  timeline.purge.threshold: {lower: 0.1, upper: 0.9}\n")
                .replace("bobyqa: {evaluations: 6}", "bobyqa: {evaluations: 8}")));
        assertEquals("timeline.purge.threshold", plan.space().parameters().get(0).key());
        assertEquals("a third of the marks", plan.space().parameters().get(0).assumption());
    }

    @Test
    void atMostHalfTheTargetsAreFittedAndTheListsAreDisjointAndKnown(@TempDir Path dir) {
        String message = problems(dir, TinyCalibration.CALIBRATION
                .replace("fit: [members-1920, resigned-1921]", "fit: [members-1920, resigned-1921, members-1921]")
                .replace("holdOut: [members-1921, expelled-1921]", "holdOut: [members-1921, expeled-1921]"));
        assertTrue(message.contains(":9: holdOut: 'expeled-1921' is not a target of the targets file (did you mean "
                + "'expelled-1921'?)"), message);
        assertTrue(message.contains("holdOut: 'members-1921' is also fitted"), message);
        assertTrue(message.contains(":8: fit: 3 targets fitted and 1 held out: at most half"), message);
    }

    @Test
    void boundsMustBeAnIntervalInsideTheParametersRange(@TempDir Path dir) {
        String message = problems(dir, TinyCalibration.CALIBRATION
                .replace("{lower: 0.05, upper: 1.0}", "{lower: 0.5, upper: 0.2}")
                .replace("{lower: 0.01, upper: 0.3}", "{lower: -0.1, upper: 0.3, log: true}"));
        assertTrue(message.contains(":6: parameters.recruitment.ratePerYear.upper: 0.2 is not above lower 0.5"),
                message);
        assertTrue(message.contains(":7: parameters.attrition.resignationPerYear.lower: -0.1 is outside"), message);
    }

    @Test
    void everyProblemIsReportedAtOnce(@TempDir Path dir) {
        String message = problems(dir, TinyCalibration.CALIBRATION
                .replace("seed: 9", "seed: nine")
                .replace("replications: 2", "replications: 0")
                .replace("points: 3", "points: 1"));
        assertEquals(3, message.split("\n").length, message);
        assertTrue(message.contains(":3: seed: expected a whole number"), message);
        assertTrue(message.contains(":4: run.replications: 0 is outside 1–100"), message);
        assertTrue(message.contains(":13: profile.points: a profile needs at least 2 points"), message);
    }
}
