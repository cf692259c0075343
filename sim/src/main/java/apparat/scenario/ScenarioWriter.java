package apparat.scenario;

import apparat.model.Month;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a loaded scenario back out: as a complete YAML file (every parameter, with its citation, no
 * {@code extends:}), which {@link ScenarioLoader} reads again to the same values; as {@code parameters.csv};
 * and as {@code events.csv} for chart markers.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    public static String resolvedYaml(Scenario s) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", s.name());
        root.put("description", s.description());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("start", s.start().toString());
        run.put("end", s.end().toString());
        run.put("seed", s.seed());
        run.put("scale", s.scale());
        root.put("run", run);
        for (ParameterSpec spec : ParameterCatalog.all()) {
            put(root, spec.key(), leaf(s.parameters().get(spec.key()), s.parameters().citation(spec.key())));
        }
        if (!s.timeline().isEmpty()) {
            Map<String, Object> timeline = new LinkedHashMap<>();
            for (TimelineEntry e : s.timeline()) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("date", e.month().toString());
                event.put("type", e.type());
                event.put("label", e.label());
                if (e.citation().source() != null) {
                    event.put("source", e.citation().source());
                }
                if (e.citation().assumption() != null) {
                    event.put("assumption", e.citation().assumption());
                }
                for (Map.Entry<String, Object> f : e.fields().entrySet()) {
                    put(event, f.getKey(), plain(f.getValue()));
                }
                if (!e.set().isEmpty()) {
                    Map<String, Object> set = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> c : e.set().entrySet()) {
                        set.put(c.getKey(), leaf(c.getValue(), e.setCitations().get(c.getKey())));
                    }
                    event.put("set", set);
                }
                timeline.put(e.id(), event);
            }
            root.put("timeline", timeline);
        }
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
        return "# The scenario as run: extends merged, defaults filled in. Loads again with apparat validate.\n"
                + yaml.writeValueAsString(root);
    }

    private static Object leaf(Object value, Citation citation) {
        Object v = plain(value);
        if (citation == null || !citation.isCited()) {
            return v;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v);
        if (citation.source() != null) {
            m.put("source", citation.source());
        }
        if (citation.calibrated() != null) {
            m.put("calibrated", citation.calibrated());
        }
        if (citation.source() == null && citation.assumption() != null) {
            m.put("assumption", citation.assumption());
        }
        return m;
    }

    private static Object plain(Object value) {
        if (value == null) {
            return "none";
        }
        return value instanceof Month m ? m.toString() : value;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String dottedKey, Object value) {
        String[] parts = dottedKey.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        node.put(parts[parts.length - 1], value);
    }

    /** {@code key,value,default,unit,source,differs_from_base}. */
    public static String parametersCsv(Scenario s) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord("key", "value", "default", "unit", "source", "differs_from_base");
            for (ParameterSpec spec : ParameterCatalog.all()) {
                Object value = s.parameters().get(spec.key());
                Object base = s.base().get(spec.key());
                p.printRecord(spec.key(), text(value), text(spec.defaultValue()), spec.unit(),
                        s.parameters().citation(spec.key()).describe(), !java.util.Objects.equals(value, base));
            }
        }
        return out.toString();
    }

    /** {@code month,id,type,label}. */
    public static String eventsCsv(Scenario s) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord("month", "id", "type", "label");
            for (TimelineEntry e : s.timeline()) {
                p.printRecord(e.month(), e.id(), e.type(), e.label());
            }
        }
        return out.toString();
    }

    /** A value as the tables and the reference show it: months as YYYY-MM, none for no month, tidy numbers. */
    public static String text(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Double d) {
            return apparat.output.Numbers.format(d);
        }
        return value.toString();
    }
}
