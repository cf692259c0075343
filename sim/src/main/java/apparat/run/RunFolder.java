package apparat.run;

import apparat.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A run's output folder. Everything is written into a hidden working folder beside the final one and renamed
 * into place only when complete, so that an interrupted or failed run leaves no half-written folder, and the
 * final name is chosen so that no run replaces another.
 */
public final class RunFolder implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path target;
    private final Path work;
    private final Thread cleanup;
    private boolean published;

    private RunFolder(Path target, Path work) {
        this.target = target;
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
        if (out != null) {
            if (Files.exists(out)) {
                throw new RunFolderTakenException(out + " already exists; a run never overwrites another, "
                        + "so name a new folder");
            }
            target = out;
        } else {
            String base = name + "-" + STAMP.format(now);
            target = root.resolve(base);
            for (int n = 2; Files.exists(target); n++) {
                target = root.resolve(base + "-" + n);
            }
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        return new RunFolder(target, work);
    }

    /** The working folder to write into. */
    public Path work() {
        return work;
    }

    /** Where the folder will be once published. */
    public Path target() {
        return target;
    }

    /** Renames the finished folder into place. */
    public Path publish() throws IOException {
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
            Files.walkFileTree(work, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
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
