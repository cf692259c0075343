package apparat.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers for tests that write scenario files into a temporary folder and load them. */
final class ScenarioFiles {

    /** A run section that every small test scenario can start with (lines 1–3). */
    static final String RUN = "run:\n  start: 1920-01\n  end: 1921-12\n";

    private ScenarioFiles() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario load(Path file) {
        return new ScenarioLoader().load(file);
    }

    /** Loads a file that must be refused and returns the message. */
    static String problem(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().load(file));
        return e.getMessage();
    }

    /** Asserts that the message holds every one of the fragments, showing the message if not. */
    static void assertMentions(String message, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "expected '" + fragment + "' in:\n" + message);
        }
    }
}
