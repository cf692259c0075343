package apparat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparat sources}: the table of values and sources, with uncited values flagged. */
class SourcesCommandTest {

    @Test
    void uncitedValuesAreFlaggedAndStrictFails(@TempDir Path dir) {
        Path file = CommandLineRun.write(dir, "s.yaml", """
                name: s
                run: {start: 1920-01, end: 1920-12}
                members:
                  initial: {value: 23600, source: "002_e96e72266ef5953a.txt:36"}
                  workerShare: {value: 0.5, assumption: "a guess"}
                  literateShare: 0.7
                """);
        CommandLineRun lax = CommandLineRun.execute("sources", file.toString());
        assertEquals(0, lax.exitCode(), lax.toString());
        assertTrue(lax.out().contains("| `members.initial` | 23600 | persons | `002_e96e72266ef5953a.txt:36` |"),
                lax.out());
        assertTrue(lax.out().contains("assumption: a guess"));
        assertTrue(lax.out().contains("| `members.literateShare` | 0.7 | share | **UNCITED** |"), lax.out());
        assertTrue(lax.out().contains("3 values, 1 uncited"));
        CommandLineRun strict = CommandLineRun.execute("sources", file.toString(), "--strict");
        assertEquals(1, strict.exitCode());
    }

    @Test
    void checkWithoutDocumentsIsAClearError(@TempDir Path dir) {
        Path file = CommandLineRun.write(dir, "s.yaml", "name: s\nrun: {start: 1920-01, end: 1920-12}\n");
        CommandLineRun r = CommandLineRun.execute("sources", file.toString(), "--check", "--seeds",
                dir.resolve("none").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("source documents were not found"), r.toString());
    }
}
