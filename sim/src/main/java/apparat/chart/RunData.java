package apparat.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A finished run folder read back for drawing: the monthly table as columns of numbers (NaN for an empty
 * cell), the congresses, the timeline events and the run's identity from its manifest. Charts are drawn from
 * this alone, so an old run can be redrawn without running it again.
 */
public final class RunData {

    /** One timeline event, for a chart marker. */
    public record Event(String month, String id, String type, String label) {
    }

    /** One row of parameters.csv. */
    public record Parameter(String key, String value, String defaultValue, String unit, String source,
                            boolean differsFromBase) {
    }

    private final Path folder;
    private final List<String> months;
    private final Map<String, double[]> monthly;
    private final List<Map<String, String>> congresses;
    private final List<Event> events;
    private final List<Parameter> parameters;
    private final JsonNode manifest;

    private RunData(Path folder, List<String> months, Map<String, double[]> monthly,
                    List<Map<String, String>> congresses, List<Event> events, List<Parameter> parameters,
                    JsonNode manifest) {
        this.folder = folder;
        this.months = months;
        this.monthly = monthly;
        this.congresses = congresses;
        this.events = events;
        this.parameters = parameters;
        this.manifest = manifest;
    }

    /**
     * Reads a run folder.
     *
     * @throws IOException if it is not a run folder (no monthly.csv or manifest.json) or cannot be read
     */
    public static RunData read(Path folder) throws IOException {
        Path monthlyFile = folder.resolve("monthly.csv");
        Path manifestFile = folder.resolve("manifest.json");
        if (!Files.isRegularFile(monthlyFile) || !Files.isRegularFile(manifestFile)) {
            throw new NotARunFolderException(folder + " is not a run folder (it has no monthly.csv and "
                    + "manifest.json)");
        }
        List<String> months = new ArrayList<>();
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        for (CSVRecord r : records(monthlyFile)) {
            for (Map.Entry<String, String> cell : r.toMap().entrySet()) {
                if (cell.getKey().equals("month")) {
                    months.add(cell.getValue());
                } else {
                    columns.computeIfAbsent(cell.getKey(), k -> new ArrayList<>()).add(number(cell.getValue()));
                }
            }
        }
        Map<String, double[]> monthly = new LinkedHashMap<>();
        columns.forEach((k, v) -> monthly.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        List<Map<String, String>> congresses = new ArrayList<>();
        Path congressFile = folder.resolve("congresses.csv");
        if (Files.isRegularFile(congressFile)) {
            for (CSVRecord r : records(congressFile)) {
                congresses.add(Collections.unmodifiableMap(new LinkedHashMap<>(r.toMap())));
            }
        }
        List<Event> events = new ArrayList<>();
        Path eventFile = folder.resolve("events.csv");
        if (Files.isRegularFile(eventFile)) {
            for (CSVRecord r : records(eventFile)) {
                events.add(new Event(r.get("month"), r.get("id"), r.get("type"), r.get("label")));
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        Path parameterFile = folder.resolve("parameters.csv");
        if (Files.isRegularFile(parameterFile)) {
            for (CSVRecord r : records(parameterFile)) {
                parameters.add(new Parameter(r.get("key"), r.get("value"), r.get("default"), r.get("unit"),
                        r.get("source"), Boolean.parseBoolean(r.get("differs_from_base"))));
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(manifestFile.toFile());
        return new RunData(folder, List.copyOf(months), Collections.unmodifiableMap(monthly),
                List.copyOf(congresses), List.copyOf(events), List.copyOf(parameters), manifest);
    }

    /** The rows of a CSV file with a header line. */
    static List<CSVRecord> records(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    private static double number(String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public Path folder() {
        return folder;
    }

    /** Months in order, as {@code YYYY-MM}. */
    public List<String> months() {
        return months;
    }

    public boolean has(String column) {
        return monthly.containsKey(column);
    }

    /** A monthly column; NaN marks an empty cell. */
    public double[] column(String column) {
        double[] values = monthly.get(column);
        if (values == null) {
            throw new IllegalArgumentException("monthly.csv has no column " + column);
        }
        return values.clone();
    }

    /** The congresses, one map of column to text each. */
    public List<Map<String, String>> congresses() {
        return congresses;
    }

    public List<Event> events() {
        return events;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public String scenario() {
        return text("scenario", folder.getFileName().toString());
    }

    public String description() {
        return text("description", "");
    }

    public String seed() {
        return text("seed", "?");
    }

    public String scale() {
        JsonNode s = manifest.get("scale");
        if (s == null || !s.isNumber()) {
            return "?";
        }
        double v = s.asDouble();
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    public String version() {
        return text("apparat_version", "");
    }

    /** The varied values of a run of a sweep ({@code values} in its manifest), in order; empty for a plain run. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = manifest.get("values");
        if (v != null) {
            v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    /** The design point of a run of a sweep, or -1. */
    public int point() {
        JsonNode p = manifest.get("point");
        return p == null ? -1 : p.asInt();
    }

    private String text(String field, String fallback) {
        JsonNode n = manifest.get(field);
        return n == null || n.isNull() ? fallback : n.asText();
    }

    /** The folder is not a run folder. */
    public static final class NotARunFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        public NotARunFolderException(String message) {
            super(message);
        }
    }
}
