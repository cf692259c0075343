package apparat.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which shards of a sweep are present, which are missing and which runs they hold, read from the shards'
 * folders. A folder given may be a shard's folder or a folder of shard folders (as a job array writes them).
 * Shards must come from one sweep: their manifests must agree on everything but the shard and the command.
 * A hidden {@code .…partial-…} folder is a shard that started and never finished (it failed, was killed with
 * its node, or is still running).
 */
public final class ShardCensus {

    /** Manifest fields that differ between the shards of one sweep. */
    private static final Set<String> PER_SHARD = Set.of("shard", "runs_in_this_shard", "command", "scenario_file");
    /** The shard number in a working folder's name: {@code .shard-3.partial-…} or {@code .…-shard3of8-….partial-…}. */
    private static final Pattern PARTIAL = Pattern.compile("\\.(?:shard-(\\d+)|.*-shard(\\d+)of\\d+-.*)\\.partial-.*");

    /** A shard whose runs are missing, and why. */
    public record Missing(int shard, List<Integer> runs, Path partial) {
    }

    private final Map<Integer, Path> present;
    private final List<Missing> missing;
    private final int shards;
    private final int runs;
    private final JsonNode manifest;

    private ShardCensus(Map<Integer, Path> present, List<Missing> missing, int shards, int runs, JsonNode manifest) {
        this.present = present;
        this.missing = missing;
        this.shards = shards;
        this.runs = runs;
        this.manifest = manifest;
    }

    /** Reads the shards in the folders given; refuses folders that hold no shard, or shards of different sweeps. */
    public static ShardCensus of(List<Path> folders) throws IOException {
        Map<Integer, Path> present = new TreeMap<>();
        Map<Integer, Path> partial = new TreeMap<>();
        JsonNode identity = null;
        Path first = null;
        int shards = 0;
        for (Path given : folders) {
            if (!Files.isDirectory(given)) {
                throw new BadRequestException(given + ": no such folder");
            }
            List<Path> candidates = Files.exists(given.resolve("manifest.json")) ? List.of(given) : children(given);
            for (Path folder : candidates) {
                Matcher m = PARTIAL.matcher(folder.getFileName().toString());
                if (m.matches()) {
                    partial.putIfAbsent(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), folder);
                    continue;
                }
                if (!Files.exists(folder.resolve("manifest.json"))) {
                    continue;
                }
                JsonNode manifest = readManifest(folder);
                int[] shard = shardOf(folder, manifest);
                ObjectNode id = manifest.deepCopy();
                PER_SHARD.forEach(id::remove);
                if (identity == null) {
                    identity = id;
                    first = folder;
                    shards = shard[1];
                } else if (shard[1] != shards) {
                    throw new BadRequestException(folder + " is shard " + shard[0] + " of " + shard[1] + ", but "
                            + first + " is a shard of " + shards + "; merge the shards of one split only");
                } else if (!identity.equals(id)) {
                    throw new BadRequestException(folder + " is a shard of another sweep than " + first
                            + " (their manifest.json differ in " + difference(identity, id) + ")");
                }
                Path before = present.put(shard[0], folder);
                if (before != null) {
                    throw new BadRequestException("shard " + shard[0] + " is given twice: " + before + " and "
                            + folder + "; keep one");
                }
            }
        }
        if (identity == null) {
            throw new BadRequestException(String.join(", ", folders.stream().map(Path::toString).toList())
                    + ": no shard folders here (a shard folder holds manifest.json and the sweep's tables)");
        }
        int runs = identity.path("runs_in_sweep").asInt(-1);
        if (runs < 0) {
            throw new BadRequestException(first.resolve("manifest.json") + ": runs_in_sweep is missing");
        }
        List<Missing> missing = new ArrayList<>();
        for (int k = 0; k < shards; k++) {
            if (!present.containsKey(k)) {
                missing.add(new Missing(k, runsOf(k, shards, runs), partial.get(k)));
            }
        }
        return new ShardCensus(present, missing, shards, runs, identity);
    }

    /** The runs shard {@code k} of {@code n} holds, in order: those whose index is {@code k} modulo {@code n}. */
    public static List<Integer> runsOf(int k, int n, int runs) {
        List<Integer> mine = new ArrayList<>();
        for (int i = k; i < runs; i += n) {
            mine.add(i);
        }
        return mine;
    }

    /** Shards present, by number. */
    public Map<Integer, Path> present() {
        return present;
    }

    /** Shards missing, in order. */
    public List<Missing> missing() {
        return missing;
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** How many shards the sweep was split into. */
    public int shards() {
        return shards;
    }

    /** How many runs the whole sweep has. */
    public int runs() {
        return runs;
    }

    /** The manifest the shards share, without their per-shard fields. */
    public JsonNode manifest() {
        return manifest;
    }

    /** What is missing, one line per shard, naming every run by index. */
    public String report() {
        int lost = missing.stream().mapToInt(m -> m.runs().size()).sum();
        StringBuilder s = new StringBuilder();
        s.append("the sweep is incomplete: ").append(missing.size()).append(" of ").append(shards)
                .append(" shards missing, ").append(lost).append(" of ").append(runs).append(" runs");
        for (Missing m : missing) {
            s.append("\n  shard ").append(m.shard()).append(m.runs().size() == 1 ? ": run " : ": runs ")
                    .append(String.join(", ", m.runs().stream().map(String::valueOf).toList()))
                    .append(m.partial() == null ? " (no folder)"
                            : " (started, never finished: " + m.partial().getFileName() + ")");
        }
        return s.toString();
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static JsonNode readManifest(Path folder) {
        Path file = folder.resolve("manifest.json");
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadRequestException(file + ": not a readable manifest (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
    }

    private static int[] shardOf(Path folder, JsonNode manifest) {
        String text = manifest.path("shard").asText("");
        if (!text.matches("\\d+/\\d+")) {
            throw new BadRequestException(folder.resolve("manifest.json") + ": not a sweep's manifest (no shard "
                    + "K/N)");
        }
        int k = Integer.parseInt(text.substring(0, text.indexOf('/')));
        int n = Integer.parseInt(text.substring(text.indexOf('/') + 1));
        if (n < 1 || k >= n) {
            throw new BadRequestException(folder.resolve("manifest.json") + ": shard " + text + " is impossible");
        }
        return new int[] {k, n};
    }

    private static String difference(JsonNode a, JsonNode b) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!a.get(f).equals(b.get(f))) {
                fields.add(f);
            }
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!a.has(f)) {
                fields.add(f);
            }
        }
        return String.join(", ", fields);
    }
}
