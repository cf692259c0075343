package apparat.sweep;

import apparat.output.AtomicFiles;
import apparat.run.RunFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Joins the shards of a sweep into one sweep folder holding every run, then builds its tables with
 * {@link SweepTables} — the same code, on the same run folders, as a sweep run on one machine, so the tables
 * are the same bytes. Run folders are hard-linked where the file system allows (no copy of the data), else
 * copied. A sweep with runs missing is refused, naming them; the merged folder appears whole or not at all.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /** The sweep is not complete; the message names the missing runs. */
    public static final class IncompleteSweepException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ShardCensus census;

        IncompleteSweepException(ShardCensus census) {
            super(census.report());
            this.census = census;
        }

        public ShardCensus census() {
            return census;
        }
    }

    /**
     * Merges the shards in {@code folders} into a new sweep folder ({@code out}, or
     * {@code sweep-<name>-merged-<time>} under {@code resultsRoot}).
     *
     * @return the published folder
     * @throws IncompleteSweepException if a run is missing; nothing is written then
     */
    public static Path merge(List<Path> folders, Path resultsRoot, Path out) throws IOException {
        ShardCensus census = ShardCensus.of(folders);
        if (!census.complete()) {
            throw new IncompleteSweepException(census);
        }
        Path first = census.shards().values().iterator().next();
        String name = SweepFile.read(first.resolve(SweepFolder.SWEEP_FILE)).name();
        try (RunFolder folder = RunFolder.open(resultsRoot, "sweep-" + name + "-merged", out,
                ZonedDateTime.now(ZoneOffset.UTC))) {
            Path work = folder.work();
            for (String f : List.of(SweepFolder.SWEEP_FILE, SweepFolder.SCENARIO_FILE, SweepFolder.ORIGINAL_FILE)) {
                if (Files.exists(first.resolve(f))) {
                    Files.copy(first.resolve(f), work.resolve(f));
                }
            }
            Path runs = Files.createDirectory(work.resolve(SweepFolder.RUNS));
            for (Map.Entry<Integer, List<Integer>> e : census.finished().entrySet()) {
                SweepFolder shard = SweepFolder.open(census.shards().get(e.getKey()));
                for (int i : e.getValue()) {
                    link(shard.run(i), runs.resolve(shard.run(i).getFileName()));
                }
            }
            SweepTables.write(work);
            AtomicFiles.write(work.resolve("manifest.json"), manifest(census));
            return folder.publish();
        }
    }

    /** Hard-links the files of a run folder into a new one, or copies them where links are not possible. */
    private static void link(Path from, Path to) throws IOException {
        Files.createDirectory(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(f.getFileName());
                try {
                    Files.createLink(target, f);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** The first shard's manifest, for the whole sweep: every shard's sessions and where the runs came from. */
    private static String manifest(ShardCensus census) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode m = null;
        ArrayNode sessions = json.createArrayNode();
        ArrayNode from = json.createArrayNode();
        for (Path shard : census.shards().values()) {
            JsonNode one = json.readTree(shard.resolve("manifest.json").toFile());
            if (m == null) {
                m = one.deepCopy();
            }
            one.path("sessions").forEach(sessions::add);
            from.add(shard.toAbsolutePath().normalize().toString());
        }
        m.put("shard", "0/1");
        m.put("runs_in_this_shard", census.runs());
        m.put("runs_finished", census.runs());
        m.put("status", "complete");
        m.set("sessions", sessions);
        m.put("shards_merged", census.count());
        m.set("merged_from", from);
        return json.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }
}
