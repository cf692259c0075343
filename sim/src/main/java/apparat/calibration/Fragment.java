package apparat.calibration;

import apparat.output.Numbers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fitted values as a scenario fragment: each value marked {@code calibrated: "<calibration file>, <day>"}
 * with the assumption it replaces kept beside it. Saved beside the base scenario the fragment runs as it is (it
 * extends the base and changes only these values); its leaves can also be pasted into the base scenario.
 */
public final class Fragment {

    private Fragment() {
    }

    /** The {@code calibrated:} text: the calibration file relative to the base scenario's folder, and the day. */
    public static String calibrated(CalibrationPlan plan, LocalDate day) {
        Path scenarioDir = plan.scenarioFile().toAbsolutePath().getParent();
        Path file = Path.of(plan.file()).toAbsolutePath().normalize();
        String relative = scenarioDir.relativize(file).toString().replace('\\', '/');
        return relative + ", " + day;
    }

    public static String yaml(CalibrationPlan plan, Calibrator.Result r, LocalDate day, String resultsFolder)
            throws JsonProcessingException {
        String calibrated = calibrated(plan, day);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", plan.scenario().name() + "-calibrated");
        root.put("description", "The " + plan.scenario().name() + " scenario with the values fitted by "
                + plan.file() + " on " + day);
        root.put("extends", plan.scenarioFile().getFileName().toString());
        for (int i = 0; i < r.space().dimension(); i++) {
            FreeParameter p = r.space().parameters().get(i);
            Map<String, Object> leaf = new LinkedHashMap<>();
            double v = r.best().values()[i];
            leaf.put("value", p.integer() ? (Object) Math.round(v) : (Object) Double.parseDouble(Numbers.format(v)));
            leaf.put("calibrated", calibrated);
            if (p.assumption() != null) {
                leaf.put("assumption", p.assumption());
            }
            ScenarioPatch.Key key = ScenarioPatch.Key.parse(p.key());
            if (key.event() == null) {
                put(root, key.name().split("\\."), leaf);
            } else if (key.set()) {
                put(root, new String[] {"timeline", key.event(), "set", key.name()}, leaf);
            } else {
                String[] field = key.name().split("\\.");
                String[] path = new String[field.length + 2];
                path[0] = "timeline";
                path[1] = key.event();
                System.arraycopy(field, 0, path, 2, field.length);
                put(root, path, leaf);
            }
        }
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
        return "# Values fitted by apparat calibrate " + plan.file() + " on " + day + " (" + resultsFolder + ").\n"
                + "# Save this file beside " + plan.scenarioFile() + " to run the calibrated scenario as it is,\n"
                + "# or paste the values into the base scenario; each keeps the assumption it replaces.\n"
                + yaml.writeValueAsString(root);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String[] path, Object value) {
        Map<String, Object> node = root;
        for (int i = 0; i < path.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
        }
        node.put(path[path.length - 1], value);
    }
}
