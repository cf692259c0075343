package apparat.sweep;

import apparat.output.Readable;
import apparat.run.BadRequestException;
import apparat.run.PartialName;
import apparat.run.RunFolder;
import apparat.run.StalePartials;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of a sweep, which is also its state: {@code sweep.yaml} (the sweep as run) and
 * {@code scenario.resolved.yaml} describe it; {@code runs/NNNNNN/} holds each finished run, written into a
 * hidden partial folder beside it and renamed into place only when complete, so a run is there whole or not at
 * all; the tables are built from the finished runs at the end. A sweep that was stopped or killed is
 * completed by running only the runs that are missing.
 */
public final class SweepFolder {

    /** The sweep as run. */
    public static final String SWEEP_FILE = "sweep.yaml";
    /** The sweep file as the user wrote it, comments and all. */
    public static final String ORIGINAL_FILE = "sweep.original.yaml";
    /** The base scenario as run. */
    public static final String SCENARIO_FILE = "scenario.resolved.yaml";
    /** The folder of run folders. */
    public static final String RUNS = "runs";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;

    private SweepFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Creates a new sweep folder: {@code out} if given (it must not exist), else {@code root/name-timestamp}
     * with {@code -2}, {@code -3}… added if taken.
     */
    public static SweepFolder create(Path root, String name, Path out, ZonedDateTime now) throws IOException {
        if (out != null) {
            if (Files.exists(out)) {
                throw new RunFolder.RunFolderTakenException(out + " already exists; a sweep never overwrites "
                        + "another, so name a new folder (or complete that one with --resume " + out + ")");
            }
            parent(out);
            Files.createDirectory(out);
            return prepared(out);
        }
        String base = name + "-" + STAMP.format(now);
        parent(root.resolve(base));
        for (int n = 1; n < 10_000; n++) {
            Path target = root.resolve(n == 1 ? base : base + "-" + n);
            try {
                Files.createDirectory(target);
                return prepared(target);
            } catch (FileAlreadyExistsException e) {
                // taken by another sweep started in the same second: try the next name
            }
        }
        throw new RunFolder.RunFolderTakenException("no free folder name for " + base + " in " + root);
    }

    private static void parent(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadRequestException(p + " is a file, not a folder; sweep folders need a folder to go in");
            }
        }
        Files.createDirectories(parent);
    }

    private static SweepFolder prepared(Path dir) throws IOException {
        Readable.folder(dir);
        Files.createDirectory(dir.resolve(RUNS));
        Readable.folder(dir.resolve(RUNS));
        return new SweepFolder(dir);
    }

    /** An existing sweep folder, for {@code --resume} or for building its tables. */
    public static SweepFolder open(Path dir) {
        if (!Files.isRegularFile(dir.resolve(SWEEP_FILE)) || !Files.isDirectory(dir.resolve(RUNS))) {
            throw new BadRequestException(dir + " is not a sweep folder (it has no " + SWEEP_FILE + " and "
                    + RUNS + "/)");
        }
        return new SweepFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path runs() {
        return dir.resolve(RUNS);
    }

    /** The folder of run {@code index}. */
    public Path run(int index) {
        return runs().resolve(runName(index));
    }

    static String runName(int index) {
        return String.format("%06d", index);
    }

    /** The finished runs, by index. */
    public BitSet finished() throws IOException {
        BitSet done = new BitSet();
        for (int i : finishedIndices()) {
            done.set(i);
        }
        return done;
    }

    /** The indices of the finished runs, ascending. */
    public List<Integer> finishedIndices() throws IOException {
        List<Integer> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(runs())) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{6}"))
                    .mapToInt(Integer::parseInt).sorted().forEach(out::add);
        }
        return out;
    }

    /**
     * Removes partial runs and tables that a killed process left behind; returns them for the user to be told.
     * Partials of a live process (another shard at work) are left alone.
     */
    public List<Path> removeStalePartials() throws IOException {
        List<Path> removed = new ArrayList<>(StalePartials.remove(dir));
        removed.addAll(StalePartials.remove(runs()));
        return removed;
    }

    /** Writes the files of a run. */
    @FunctionalInterface
    public interface RunWriter {
        void write(Path folder) throws IOException;
    }

    /**
     * Writes run {@code index} into a hidden partial folder and renames it into place. If the run is there
     * already (another process finished it first), the partial is dropped.
     *
     * @return whether this call put the run in place
     */
    public boolean publishRun(int index, RunWriter writer) throws IOException {
        String name = runName(index);
        Path work = Files.createTempDirectory(runs(), PartialName.prefix(name));
        try {
            Readable.folder(work);
            writer.write(work);
            try {
                Files.move(work, runs().resolve(name), StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                return false;
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(runs() + " is on a file system without atomic rename; sweeps need one", e);
            }
        } finally {
            StalePartials.delete(work);
        }
    }

    /** Writes a whole file of the sweep folder (a table, the manifest), replacing an older one in one rename. */
    public void replace(String name, String content) throws IOException {
        replace(name, out -> out.write(content));
    }

    /** Streams a whole file of the sweep folder into a partial file, then renames it over any older one. */
    public void replace(String name, TextWriter writer) throws IOException {
        Path target = dir.resolve(name);
        Path temp = Files.createTempFile(target.getParent(), PartialName.prefix(target.getFileName().toString()),
                "");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                writer.write(out);
            }
            Readable.file(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a text file. */
    @FunctionalInterface
    public interface TextWriter {
        void write(Writer out) throws IOException;
    }
}
