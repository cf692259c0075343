package apparat.sweep;

import apparat.run.BadRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which runs of a sharded sweep are finished and which are missing, read from the shards' sweep folders
 * ({@link SweepFolder}). A folder given may be a shard's sweep folder or a folder of them, as a job array
 * writes them. The shards must be of one sweep split one way: the same {@code sweep.yaml} and
 * {@code scenario.resolved.yaml}, byte for byte, and the same number of shards.
 */
public final class ShardCensus {

    /** A shard with runs missing: its runs not finished, and its folder (null if there is none). */
    public record Missing(int shard, List<Integer> runs, Path folder, String status) {
    }

    private final Map<Integer, Path> shards;
    private final Map<Integer, List<Integer>> finished;
    private final int count;
    private final int runs;
    private final List<Missing> missing;

    private ShardCensus(Map<Integer, Path> shards, Map<Integer, List<Integer>> finished, int count, int runs,
                        List<Missing> missing) {
        this.shards = shards;
        this.finished = finished;
        this.count = count;
        this.runs = runs;
        this.missing = missing;
    }

    /** Reads the shards in the folders given; refuses folders without shards, and shards of different sweeps. */
    public static ShardCensus of(List<Path> folders) throws IOException {
        Map<Integer, Path> shards = new TreeMap<>();
        Path first = null;
        String sweepText = null;
        String scenarioText = null;
        int count = 0;
        for (Path given : folders) {
            if (!Files.isDirectory(given)) {
                throw new BadRequestException(given + ": no such folder");
            }
            for (Path folder : isSweep(given) ? List.of(given) : children(given)) {
                int[] kn = shardOf(folder);
                String sweep = Files.readString(folder.resolve(SweepFolder.SWEEP_FILE), StandardCharsets.UTF_8);
                String scenario = Files.readString(folder.resolve(SweepFolder.SCENARIO_FILE), StandardCharsets.UTF_8);
                if (first == null) {
                    first = folder;
                    sweepText = sweep;
                    scenarioText = scenario;
                    count = kn[1];
                } else if (kn[1] != count) {
                    throw new BadRequestException(folder + " is shard " + kn[0] + " of " + kn[1] + ", but " + first
                            + " is a shard of " + count + "; merge the shards of one split only");
                } else if (!sweep.equals(sweepText) || !scenario.equals(scenarioText)) {
                    throw new BadRequestException(folder + " is a shard of another sweep than " + first + " (their "
                            + (sweep.equals(sweepText) ? SweepFolder.SCENARIO_FILE : SweepFolder.SWEEP_FILE)
                            + " differ)");
                }
                Path before = shards.put(kn[0], folder);
                if (before != null) {
                    throw new BadRequestException("shard " + kn[0] + " is given twice: " + before + " and " + folder
                            + "; keep one");
                }
            }
        }
        if (first == null) {
            throw new BadRequestException(String.join(", ", folders.stream().map(Path::toString).toList())
                    + ": no shard folders here (a shard's folder holds sweep.yaml, manifest.json and runs/)");
        }
        SweepDefinition d = SweepFile.read(first.resolve(SweepFolder.SWEEP_FILE));
        int runs = Math.toIntExact(SweepPlan.points(d) * d.replications());
        Map<Integer, List<Integer>> finished = new LinkedHashMap<>();
        for (Map.Entry<Integer, Path> e : shards.entrySet()) {
            List<Integer> done = SweepFolder.open(e.getValue()).finishedIndices();
            for (int i : done) {
                if (i >= runs || i % count != e.getKey()) {
                    throw new BadRequestException(e.getValue().resolve(SweepFolder.RUNS) + ": run " + i
                            + " is not a run of shard " + e.getKey() + " of " + count + "; the folder is damaged");
                }
            }
            finished.put(e.getKey(), done);
        }
        List<Missing> missing = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            BitSet done = new BitSet();
            finished.getOrDefault(k, List.of()).forEach(done::set);
            List<Integer> lost = new ArrayList<>();
            for (int i = k; i < runs; i += count) {
                if (!done.get(i)) {
                    lost.add(i);
                }
            }
            if (!lost.isEmpty()) {
                Path folder = shards.get(k);
                missing.add(new Missing(k, lost, folder, folder == null ? null : status(folder)));
            }
        }
        return new ShardCensus(shards, finished, count, runs, missing);
    }

    /** The shards' sweep folders, by shard. */
    public Map<Integer, Path> shards() {
        return shards;
    }

    /** The finished runs of each shard present, ascending. */
    public Map<Integer, List<Integer>> finished() {
        return finished;
    }

    /** How many shards the sweep was split into. */
    public int count() {
        return count;
    }

    /** How many runs the whole sweep has. */
    public int runs() {
        return runs;
    }

    /** Shards with runs missing, in order. */
    public List<Missing> missing() {
        return missing;
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** What is missing: one line per shard, naming every missing run by its index. */
    public String report() {
        int lost = missing.stream().mapToInt(m -> m.runs().size()).sum();
        StringBuilder s = new StringBuilder();
        s.append("the sweep is incomplete: ").append(lost).append(" of ").append(runs).append(" runs missing, in ")
                .append(missing.size()).append(" of ").append(count).append(" shards");
        for (Missing m : missing) {
            s.append("\n  shard ").append(m.shard()).append(m.runs().size() == 1 ? ": run " : ": runs ")
                    .append(listed(m.runs(), count));
            if (m.folder() == null) {
                s.append(" (no folder)");
            } else {
                s.append(" (").append(m.folder().getFileName()).append(" says '").append(m.status()).append("')");
            }
        }
        return s.toString();
    }

    /**
     * Run numbers as a list, a stretch of five or more of the shard's consecutive runs written by its first two,
     * an ellipsis and its last ({@code 2, 6, …, 398}), so that a lost shard of a large sweep takes one line.
     */
    static String listed(List<Integer> runs, int step) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < runs.size()) {
            int j = i;
            while (j + 1 < runs.size() && runs.get(j + 1) - runs.get(j) == step) {
                j++;
            }
            if (j - i >= 4) {
                parts.add(runs.get(i) + ", " + runs.get(i + 1) + ", …, " + runs.get(j));
            } else {
                for (int r = i; r <= j; r++) {
                    parts.add(runs.get(r).toString());
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static boolean isSweep(Path folder) {
        return Files.isRegularFile(folder.resolve(SweepFolder.SWEEP_FILE))
                && Files.isRegularFile(folder.resolve("manifest.json"));
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).filter(ShardCensus::isSweep)
                    .sorted().toList();
        }
    }

    private static JsonNode manifest(Path folder) {
        Path file = folder.resolve("manifest.json");
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadRequestException(file + ": not readable (" + e.getMessage().lines().findFirst().orElse("")
                    + ")");
        }
    }

    private static int[] shardOf(Path folder) {
        String text = manifest(folder).path("shard").asText("");
        if (!text.matches("\\d{1,6}/\\d{1,6}")) {
            throw new BadRequestException(folder.resolve("manifest.json") + ": no shard K/N; not a sweep's manifest");
        }
        int k = Integer.parseInt(text.substring(0, text.indexOf('/')));
        int n = Integer.parseInt(text.substring(text.indexOf('/') + 1));
        if (n < 1 || k >= n) {
            throw new BadRequestException(folder.resolve("manifest.json") + ": shard " + text + " is impossible");
        }
        return new int[] {k, n};
    }

    private static String status(Path folder) {
        return manifest(folder).path("status").asText("unknown");
    }
}
