package apparat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparat chart} and {@code apparat compare}: redraw and compare, and refuse bad input cleanly. */
class ChartCommandTest {

    @TempDir
    static Path dir;
    static Path run;

    @BeforeAll
    static void aRunWithCharts() {
        Path scenario = CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        CommandLineRun r = CommandLineRun.execute("run", scenario.toString(), "--results",
                dir.resolve("results").toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.toString());
        run = dir.resolve("results").resolve(CommandLineRun.entries(dir.resolve("results")).get(0));
    }

    @Test
    void aRunWritesItsChartsAndIndex() {
        for (String name : new String[] {"secretaries", "membership", "apparatus", "loyalty", "purges"}) {
            assertTrue(Files.exists(run.resolve("charts/" + name + ".png")), name);
            assertTrue(Files.exists(run.resolve("charts/" + name + ".svg")), name);
        }
        assertTrue(Files.exists(run.resolve("charts/index.html")));
    }

    @Test
    void chartRedrawsOneFigureInPdf() throws Exception {
        CommandLineRun r = CommandLineRun.execute("chart", run.toString(), "--only", "secretaries", "--format",
                "pdf");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.exists(run.resolve("charts/secretaries.pdf")));
        assertFalse(Files.exists(run.resolve("charts/membership.pdf")));
    }

    @Test
    void chartRefusesWhatIsNotARunOrNotAChart() {
        Path empty = dir.resolve("empty");
        CommandLineRun missing = CommandLineRun.execute("chart", dir.resolve("nowhere").toString());
        CommandLineRun notRun = CommandLineRun.execute("chart", dir.toString());
        CommandLineRun unknown = CommandLineRun.execute("chart", run.toString(), "--only", "secretarys");
        CommandLineRun format = CommandLineRun.execute("chart", run.toString(), "--format", "gif");
        for (CommandLineRun r : new CommandLineRun[] {missing, notRun, unknown, format}) {
            assertEquals(2, r.exitCode(), r.toString());
            assertFalse(r.hasStackTrace(), r.toString());
        }
        assertTrue(missing.err().contains("no such run folder"));
        assertTrue(notRun.err().contains("not a run folder"));
        assertTrue(unknown.err().contains("no chart named 'secretarys'"));
        assertTrue(format.err().contains("gif"));
        assertFalse(Files.exists(empty));
    }

    @Test
    void compareWritesANewFileAndNeverOverwrites() throws Exception {
        Path out = dir.resolve("cmp.png");
        CommandLineRun first = CommandLineRun.execute("compare", run.toString(), run.toString(), "--out",
                out.toString());
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(Files.size(out) > 10_000);
        long before = Files.getLastModifiedTime(out).toMillis();
        CommandLineRun again = CommandLineRun.execute("compare", run.toString(), "--out", out.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists"));
        assertEquals(before, Files.getLastModifiedTime(out).toMillis());
        CommandLineRun metric = CommandLineRun.execute("compare", run.toString(), "--metric", "no_such_column",
                "--out", dir.resolve("x.png").toString());
        assertEquals(2, metric.exitCode());
        assertTrue(metric.err().contains("no_such_column"), metric.toString());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }
}
