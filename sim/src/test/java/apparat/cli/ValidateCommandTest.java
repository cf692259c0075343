package apparat.cli;

import static apparat.cli.CommandLineRun.TINY;
import static apparat.cli.CommandLineRun.execute;
import static apparat.cli.CommandLineRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparat validate}: ok and exit 0 for good files, one message per bad file and exit 2. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void goodFilePrintsOkAndExitsZero() {
        Path good = write(dir, "good.yaml", TINY);
        CommandLineRun r = execute("validate", good.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("ok: " + good + " (tiny): 1920-01 to 1921-12"), r::toString);
        assertTrue(r.out().contains("2 events"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void badFileExitsTwoWithItsMessageAndNoStackTrace() {
        Path bad = write(dir, "bad.yaml", TINY + "apointment:\n  acceptance: 0.5\n");
        CommandLineRun r = execute("validate", bad.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("bad.yaml:19: apointment: unknown key (did you mean 'appointment'?)"),
                r::toString);
        assertFalse(r.hasStackTrace(), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void everyFileIsCheckedEvenAfterABadOne() {
        Path bad = write(dir, "bad.yaml", "run:\n  start: 1920-01\n");
        Path good = write(dir, "good.yaml", TINY);
        CommandLineRun r = execute("validate", bad.toString(), good.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("bad.yaml:1: run.end: missing"), r::toString);
        assertTrue(r.out().contains("ok: " + good), r::toString);
    }

    @Test
    void missingFileExitsTwo() {
        CommandLineRun r = execute("validate", dir.resolve("nowhere.yaml").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("nowhere.yaml: no such file"), r::toString);
        assertFalse(r.hasStackTrace(), r::toString);
    }

    @Test
    void folderExitsTwo() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("scenarios"));
        CommandLineRun r = execute("validate", folder.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("is a folder"), r::toString);
    }

    @Test
    void noFileIsAUsageErrorWithExitTwo() {
        CommandLineRun r = execute("validate");
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(r.hasStackTrace(), r::toString);
    }

    @Test
    void quickstartValidates() {
        Path quickstart = Path.of("").toAbsolutePath().resolve("scenarios/quickstart.yaml");
        if (!Files.exists(quickstart)) {
            quickstart = Path.of("").toAbsolutePath().getParent().resolve("scenarios/quickstart.yaml");
        }
        CommandLineRun r = execute("validate", quickstart.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("(quickstart): 1917-03 to 1926-12"), r::toString);
    }
}
