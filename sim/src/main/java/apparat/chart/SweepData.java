package apparat.chart;

import apparat.scenario.ScenarioWriter;
import apparat.sweep.Factor;
import apparat.sweep.SweepDefinition;
import apparat.sweep.SweepFile;
import apparat.sweep.SweepFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * A finished sweep folder read back for drawing: its definition, the outcomes of every run
 * ({@code outcomes.csv}), the replication means of every design point ({@code summary.csv}), the Sobol' indices
 * or Morris' screening measures if any, and the identity from the manifest.
 */
final class SweepData {

    /** One row: the run's or point's varied values as text, and a number per outcome (NaN if empty). */
    record Row(int point, int replication, List<String> values, double[] outcomes) {
    }

    /** One line of sensitivity.csv. */
    record Index(String outcome, String parameter, double first, double firstLow, double firstHigh, double total,
                 double totalLow, double totalHigh) {
    }

    /** One line of morris.csv. */
    record Screening(String outcome, String parameter, double mu, double muStar, double muStarLow,
                     double muStarHigh, double sigma) {
    }

    final SweepDefinition definition;
    final List<Row> runs;
    final List<Row> points;
    final List<Index> indices;
    final List<Screening> screening;
    final JsonNode manifest;

    private SweepData(SweepDefinition definition, List<Row> runs, List<Row> points, List<Index> indices,
                      List<Screening> screening, JsonNode manifest) {
        this.definition = definition;
        this.runs = runs;
        this.points = points;
        this.indices = indices;
        this.screening = screening;
        this.manifest = manifest;
    }

    static boolean isSweep(Path dir) {
        return Files.isRegularFile(dir.resolve(SweepFolder.SWEEP_FILE)) && Files.isDirectory(dir.resolve("runs"));
    }

    static SweepData read(Path dir) throws IOException {
        SweepDefinition d = SweepFile.read(dir.resolve(SweepFolder.SWEEP_FILE));
        int k = d.factors().size();
        List<Row> runs = new ArrayList<>();
        for (CSVRecord r : RunData.records(dir.resolve("outcomes.csv"))) {
            runs.add(row(r, Integer.parseInt(r.get("replication")), 4, k, d.outcomes().size(), 1));
        }
        List<Row> points = new ArrayList<>();
        for (CSVRecord r : RunData.records(dir.resolve("summary.csv"))) {
            // summary: point, values, runs, then four columns per outcome of which the mean is the first
            points.add(row(r, -1, 1, k, d.outcomes().size(), 4));
        }
        List<Index> indices = new ArrayList<>();
        Path sensitivity = dir.resolve("sensitivity.csv");
        if (Files.isRegularFile(sensitivity)) {
            for (CSVRecord r : RunData.records(sensitivity)) {
                indices.add(new Index(r.get("outcome"), r.get("parameter"), number(r.get("first_order")),
                        number(r.get("first_order_ci90_low")), number(r.get("first_order_ci90_high")),
                        number(r.get("total")), number(r.get("total_ci90_low")), number(r.get("total_ci90_high"))));
            }
        }
        List<Screening> screening = new ArrayList<>();
        Path morris = dir.resolve("morris.csv");
        if (Files.isRegularFile(morris)) {
            for (CSVRecord r : RunData.records(morris)) {
                screening.add(new Screening(r.get("outcome"), r.get("parameter"), number(r.get("mu")),
                        number(r.get("mu_star")), number(r.get("mu_star_ci90_low")),
                        number(r.get("mu_star_ci90_high")), number(r.get("sigma"))));
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        return new SweepData(d, List.copyOf(runs), List.copyOf(points), List.copyOf(indices),
                List.copyOf(screening), manifest);
    }

    private static Row row(CSVRecord r, int replication, int firstValue, int k, int outcomes, int stride) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            values.add(r.get(firstValue + i));
        }
        int first = firstValue + k + (stride == 1 ? 0 : 1);
        double[] o = new double[outcomes];
        for (int i = 0; i < outcomes; i++) {
            o[i] = number(r.get(first + i * stride));
        }
        return new Row(Integer.parseInt(r.get("point")), replication, List.copyOf(values), o);
    }

    /** The position of a value on a factor's axis: the number itself, or the index of a word in its list. */
    static double position(Factor f, String text) {
        if (f.numeric()) {
            return Double.parseDouble(text);
        }
        List<String> words = labels(f);
        return words.indexOf(text);
    }

    /** The values of a list factor as the tables write them. */
    static List<String> labels(Factor f) {
        return f.gridValues().stream().map(ScenarioWriter::text).toList();
    }

    String text(String field) {
        JsonNode n = manifest.get(field);
        return n == null || n.isNull() ? "?" : n.asText();
    }

    /** "Apparat 0.1, sweep x (grid, 9 points × 5 replications), seed 1, scale 1:100". */
    String sourceLine() {
        return "Apparat " + text("apparat_version") + ", sweep " + definition.name() + " (" + design() + "), seed "
                + text("seed") + ", scale 1:" + apparat.output.Numbers.format(manifest.path("scale").asDouble());
    }

    String design() {
        String points = definition.design() == apparat.sweep.Design.MORRIS
                ? definition.samples() + " trajectories of " + (definition.factors().size() + 1) + " points on "
                + definition.levels() + " levels" + (definition.candidates() > 0 ? " (most spread of "
                + definition.candidates() + ")" : "")
                : text("points") + " points";
        return definition.design().word() + ", " + points + " × " + definition.replications()
                + (definition.replications() == 1 ? " replication" : " replications");
    }

    private static double number(String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }
}
