package apparat.run;

import apparat.model.CongressRecord;
import apparat.model.MonthObserver;
import apparat.model.MonthlyRecord;
import apparat.output.AtomicFiles;
import apparat.output.BuildInfo;
import apparat.output.CongressCsv;
import apparat.output.MonthlyCsv;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioOverrides;
import apparat.scenario.ScenarioWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A parameter sweep: every combination of the varied parameters' values (the grid, the first parameter
 * varying slowest), each run with every replication, written as tidy tables — one row per run and month,
 * with the run's parameter values as columns — for R or Python. Replication {@code r} uses the same seed at
 * every grid point (common random numbers), derived from the scenario's seed and {@code r} alone; the tables
 * are written in run order, so the output is the same whatever the number of threads. A shard {@code k/n}
 * runs only the runs whose index is {@code k} modulo {@code n}, so that a job array on a cluster can split
 * the sweep and the shards' tables are simply concatenated.
 */
public final class Sweep {

    /** One varied parameter and its values. */
    public record Axis(String key, List<Object> values) {
    }

    /** One run of the sweep. */
    record Planned(int index, int point, int replication, long seed, Map<String, Object> settings) {
    }

    private Sweep() {
    }

    /** The runs of a grid, in order. */
    static List<Planned> plan(Scenario s, List<Axis> axes, int replications) {
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Axis axis : axes) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> p : points) {
                for (Object v : axis.values()) {
                    Map<String, Object> q = new LinkedHashMap<>(p);
                    q.put(axis.key(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        List<Planned> runs = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < replications; r++) {
                runs.add(new Planned(runs.size(), p, r, Seeds.replication(s.seed(), r), points.get(p)));
            }
        }
        return runs;
    }

    /** The tables of one run, as CSV rows without header. */
    private record Rows(String monthly, String congresses) {
    }

    /**
     * Runs the sweep (or one shard of it) and publishes its folder.
     *
     * @return the published folder
     */
    public static Path run(Scenario s, List<Axis> axes, int replications, int threads, int shard, int shards,
                           Path resultsRoot, Path out, String command, Progress progress)
            throws IOException, InterruptedException {
        List<Planned> all = plan(s, axes, replications);
        List<Planned> mine = all.stream().filter(r -> r.index() % shards == shard).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        String name = "sweep-" + s.name() + (shards > 1 ? "-shard" + shard + "of" + shards : "");
        try (RunFolder folder = RunFolder.open(resultsRoot, name, out, ZonedDateTime.now(ZoneOffset.UTC))) {
            List<Future<Rows>> futures = new ArrayList<>();
            for (Planned r : mine) {
                Scenario one = ScenarioOverrides.hold(s.withRun(r.seed(), s.scale(), s.end()), r.settings(),
                        "sweep");
                futures.add(pool.submit(() -> simulate(one)));
            }
            List<String> keys = axes.stream().map(Axis::key).toList();
            Path work = folder.work();
            progress.start(name, mine.size());
            try (BufferedWriter monthly = Files.newBufferedWriter(work.resolve("monthly.csv"),
                    StandardCharsets.UTF_8);
                 BufferedWriter congresses = Files.newBufferedWriter(work.resolve("congresses.csv"),
                         StandardCharsets.UTF_8);
                 CSVPrinter runs = new CSVPrinter(Files.newBufferedWriter(work.resolve("runs.csv"),
                         StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                monthly.write(header(keys, MonthlyCsv.header()));
                congresses.write(header(keys, CongressCsv.HEADER));
                List<String> runHeader = new ArrayList<>(List.of("run", "point", "replication", "seed"));
                runHeader.addAll(keys);
                runs.printRecord(runHeader);
                for (int i = 0; i < mine.size(); i++) {
                    Planned r = mine.get(i);
                    Rows rows = futures.get(i).get();
                    String prefix = prefix(r, keys);
                    for (String line : rows.monthly().split("\n")) {
                        monthly.write(prefix + line + "\n");
                    }
                    for (String line : rows.congresses().split("\n")) {
                        if (!line.isEmpty()) {
                            congresses.write(prefix + line + "\n");
                        }
                    }
                    List<Object> runRow = new ArrayList<>(List.of(r.index(), r.point(), r.replication(), r.seed()));
                    keys.forEach(k -> runRow.add(ScenarioWriter.text(r.settings().get(k))));
                    runs.printRecord(runRow);
                    progress.advance(Integer.toString(r.index()));
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("a run of the sweep failed", e.getCause());
            } finally {
                progress.close();
            }
            AtomicFiles.write(work.resolve("manifest.json"), manifest(s, axes, replications, shard, shards,
                    all.size(), mine.size(), command));
            return folder.publish();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Rows simulate(Scenario one) {
        StringWriter monthly = new StringWriter();
        List<CongressRecord> congresses = new ArrayList<>();
        try (MonthlyCsv csv = new MonthlyCsv(monthly)) {
            Simulation.run(one, List.of(csv, new MonthObserver() {
                @Override
                public void month(MonthlyRecord record) {
                }

                @Override
                public void finish(List<CongressRecord> list) {
                    congresses.addAll(list);
                }
            }));
            String table = monthly.toString();
            String congressTable = CongressCsv.format(congresses);
            return new Rows(withoutHeader(table), withoutHeader(congressTable));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutHeader(String csv) {
        int nl = csv.indexOf('\n');
        return nl < 0 ? "" : csv.substring(nl + 1);
    }

    private static String header(List<String> keys, List<String> columns) {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        h.addAll(keys);
        h.addAll(columns);
        return String.join(",", h) + "\n";
    }

    private static String prefix(Planned r, List<String> keys) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
            List<Object> cells = new ArrayList<>(List.of(r.index(), r.point(), r.replication(), r.seed()));
            keys.forEach(k -> cells.add(ScenarioWriter.text(r.settings().get(k))));
            p.printRecord(cells);
        }
        return out + ",";
    }

    private static String manifest(Scenario s, List<Axis> axes, int replications, int shard, int shards, int total,
                                   int here, String command) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apparat_version", BuildInfo.version());
        m.put("scenario", s.name());
        m.put("scenario_file", s.file());
        m.put("seed", s.seed());
        m.put("scale", s.scale());
        Map<String, Object> grid = new LinkedHashMap<>();
        axes.forEach(a -> grid.put(a.key(), a.values().stream().map(ScenarioWriter::text).toList()));
        m.put("vary", grid);
        m.put("replications", replications);
        m.put("runs_in_sweep", total);
        m.put("shard", shard + "/" + shards);
        m.put("runs_in_this_shard", here);
        m.put("command", command);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }
}
