package apparat.run;

import apparat.output.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Joins the shards of a sweep into the tables the whole sweep run on one machine writes, byte for byte: every
 * table whose first column is {@code run} is interleaved by run index (run {@code i} comes from shard
 * {@code i mod n}), each run's rows kept as written. Shards are read as streams, one row ahead, so a sweep of
 * any size merges in little memory. A sweep with a shard missing is refused, naming the missing runs.
 */
public final class ShardMerge {

    /** Tables of one row per run and something else, merged by run. */
    private static final String RUN_COLUMN = "run";

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
     * Merges the shards in {@code folders} into a new folder ({@code out}, or {@code sweep-<name>-merged-<time>}
     * under {@code resultsRoot}).
     *
     * @return the published folder
     * @throws IncompleteSweepException if a shard is missing; nothing is written then
     */
    public static Path merge(List<Path> folders, Path resultsRoot, Path out) throws IOException {
        ShardCensus census = ShardCensus.of(folders);
        if (!census.complete()) {
            throw new IncompleteSweepException(census);
        }
        Map<Integer, Path> shards = census.present();
        List<String> tables = tables(shards.get(0));
        for (Path shard : shards.values()) {
            checkRuns(shard, census);
            if (!tables.equals(tables(shard))) {
                throw new BadRequestException(shard + " holds the tables " + tables(shard) + ", but "
                        + shards.get(0) + " holds " + tables);
            }
        }
        String name = "sweep-" + census.manifest().path("scenario").asText("sweep") + "-merged";
        try (RunFolder folder = RunFolder.open(resultsRoot, name, out, ZonedDateTime.now(ZoneOffset.UTC))) {
            for (String table : tables) {
                List<Path> files = new ArrayList<>();
                for (int k = 0; k < census.shards(); k++) {
                    files.add(shards.get(k).resolve(table));
                }
                interleave(files, census.runs(), folder.work().resolve(table));
            }
            AtomicFiles.write(folder.work().resolve("manifest.json"), manifest(census));
            return folder.publish();
        }
    }

    /** The run tables of a shard folder: its CSV files whose first column is {@code run}, by name. */
    private static List<String> tables(Path shard) throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> list = Files.list(shard)) {
            for (Path f : list.sorted().toList()) {
                if (f.getFileName().toString().endsWith(".csv")) {
                    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        String header = r.readLine();
                        if (header != null && RUN_COLUMN.equals(firstField(header))) {
                            tables.add(f.getFileName().toString());
                        }
                    }
                }
            }
        }
        return tables;
    }

    /** A shard's runs.csv must hold exactly the runs the shard was given, or the shard is damaged. */
    private static void checkRuns(Path shard, ShardCensus census) throws IOException {
        Path runs = shard.resolve("runs.csv");
        if (!Files.exists(runs)) {
            throw new BadRequestException(shard + ": runs.csv is missing; the shard folder is damaged");
        }
        List<Integer> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(runs, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            found.add(runIndex(lines.get(i), runs, i + 1));
        }
        int k = census.present().entrySet().stream().filter(e -> e.getValue().equals(shard)).findFirst()
                .orElseThrow().getKey();
        List<Integer> expected = ShardCensus.runsOf(k, census.shards(), census.runs());
        if (!expected.equals(found)) {
            throw new BadRequestException(runs + ": shard " + k + " of " + census.shards() + " should hold runs "
                    + expected + " but holds " + found + "; the shard folder is damaged, run the shard again");
        }
    }

    /** Writes the header, then for each run in order the rows its shard wrote for it. */
    private static void interleave(List<Path> files, int runs, Path target) throws IOException {
        List<RowReader> readers = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            String header = null;
            for (Path f : files) {
                RowReader r = new RowReader(f, Files.newBufferedReader(f, StandardCharsets.UTF_8));
                readers.add(r);
                String h = r.next();
                if (header == null) {
                    header = h;
                } else if (!header.equals(h)) {
                    throw new BadRequestException(f + ": its header differs from " + files.get(0) + "'s");
                }
            }
            out.write(header == null ? "" : header);
            for (int i = 0; i < runs; i++) {
                RowReader r = readers.get(i % readers.size());
                while (r.peek() != null && runIndex(r.peek(), r.file, r.line + 1) == i) {
                    out.write(r.next());
                }
            }
            for (RowReader r : readers) {
                if (r.peek() != null) {
                    throw new BadRequestException(r.file + " line " + (r.line + 1) + ": a row of run "
                            + runIndex(r.peek(), r.file, r.line + 1) + " out of run order; the shard is damaged");
                }
            }
        } finally {
            for (RowReader r : readers) {
                r.in.close();
            }
        }
    }

    private static int runIndex(String row, Path file, int line) {
        String first = firstField(row);
        if (!first.matches("\\d{1,9}")) {
            throw new BadRequestException(file + " line " + line + ": '" + first + "' is not a run number");
        }
        return Integer.parseInt(first);
    }

    private static String firstField(String row) {
        int comma = row.indexOf(',');
        return (comma < 0 ? row : row.substring(0, comma)).strip();
    }

    private static String manifest(ShardCensus census) throws IOException {
        ObjectNode m = census.manifest().deepCopy();
        m.put("shards_merged", census.shards());
        var from = m.putArray("merged_from");
        census.present().values().forEach(p -> from.add(p.toAbsolutePath().normalize().toString()));
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }

    /**
     * Rows of a table with one row of look-ahead. A row is kept with its line ending exactly as written, so
     * the merged table has the shards' bytes.
     */
    private static final class RowReader {
        private final Path file;
        private final Reader in;
        private String ahead;
        private boolean read;
        private int line;

        RowReader(Path file, Reader in) {
            this.file = file;
            this.in = in;
        }

        String peek() throws IOException {
            if (!read) {
                ahead = readRow();
                read = true;
            }
            return ahead;
        }

        String next() throws IOException {
            String row = peek();
            read = false;
            line++;
            return row;
        }

        private String readRow() throws IOException {
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                s.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            return s.length() == 0 ? null : s.toString();
        }
    }
}
