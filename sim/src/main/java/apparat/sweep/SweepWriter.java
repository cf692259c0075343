package apparat.sweep;

import apparat.model.Month;
import apparat.validation.MeasureReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a sweep definition back as a sweep file, with the command line's settings in it and the base scenario
 * named by a given file: the {@code sweep.yaml} of a sweep folder, which {@link SweepFile} reads again to the
 * same plan, so that {@code --resume} needs nothing but the folder.
 */
public final class SweepWriter {

    private SweepWriter() {
    }

    /**
     * @param d the definition as run
     * @param seed the master seed in force
     * @param scenarioFile the base scenario's file name, relative to where the written file will be
     */
    public static String yaml(SweepDefinition d, long seed, String scenarioFile) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", d.name());
        if (!d.description().isEmpty()) {
            root.put("description", d.description());
        }
        root.put("scenario", scenarioFile);
        root.put("seed", seed);
        root.put("replications", d.replications());
        if (d.until() != null || d.scale() != null) {
            Map<String, Object> run = new LinkedHashMap<>();
            if (d.until() != null) {
                run.put("until", d.until().toString());
            }
            if (d.scale() != null) {
                run.put("scale", d.scale());
            }
            root.put("run", run);
        }
        root.put("design", d.design().word());
        if (d.design() == Design.MORRIS) {
            root.put("trajectories", d.samples());
            root.put("levels", d.levels());
            if (d.candidates() > 0) {
                root.put("candidates", d.candidates());
            }
        } else if (d.design() != Design.GRID) {
            root.put("samples", d.samples());
        }
        if (d.sensitivity()) {
            root.put("sensitivity", true);
        }
        Map<String, Object> vary = new LinkedHashMap<>();
        for (Factor f : d.factors()) {
            if (f.range() == null) {
                List<Object> values = new ArrayList<>();
                f.values().forEach(v -> values.add(plain(v)));
                vary.put(f.key(), values);
            } else {
                Map<String, Object> range = new LinkedHashMap<>();
                range.put("range", f.range().integer() ? List.of((long) f.range().low(), (long) f.range().high())
                        : List.of(f.range().low(), f.range().high()));
                if (f.range().log()) {
                    range.put("log", true);
                }
                if (f.range().levels() > 0) {
                    range.put("levels", f.range().levels());
                }
                vary.put(f.key(), range);
            }
        }
        root.put("vary", vary);
        if (!d.outcomes().isEmpty()) {
            Map<String, Object> outcomes = new LinkedHashMap<>();
            for (Outcome o : d.outcomes()) {
                Map<String, Object> measure = new LinkedHashMap<>();
                if (!o.what().isEmpty()) {
                    measure.put("what", o.what());
                }
                measure.putAll(MeasureReader.write(o.measure()));
                outcomes.put(o.name(), measure);
            }
            root.put("outcomes", outcomes);
        }
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
        return "# The sweep as run: command-line settings applied. apparat sweep --resume reads it again.\n"
                + yaml.writeValueAsString(root);
    }

    private static Object plain(Object value) {
        if (value == null) {
            return "none";
        }
        return value instanceof Month m ? m.toString() : value;
    }
}
