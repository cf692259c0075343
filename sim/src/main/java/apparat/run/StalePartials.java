package apparat.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the hidden partial files and folders ({@link PartialName}) that a killed process left in a folder.
 * Partials of a live process, or of another machine sharing the folder, are left alone.
 */
public final class StalePartials {

    private StalePartials() {
    }

    /** Removes the stale partials directly inside {@code folder}; returns what it removed, in name order. */
    public static List<Path> remove(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> stale;
        try (Stream<Path> entries = Files.list(folder)) {
            stale = entries.filter(p -> PartialName.writer(p.getFileName().toString())
                    .map(PartialName.Writer::gone).orElse(false)).sorted().toList();
        }
        List<Path> removed = new ArrayList<>();
        for (Path p : stale) {
            delete(p);
            removed.add(p);
        }
        return removed;
    }

    /** Deletes a file or a folder with everything in it. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
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
    }
}
