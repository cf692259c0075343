package apparat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparat validate-history}: a report folder, never overwritten, and clean refusals. */
class ValidateHistoryCommandTest {

    @Test
    void writesAReportAndNeverOverwritesOne(@TempDir Path dir) throws Exception {
        Path scenario = CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        Files.createDirectories(dir.resolve("targets"));
        CommandLineRun.write(dir.resolve("targets"), "tiny.yaml", """
                scenario: ../tiny.yaml
                targets:
                  members:
                    what: Members at the end
                    source: "x.txt:1"
                    document: 40000
                    measure: {column: members, at: 1921-12}
                    tolerance: 0.9
                """);
        Path out = dir.resolve("report");
        CommandLineRun r = CommandLineRun.execute("validate-history", scenario.toString(), "--replications", "2",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("1 of 1 targets met"), r.out());
        for (String f : new String[] {"validation.md", "validation.csv", "validation.png", "manifest.json"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        String md = Files.readString(out.resolve("validation.md"));
        assertTrue(md.contains("| Members at the end | `x.txt:1` | 40000 |"), md);
        CommandLineRun again = CommandLineRun.execute("validate-history", scenario.toString(), "--replications",
                "2", "--out", out.toString());
        assertEquals(2, again.exitCode(), again.toString());
        assertFalse(again.hasStackTrace());
        CommandLineRun bad = CommandLineRun.execute("validate-history", scenario.toString(), "--replications", "0");
        assertEquals(2, bad.exitCode());
        CommandLineRun none = CommandLineRun.execute("validate-history", scenario.toString(), "--targets",
                dir.resolve("missing.yaml").toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no targets file"), none.toString());
    }
}
