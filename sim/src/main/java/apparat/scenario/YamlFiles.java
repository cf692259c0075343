package apparat.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads any of the project's YAML files (scenarios, validation targets) into a tree with line numbers, with
 * the same limits on size, depth and aliases as scenario files.
 */
public final class YamlFiles {

    private YamlFiles() {
    }

    /** The document's root node; a {@link ScenarioException} names the file and line of any problem. */
    public static YamlNode read(Path file) {
        try {
            return new YamlReader().read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": no such file");
        } catch (IOException e) {
            throw new ScenarioException(file + ": could not be read (" + e.getMessage() + ")");
        }
    }
}
