package apparat.cli;

import static apparat.cli.CommandLineRun.TINY;
import static apparat.cli.CommandLineRun.entries;
import static apparat.cli.CommandLineRun.execute;
import static apparat.cli.CommandLineRun.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run folder's {@code scenario.resolved.yaml} runs again, with no settings on the command line, to the same
 * tables byte for byte: with and without {@code --until}, {@code --seed} and {@code --scale}.
 */
class RunReplayTest {

    /** Tables that depend only on the scenario as run and the seed. */
    private static final List<String> REPRODUCED = List.of("monthly.csv", "congresses.csv", "summary.json",
            "events.csv", "scenario.resolved.yaml");

    @TempDir
    Path dir;

    private static Path quickstart() {
        // the tests run in sim/, as the other tests that read the scenario library assume
        return Path.of("..", "scenarios", "quickstart.yaml").toAbsolutePath().normalize();
    }

    private Path run(Path scenario, String out, String... settings) {
        List<String> args = new ArrayList<>(List.of("run", scenario.toString()));
        args.addAll(List.of(settings));
        args.addAll(List.of("--out", dir.resolve(out).toString(), "--no-charts", "--quiet", "--results",
                dir.resolve("results").toString()));
        CommandLineRun r = execute(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return dir.resolve(out);
    }

    /** Runs the scenario with the settings, then its resolved file bare, and compares the two folders. */
    private Path assertReplays(Path scenario, String... settings) throws IOException {
        Path first = run(scenario, "first", settings);
        Path again = run(first.resolve("scenario.resolved.yaml"), "again");
        for (String table : REPRODUCED) {
            byte[] expected = Files.readAllBytes(first.resolve(table));
            assertFalse(expected.length == 0, table + " is empty");
            assertArrayEquals(expected, Files.readAllBytes(again.resolve(table)), table);
        }
        return first;
    }

    @Test
    void runCutShortByUntilReplaysFromItsResolvedScenario() throws IOException {
        Path scenario = write(dir, "tiny.yaml", TINY);
        Path first = assertReplays(scenario, "--until", "1920-12", "--seed", "17", "--scale", "80");
        String resolved = Files.readString(first.resolve("scenario.resolved.yaml"));
        assertTrue(resolved.contains("end: 1920-12"), resolved);
        assertTrue(resolved.contains("seed: 17"), resolved);
        assertFalse(resolved.contains("congress-10"), "the congress of 1921-03 falls after the run: " + resolved);
        assertTrue(resolved.contains("confirmation:"), "the rule of 1920-09 falls in the run: " + resolved);
        String events = Files.readString(first.resolve("events.csv"));
        assertFalse(events.contains("congress-10"), events);
        assertEquals(13, Files.readAllLines(first.resolve("monthly.csv")).size(), "header and 12 months");
    }

    @Test
    void fullRunReplaysFromItsResolvedScenario() throws IOException {
        Path first = assertReplays(write(dir, "tiny.yaml", TINY));
        assertTrue(Files.readString(first.resolve("events.csv")).contains("congress-10"));
    }

    @Test
    void libraryScenarioThatExtendsAnotherReplaysWhenCutShort() throws IOException {
        Path first = assertReplays(quickstart(), "--until", "1922-06", "--seed", "5", "--scale", "200");
        assertTrue(Files.readString(first.resolve("congresses.csv")).lines().count() > 1,
                "the congresses before 1922-06 met in the run");
        assertEquals(List.of(), entries(dir.resolve("results")), "both runs went to the folders named");
    }
}
