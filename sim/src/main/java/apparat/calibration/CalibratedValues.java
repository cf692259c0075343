package apparat.calibration;

import apparat.scenario.Scenario;
import apparat.scenario.ScenarioException;
import apparat.scenario.ScenarioWriter;
import apparat.scenario.YamlFiles;
import apparat.scenario.YamlNode;
import apparat.validation.CitedValue;
import apparat.validation.ScenarioSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The calibrated values of a scenario and the targets each was fitted to, read back from the calibration file
 * its {@code calibrated:} names (relative to the scenario file that set the value): a section of the
 * validation report, so that nobody takes agreement with a fitted target for independent evidence.
 */
public final class CalibratedValues {

    /**
     * One calibrated value.
     *
     * @param key the value's key
     * @param value its value
     * @param calibrated the {@code calibrated:} text
     * @param fittedTo the targets it was fitted to, or null if the calibration file could not be read
     * @param problem why the file could not be read, or null
     */
    public record Entry(String key, Object value, String calibrated, List<String> fittedTo, String problem) {
    }

    private CalibratedValues() {
    }

    public static List<Entry> of(Scenario scenario) {
        List<Entry> out = new ArrayList<>();
        for (CitedValue v : ScenarioSources.of(scenario)) {
            if (v.citation() == null || !v.citation().isCalibrated()) {
                continue;
            }
            Path file = calibrationFile(scenario, v);
            List<String> fitted = null;
            String problem = null;
            try {
                fitted = fitted(file);
            } catch (ScenarioException e) {
                problem = e.getMessage();
            }
            out.add(new Entry(v.key(), v.value(), v.citation().calibrated(), fitted, problem));
        }
        return out;
    }

    /** The calibration file of a value, relative to the scenario file that set it. */
    static Path calibrationFile(Scenario scenario, CitedValue v) {
        String where = v.citation().where();
        String setIn = where == null ? scenario.file() : where.substring(0, where.lastIndexOf(':'));
        Path dir = Path.of(setIn).toAbsolutePath().getParent();
        return CalibrationFile.relative(dir.resolve(v.citation().calibrationFile()).normalize());
    }

    private static List<String> fitted(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(file + ": no such calibration file");
        }
        YamlNode root = YamlFiles.read(file);
        if (root instanceof YamlNode.Mapping m && m.entries().get("fit") != null
                && m.entries().get("fit").value() instanceof YamlNode.Sequence list) {
            List<String> names = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Scalar s) {
                    names.add(s.text());
                }
            }
            return names;
        }
        throw new ScenarioException(file + ": has no fit: list");
    }

    /** The report's section; empty when the scenario has no calibrated value. */
    public static String markdown(Scenario scenario) {
        List<Entry> entries = of(scenario);
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Calibrated values\n\n")
                .append("These values were fitted to some of the targets above by `apparat calibrate` ")
                .append("(docs/calibration.md). Meeting a target a value was fitted to is no independent ")
                .append("evidence; the held-out targets are the test.\n\n")
                .append("| value | | calibrated by | fitted to |\n|---|---|---|---|\n");
        for (Entry e : entries) {
            md.append("| `").append(e.key()).append("` | ").append(ScenarioWriter.text(e.value())).append(" | ")
              .append(e.calibrated()).append(" | ")
              .append(e.fittedTo() == null ? "unknown (" + e.problem().replace("|", "\\|") + ")"
                      : String.join(", ", e.fittedTo())).append(" |\n");
        }
        return md.toString();
    }
}
