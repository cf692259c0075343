package apparat.run;

import apparat.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A run's output folder. Everything is written into a hidden working folder beside the final one and renamed
 * into place only when complete, so that an interrupted or failed run leaves no half-written folder, and the
 * final name is chosen so that no run replaces another.
 */
public final class RunFolder implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Path target;
    /** For a name chosen here (no {@code --out}): the name without its {@code -2}, {@code -3}… suffix. */
    private final String baseName;
    private final Path work;
    private final Thread cleanup;
    private boolean published;

    private RunFolder(Path target, String baseName, Path work) {
        this.target = target;
        this.baseName = baseName;
        this.work = work;
        this.cleanup = new Thread(this::discard, "apparat-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Opens a working folder for a run named {@code name}: the final folder is {@code out} if given (it must
     * not exist), else {@code root/name-timestamp} with {@code -2}, {@code -3}… added if taken.
     */
    public static RunFolder open(Path root, String name, Path out, ZonedDateTime now) throws IOException {
        Path target;
        String baseName = null;
        if (out != null) {
            if (Files.exists(out)) {
                throw new RunFolderTakenException(out + " already exists; a run never overwrites another, "
                        + "so name a new folder");
            }
            target = out;
        } else {
            baseName = name + "-" + STAMP.format(now);
            target = root.resolve(baseName);
            for (int n = 2; Files.exists(target); n++) {
                target = root.resolve(baseName + "-" + n);
            }
        }
        Path parent = target.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadRequestException(p + " is a file, not a folder; run folders need a folder to go in");
            }
        }
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, PartialName.prefix(target.getFileName().toString()));
        apparat.output.Readable.folder(work);
        return new RunFolder(target, baseName, work);
    }

    /** The working folder to write into. */
    public Path work() {
        return work;
    }

    /** Where the folder will be once published. */
    public Path target() {
        return target;
    }

    /**
     * Renames the finished folder into place. If another run took a name chosen here meanwhile (two runs
     * started in the same second), the next free {@code -n} is used; a name given with {@code --out} is not.
     */
    public Path publish() throws IOException {
        for (int n = 2; baseName != null && n < 10_000; n++) {
            if (!Files.exists(target)) {
                try {
                    AtomicFiles.move(work, target);
                    published = true;
                    return target;
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    // taken between the check and the rename: try the next name
                }
            }
            target = target.resolveSibling(baseName + "-" + n);
        }
        if (Files.exists(target)) {
            throw new RunFolderTakenException(target + " appeared while the run was going; its output is left in "
                    + work);
        }
        AtomicFiles.move(work, target);
        published = true;
        return target;
    }

    @Override
    public void close() {
        if (!published) {
            discard();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and the hook is running
        }
    }

    private void discard() {
        if (published || !Files.exists(work)) {
            return;
        }
        try {
            StalePartials.delete(work);
        } catch (IOException e) {
            // best effort: a hidden .partial folder is all that can remain
        }
    }

    /** The chosen run folder exists already. */
    public static final class RunFolderTakenException extends IOException {
        private static final long serialVersionUID = 1L;

        public RunFolderTakenException(String message) {
            super(message);
        }
    }
}
