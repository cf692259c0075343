package apparat.cli;

import static apparat.cli.CommandLineRun.TINY;
import static apparat.cli.CommandLineRun.execute;
import static apparat.cli.CommandLineRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparat benchmark}: one row per scale (and per run when repeated), the naive ratio unless left out. */
class BenchmarkCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsEveryScaleWithTheNaiveRatio() {
        Path tiny = write(dir, "tiny.yaml", TINY);
        CommandLineRun run = execute("benchmark", tiny.toString(), "--scales", "100,50");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = rows(run.out());
        assertEquals(2, rows.size(), run.out());
        assertTrue(rows.get(0).startsWith("1:100 "), run.out());
        assertTrue(rows.get(1).startsWith("1:50 "), run.out());
        for (String row : rows) {
            assertTrue(row.trim().endsWith("x"), "a ratio to the naive baseline: " + row);
        }
        assertTrue(run.out().contains("ns/mm"), run.out());
    }

    @Test
    void repeatsGiveOneRowPerRunAndAMedianAndNoNaiveLeavesTheBaselineOut() {
        Path tiny = write(dir, "tiny.yaml", TINY);
        CommandLineRun run = execute("benchmark", tiny.toString(), "--scale", "100", "--repeat", "3", "--no-naive");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = rows(run.out());
        assertEquals(4, rows.size(), run.out());
        assertTrue(rows.get(3).contains(" med "), run.out());
        assertFalse(rows.get(3).trim().endsWith("x"), run.out());
    }

    @Test
    void stagesListEveryMonthlyStageWithItsShareOfTheTime() {
        Path tiny = write(dir, "tiny.yaml", TINY);
        CommandLineRun run = execute("benchmark", tiny.toString(), "--scale", "100", "--no-naive", "--stages",
                "--threads", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("model on 2 threads"), run.out());
        for (String stage : List.of("Membership", "OpinionDynamics", "PostFilling", "Campaigns", "Recorder")) {
            assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith(stage) && l.trim().endsWith("%")),
                    stage + " in " + run.out());
        }
        assertTrue(run.out().contains("kept MiB"), run.out());
    }

    @Test
    void aRepeatBelowOneIsAUserError() {
        Path tiny = write(dir, "tiny.yaml", TINY);
        CommandLineRun run = execute("benchmark", tiny.toString(), "--repeat", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--repeat"), run.err());
    }

    @Test
    void aBadScaleAnywhereInTheListStopsBeforeAnythingRuns() {
        Path tiny = write(dir, "tiny.yaml", TINY);
        CommandLineRun run = execute("benchmark", tiny.toString(), "--scales", "100,0.5", "--no-naive");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("0.5"), run.err());
        assertEquals(List.of(), rows(run.out()), "nothing timed: " + run.out());
    }

    private static List<String> rows(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("1:")).toList();
    }
}
