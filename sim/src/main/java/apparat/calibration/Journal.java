package apparat.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only record of finished evaluations ({@code journal.jsonl}): a first line naming the calibration
 * it belongs to, then one JSON line per evaluation with the candidate (a point of the unit cube, written so
 * that it reads back to the same doubles), the values, the loss and the measures. Each line is flushed to the
 * disk when written, so an interrupted calibration loses at most the evaluation under way; replayed, the
 * journal answers for every candidate it holds and the calibration continues where it stopped.
 */
public final class Journal implements AutoCloseable {

    /** The journal's file name inside its folder. */
    public static final String FILE = "journal.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<List<Double>, Evaluation> recorded;
    private final Writer out;
    private final FileChannel channel;
    private int written;

    private Journal(Path file, Map<List<Double>, Evaluation> recorded, FileChannel channel) {
        this.file = file;
        this.recorded = recorded;
        this.channel = channel;
        this.out = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8);
    }

    /** A new journal in {@code folder} for a calibration identified by {@code identity}. */
    public static Journal create(Path folder, String identity) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Journal journal = new Journal(file, new HashMap<>(), channel);
        ObjectNode header = JSON.createObjectNode();
        header.put("calibration", identity);
        journal.append(header);
        return journal;
    }

    /**
     * Reopens the journal in {@code folder} to replay it and append to it. A last line cut short by the
     * interruption is dropped.
     *
     * @throws JournalMismatchException if the journal belongs to another calibration
     */
    public static Journal resume(Path folder, String identity) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new JournalMismatchException(folder + ": holds no " + FILE + " to resume from");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n') + 1;
        List<String> lines = List.of(text.substring(0, complete).split("\n"));
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new JournalMismatchException(file + ": is empty; start the calibration afresh");
        }
        JsonNode header = parse(file, 1, lines.get(0));
        if (!identity.equals(header.path("calibration").asText())) {
            throw new JournalMismatchException(file + ": was written for another calibration ("
                    + header.path("calibration").asText() + "); resume it with the file and settings it was "
                    + "started with, or start afresh");
        }
        Map<List<Double>, Evaluation> recorded = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            JsonNode line = parse(file, i + 1, lines.get(i));
            List<Double> point = new ArrayList<>();
            line.path("point").forEach(n -> point.add(n.asDouble()));
            Map<String, Double> measures = new LinkedHashMap<>();
            line.path("measures").fields().forEachRemaining(e -> measures.put(e.getKey(),
                    e.getValue().isNull() ? Double.NaN : e.getValue().asDouble()));
            recorded.put(List.copyOf(point), new Evaluation(line.path("loss").asDouble(), measures));
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        channel.truncate(complete);
        channel.position(complete);
        return new Journal(file, recorded, channel);
    }

    private static JsonNode parse(Path file, int line, String text) throws JournalMismatchException {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new JournalMismatchException(file + ":" + line + ": is not a journal line");
        }
    }

    /** The recorded evaluation of a candidate, if the journal holds it. */
    public Optional<Evaluation> lookup(double[] point) {
        return Optional.ofNullable(recorded.get(key(point)));
    }

    /** How many evaluations the journal held when it was opened. */
    public int replayable() {
        return recorded.size();
    }

    /** How many evaluations were appended since it was opened. */
    public int written() {
        return written;
    }

    public Path file() {
        return file;
    }

    /** Appends one finished evaluation and forces it to the disk. */
    public void record(int number, String stage, double[] point, double[] values, Evaluation e) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("evaluation", number);
        line.put("stage", stage);
        ArrayNode p = line.putArray("point");
        for (double u : point) {
            p.add(u);
        }
        ArrayNode v = line.putArray("values");
        for (double x : values) {
            v.add(x);
        }
        line.put("loss", e.loss());
        ObjectNode m = line.putObject("measures");
        e.measures().forEach((k, x) -> {
            if (Double.isNaN(x)) {
                m.putNull(k);
            } else {
                m.put(k, x);
            }
        });
        append(line);
        recorded.put(key(point), e);
        written++;
    }

    private void append(ObjectNode line) throws IOException {
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        out.flush();
        channel.force(false);
    }

    private static List<Double> key(double[] point) {
        List<Double> k = new ArrayList<>(point.length);
        for (double u : point) {
            k.add(u);
        }
        return List.copyOf(k);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** The journal cannot be resumed for this calibration. */
    public static final class JournalMismatchException extends IOException {
        private static final long serialVersionUID = 1L;

        public JournalMismatchException(String message) {
            super(message);
        }
    }
}
