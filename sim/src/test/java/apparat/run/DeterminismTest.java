package apparat.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same scenario and seed give byte-identical tables; another seed gives another history. */
class DeterminismTest {

    private static final List<String> IDENTICAL = List.of("monthly.csv", "congresses.csv", "summary.json",
            "parameters.csv", "events.csv", "scenario.resolved.yaml");

    private static final String SCENARIO = "name: det\n"
            + "run:\n  start: 1920-01\n  end: 1921-12\n  seed: 11\n  scale: 50\n"
            + "members:\n  initial: 40000\n"
            + "timeline:\n"
            + "  purge:\n    date: 1920-08\n    type: purge\n    quota: 0.1\n    weights: {passivity: 1}\n"
            + "  congress-10:\n    date: 1921-03\n    type: congress\n    number: 10\n    delegates: 100\n";

    @TempDir
    Path dir;

    private Path scenario;

    @BeforeEach
    void write() throws IOException {
        scenario = Files.writeString(dir.resolve("det.yaml"), SCENARIO, StandardCharsets.UTF_8);
    }

    private Path run(String out, Long seed) throws IOException {
        RunRequest request = new RunRequest(scenario, seed, null, null, dir.resolve(out), dir.resolve("results"),
                "test");
        return SimulationRun.execute(request, Progress.NONE, null).folder();
    }

    @Test
    void sameSeedGivesByteIdenticalTables() throws IOException {
        Path a = run("a", null);
        Path b = run("b", null);
        for (String table : IDENTICAL) {
            byte[] first = Files.readAllBytes(a.resolve(table));
            assertFalse(first.length == 0, table + " is empty");
            assertArrayEquals(first, Files.readAllBytes(b.resolve(table)), table);
        }
    }

    @Test
    void otherSeedGivesAnotherMonthlyTable() throws IOException {
        Path a = run("a", null);
        Path b = run("b", 12L);
        byte[] first = Files.readAllBytes(a.resolve("monthly.csv"));
        byte[] second = Files.readAllBytes(b.resolve("monthly.csv"));
        assertFalse(Arrays.equals(first, second), "seeds 11 and 12 gave the same monthly.csv");
        assertNotEquals(Files.readString(a.resolve("scenario.resolved.yaml")),
                Files.readString(b.resolve("scenario.resolved.yaml")), "the resolved scenario records the seed");
    }
}
