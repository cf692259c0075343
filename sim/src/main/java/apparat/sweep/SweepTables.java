package apparat.sweep;

import apparat.output.CongressCsv;
import apparat.output.MonthlyCsv;
import apparat.output.Numbers;
import apparat.output.Readable;
import apparat.run.PartialName;
import apparat.validation.RunTables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Builds every table of a sweep from its folder of finished runs ({@link SweepFolder}) and its
 * {@code sweep.yaml}, and from nothing else, so that the tables are the same bytes however the runs came to be
 * there: in one go, resumed after a kill, on any number of threads, or gathered from the shards of a job array.
 * Runs are read one at a time in index order and their rows streamed to disk; each table is written under a
 * partial name and renamed into place.
 */
public final class SweepTables {

    /** Level of the confidence intervals in summary.csv, sensitivity.csv and morris.csv. */
    public static final double CONFIDENCE = 0.9;
    /** Bootstrap resamples for the intervals of the Sobol' indices and of μ*. */
    public static final int RESAMPLES = 1000;
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final List<String> IDS = List.of("run", "point", "replication", "seed");

    /**
     * What was written.
     *
     * @param runs runs in the tables
     * @param plannedRuns runs of the whole sweep
     * @param files the tables written, by name
     * @param note why sensitivity.csv or morris.csv was not written although the design asks for it, or null
     */
    public record Written(int runs, int plannedRuns, List<String> files, String note) {
    }

    private SweepTables() {
    }

    /**
     * Writes runs.csv, monthly.csv, congresses.csv, outcomes.csv, summary.csv and, for a design that screens the
     * parameters, sensitivity.csv (Sobol') or morris.csv.
     */
    public static Written write(Path dir) throws IOException {
        SweepFolder folder = SweepFolder.open(dir);
        SweepDefinition d = SweepFile.read(dir.resolve(SweepFolder.SWEEP_FILE));
        List<String> keys = d.keys();
        List<Outcome> outcomes = d.outcomes();
        List<Integer> finished = folder.finishedIndices();
        int plannedRuns = (int) (SweepPlan.points(d) * d.replications());
        List<String> files = new ArrayList<>(List.of("runs.csv", "monthly.csv", "congresses.csv", "outcomes.csv",
                "summary.csv"));
        Map<String, Path> temp = new LinkedHashMap<>();
        for (String f : files) {
            temp.put(f, Files.createTempFile(dir, PartialName.prefix(f), ""));
        }
        String indexTable = IndexTables.file(d);
        int points = (int) SweepPlan.points(d);
        double[][] pointMeans = indexTable != null ? new double[outcomes.size()][points] : null;
        ObjectMapper json = new ObjectMapper();
        try (CSVPrinter runs = printer(temp.get("runs.csv"));
             BufferedWriter monthly = Files.newBufferedWriter(temp.get("monthly.csv"), StandardCharsets.UTF_8);
             BufferedWriter congresses = Files.newBufferedWriter(temp.get("congresses.csv"), StandardCharsets.UTF_8);
             CSVPrinter outcomeTable = printer(temp.get("outcomes.csv"));
             CSVPrinter summary = printer(temp.get("summary.csv"))) {
            runs.printRecord(concat(IDS, keys));
            monthly.write(headerLine(concat(IDS, keys), MonthlyCsv.header()));
            congresses.write(headerLine(concat(IDS, keys), CongressCsv.HEADER));
            outcomeTable.printRecord(concat(concat(IDS, keys), outcomes.stream().map(Outcome::name).toList()));
            List<String> summaryHeader = new ArrayList<>(List.of("point"));
            summaryHeader.addAll(keys);
            summaryHeader.add("runs");
            for (Outcome o : outcomes) {
                for (String s : new String[] {"mean", "sd", "ci90_low", "ci90_high"}) {
                    summaryHeader.add(o.name() + "_" + s);
                }
            }
            summary.printRecord(summaryHeader);
            PointSummary current = null;
            for (int index : finished) {
                Path run = folder.run(index);
                JsonNode manifest = json.readTree(run.resolve("manifest.json").toFile());
                List<String> id = new ArrayList<>(List.of(Integer.toString(index),
                        manifest.get("point").asText(), manifest.get("replication").asText(),
                        manifest.get("seed").asText()));
                for (String k : keys) {
                    id.add(manifest.get("values").get(k).asText());
                }
                runs.printRecord(id);
                String prefix = prefix(id);
                String monthlyText = Files.readString(run.resolve("monthly.csv"), StandardCharsets.UTF_8);
                String congressText = Files.readString(run.resolve("congresses.csv"), StandardCharsets.UTF_8);
                appendRows(monthly, prefix, monthlyText);
                appendRows(congresses, prefix, congressText);
                RunTables tables = RunTables.of(monthlyText, congressText);
                List<String> row = new ArrayList<>(id);
                double[] values = new double[outcomes.size()];
                for (int o = 0; o < outcomes.size(); o++) {
                    values[o] = outcomes.get(o).measure().of(tables);
                    row.add(Numbers.format(values[o]));
                }
                outcomeTable.printRecord(row);
                int point = manifest.get("point").asInt();
                if (current == null || current.point != point) {
                    if (current != null) {
                        current.print(summary, pointMeans);
                    }
                    current = new PointSummary(point, id.subList(IDS.size(), id.size()), outcomes.size());
                }
                current.add(values);
            }
            if (current != null) {
                current.print(summary, pointMeans);
            }
        } catch (IOException | RuntimeException e) {
            for (Path t : temp.values()) {
                Files.deleteIfExists(t);
            }
            throw e;
        }
        for (Map.Entry<String, Path> t : temp.entrySet()) {
            Readable.file(t.getValue());
            Files.move(t.getValue(), dir.resolve(t.getKey()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        String note = null;
        if (indexTable != null) {
            if (finished.size() == plannedRuns) {
                folder.replace(indexTable, IndexTables.text(d, pointMeans, seed(dir)));
                files.add(indexTable);
            } else {
                note = indexTable + " needs every run of the sweep; " + finished.size() + " of " + plannedRuns
                        + " are here";
            }
        }
        return new Written(finished.size(), plannedRuns, List.copyOf(files), note);
    }

    private static long seed(Path dir) throws IOException {
        Long seed = SweepFile.read(dir.resolve(SweepFolder.SWEEP_FILE)).seed();
        if (seed == null) {
            throw new IOException(dir.resolve(SweepFolder.SWEEP_FILE) + " has no seed");
        }
        return seed;
    }

    /** The replications of one design point, summarised when the next point begins. */
    private static final class PointSummary {
        private final int point;
        private final List<String> values;
        private final DescriptiveStatistics[] stats;
        private int runs;

        PointSummary(int point, List<String> values, int outcomes) {
            this.point = point;
            this.values = List.copyOf(values);
            this.stats = new DescriptiveStatistics[outcomes];
            for (int o = 0; o < outcomes; o++) {
                stats[o] = new DescriptiveStatistics();
            }
        }

        void add(double[] outcome) {
            runs++;
            for (int o = 0; o < outcome.length; o++) {
                // a run without the value (a congress that did not meet) is left out of the mean
                if (!Double.isNaN(outcome[o])) {
                    stats[o].addValue(outcome[o]);
                }
            }
        }

        void print(CSVPrinter summary, double[][] pointMeans) throws IOException {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(point));
            row.addAll(values);
            row.add(Integer.toString(runs));
            for (int o = 0; o < stats.length; o++) {
                DescriptiveStatistics s = stats[o];
                long n = s.getN();
                double mean = n == 0 ? Double.NaN : s.getMean();
                double sd = n < 2 ? Double.NaN : s.getStandardDeviation();
                double half = n < 2 ? Double.NaN
                        : new TDistribution(n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2) * sd
                        / Math.sqrt(n);
                row.add(Numbers.format(mean));
                row.add(Numbers.format(sd));
                row.add(Numbers.format(mean - half));
                row.add(Numbers.format(mean + half));
                if (pointMeans != null) {
                    pointMeans[o][point] = mean;
                }
            }
            summary.printRecord(row);
        }
    }

    private static CSVPrinter printer(Path file) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSV);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String headerLine(List<String> ids, List<String> columns) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSV)) {
            p.printRecord(concat(ids, columns));
        }
        return out.toString();
    }

    private static String prefix(List<String> cells) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
            p.printRecord(cells);
        }
        return out + ",";
    }

    /** A run's table without its header, each row prefixed with the run's identifying columns. */
    private static void appendRows(BufferedWriter out, String prefix, String csv) throws IOException {
        int start = csv.indexOf('\n') + 1;
        while (start > 0 && start < csv.length()) {
            int end = csv.indexOf('\n', start);
            if (end < 0) {
                end = csv.length();
            }
            if (end > start) {
                out.write(prefix);
                out.write(csv, start, end - start);
                out.write('\n');
            }
            start = end + 1;
        }
    }
}
