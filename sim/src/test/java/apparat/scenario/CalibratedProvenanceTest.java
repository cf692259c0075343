package apparat.scenario;

import static apparat.scenario.ScenarioFiles.RUN;
import static apparat.scenario.ScenarioFiles.assertMentions;
import static apparat.scenario.ScenarioFiles.load;
import static apparat.scenario.ScenarioFiles.problem;
import static apparat.scenario.ScenarioFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrated:} beside {@code assumption:}: a value fitted by a calibration keeps its reason. */
class CalibratedProvenanceTest {

    private static final String CALIBRATED = RUN
            + "attrition:\n"
            + "  resignationPerYear: {value: 0.061, calibrated: \"calibration/historical.yaml, 2026-12-02\",\n"
            + "                       assumption: \"midpoint of a range\"}\n";

    @Test
    void aCalibratedValueKeepsItsAssumption(@TempDir Path dir) {
        Scenario s = load(write(dir, "c.yaml", CALIBRATED));
        Citation c = s.parameters().citation("attrition.resignationPerYear");
        assertEquals(0.061, s.parameters().decimal("attrition.resignationPerYear"));
        assertEquals("calibration/historical.yaml, 2026-12-02", c.calibrated());
        assertEquals("calibration/historical.yaml", c.calibrationFile());
        assertEquals("midpoint of a range", c.assumption());
        assertTrue(c.isCited() && c.isCalibrated());
        assertEquals("calibrated: calibration/historical.yaml, 2026-12-02 (assumption: midpoint of a range)",
                c.describe());
    }

    @Test
    void aValueWithASourceIsNeverCalibrated(@TempDir Path dir) {
        String message = problem(write(dir, "c.yaml", RUN
                + "secretariat:\n"
                + "  assignmentsPerYear: {value: 9000, source: \"004_b644486801102c55.txt:66\",\n"
                + "                       calibrated: \"calibration/historical.yaml, 2026-12-02\"}\n"));
        assertMentions(message, "c.yaml:5: secretariat.assignmentsPerYear: a value with a source is data and is "
                + "never calibrated");
    }

    @Test
    void theCalibratedTextNamesAFileAndADay(@TempDir Path dir) {
        String message = problem(write(dir, "c.yaml", CALIBRATED.replace(", 2026-12-02", " in December")));
        assertMentions(message, "c.yaml:5: attrition.resignationPerYear.calibrated: 'calibration/historical.yaml "
                + "in December' is not of the form \"calibration/file.yaml, YYYY-MM-DD\"");
    }

    @Test
    void theResolvedScenarioKeepsTheCalibration(@TempDir Path dir) throws Exception {
        Scenario s = load(write(dir, "c.yaml", CALIBRATED));
        String resolved = ScenarioWriter.resolvedYaml(s);
        assertTrue(resolved.contains("calibration/historical.yaml, 2026-12-02"), resolved);
        Scenario again = load(write(dir, "resolved.yaml", resolved));
        assertEquals(s.parameters().citation("attrition.resignationPerYear").calibrated(),
                again.parameters().citation("attrition.resignationPerYear").calibrated());
        assertEquals("midpoint of a range", again.parameters().citation("attrition.resignationPerYear").assumption());
    }
}
