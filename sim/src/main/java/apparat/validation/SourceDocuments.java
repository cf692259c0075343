package apparat.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source documents, found as {@code shared/seeds/} beside the checkout (the repository's parent folder
 * holds {@code shared/}), read line by line for citation checks.
 */
public final class SourceDocuments {

    private final Path folder;
    private final Map<String, List<String>> cache = new HashMap<>();

    public SourceDocuments(Path folder) {
        this.folder = folder;
    }

    /** Looks for {@code shared/seeds} in this folder and its parents. */
    public static Optional<SourceDocuments> find(Path from) {
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return Optional.of(new SourceDocuments(seeds));
            }
        }
        return Optional.empty();
    }

    public Path folder() {
        return folder;
    }

    /** Line {@code line} (1-based) of a document, or empty if there is no such file or line. */
    public Optional<String> line(String file, int line) throws IOException {
        if (!file.matches("[\\w.-]+\\.txt")) {
            return Optional.empty();
        }
        List<String> lines = cache.get(file);
        if (lines == null) {
            Path p = folder.resolve(file);
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            cache.put(file, lines);
        }
        return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
    }
}
