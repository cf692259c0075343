package apparat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep command as a user meets it: sweep files, mistakes, and completing an interrupted sweep. */
class SweepCommandTest {

    static final List<String> TABLES = List.of("runs.csv", "monthly.csv", "congresses.csv", "outcomes.csv",
            "summary.csv");

    static final String SWEEP = """
            scenario: tiny.yaml
            seed: 11
            replications: 2
            vary:
              appointment.acceptance: [0.2, 0.9]
              secretariat.selection: [loyalty, chance]
            outcomes:
              members_end: {column: members, at: 1921-12}
              vote: {congress: congress-10, column: leadership_vote_share}
            """;

    static Path files(Path dir) {
        CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        return CommandLineRun.write(dir, "sweep.yaml", SWEEP);
    }

    @Test
    void aSweepFileRunsIntoAFolderWithTablesAndItsOwnDescription(@TempDir Path dir) throws Exception {
        Path sweep = files(dir);
        CommandLineRun r = CommandLineRun.execute("sweep", sweep.toString(), "--results",
                dir.resolve("results").toString(), "--threads", "2", "-q");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> made = CommandLineRun.entries(dir.resolve("results"));
        assertEquals(1, made.size(), made::toString);
        Path folder = dir.resolve("results").resolve(made.get(0));
        assertTrue(made.get(0).startsWith("sweep-sweep-"), made::toString);
        for (String f : TABLES) {
            assertTrue(Files.isRegularFile(folder.resolve(f)), f);
        }
        assertEquals(9, Files.readAllLines(folder.resolve("outcomes.csv")).size(), "header and 8 runs");
        assertEquals(5, Files.readAllLines(folder.resolve("summary.csv")).size(), "header and 4 points");
        assertEquals(SWEEP, Files.readString(folder.resolve("sweep.original.yaml")));
        String manifest = Files.readString(folder.resolve("manifest.json"));
        for (String field : new String[] {"\"git_commit\"", "\"started_utc\"", "\"wall_seconds\"", "\"java\"",
            "\"threads\" : 2", "\"status\" : \"complete\""}) {
            assertTrue(manifest.contains(field), field + " in " + manifest);
        }
        assertTrue(Files.readString(folder.resolve("sweep.yaml")).contains("scenario: scenario.resolved.yaml"));
        assertTrue(Files.isRegularFile(folder.resolve("charts/members_end-heatmap.png")), r::toString);
        CommandLineRun compare = CommandLineRun.execute("compare", folder.toString(), "--metric", "members",
                "--points", "0,3", "--out", dir.resolve("compare.png").toString());
        assertEquals(0, compare.exitCode(), compare::toString);
        assertTrue(Files.size(dir.resolve("compare.png")) > 10_000);
        CommandLineRun chart = CommandLineRun.execute("chart", folder.toString());
        assertEquals(0, chart.exitCode(), chart::toString);
        assertTrue(chart.out().contains("vote-by-secretariat.selection.png"), chart::toString);
    }

    @Test
    void aBadSweepFileGetsOneLineExitTwoAndNothingWritten(@TempDir Path dir) {
        CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        Path bad = CommandLineRun.write(dir, "bad.yaml", SWEEP.replace("[0.2, 0.9]", "[0.2, 0.9, 0.2]"));
        CommandLineRun r = CommandLineRun.execute("sweep", bad.toString(), "--results",
                dir.resolve("results").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().contains(bad + ":5: vary.appointment.acceptance: the value 0.2 is given twice"),
                r::toString);
        assertFalse(r.hasStackTrace(), r::toString);
        assertEquals(List.of(), CommandLineRun.entries(dir.resolve("results")));
    }

    @Test
    void aMistypedOptionGetsOneLineAndAHintNotTheUsage(@TempDir Path dir) {
        Path sweep = files(dir);
        CommandLineRun r = CommandLineRun.execute("sweep", sweep.toString(), "--replications", "abc");
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(r.err().contains("Usage:"), r::toString);
        assertTrue(r.err().contains("'abc' is not an int"), r::toString);
        assertTrue(r.err().contains("Try 'apparat sweep --help'"), r::toString);
        assertEquals(2, r.err().strip().lines().count(), r::toString);
        CommandLineRun s = CommandLineRun.execute("sweep", CommandLineRun.write(dir, "s.yaml",
                CommandLineRun.TINY).toString());
        assertEquals(2, s.exitCode(), s::toString);
        assertTrue(s.err().contains("is a scenario, not a sweep file"), s::toString);
    }

    @Test
    void resumeRunsOnlyTheMissingRunsRemovesStalePartialsAndGivesTheSameTables(@TempDir Path dir)
            throws Exception {
        Path sweep = files(dir);
        Path whole = dir.resolve("whole");
        assertEquals(0, CommandLineRun.execute("sweep", sweep.toString(), "--out", whole.toString(), "-q",
                "--no-charts").exitCode());
        Path cut = dir.resolve("cut");
        assertEquals(0, CommandLineRun.execute("sweep", sweep.toString(), "--out", cut.toString(), "-q",
                "--threads", "1", "--no-charts").exitCode());
        // as a kill would leave it: two runs missing, one half-written by a process that is gone, no tables
        for (String f : TABLES) {
            Files.delete(cut.resolve(f));
        }
        apparat.run.StalePartials.delete(cut.resolve("runs/000003"));
        apparat.run.StalePartials.delete(cut.resolve("runs/000006"));
        Path stale = Files.createDirectories(cut.resolve("runs/.000006.partial-2147483646@"
                + apparat.run.PartialName.host() + "-123"));
        Files.writeString(stale.resolve("monthly.csv"), "month,members\n1920-01,");
        long before = Files.getLastModifiedTime(cut.resolve("runs/000000/monthly.csv")).toMillis();
        CommandLineRun r = CommandLineRun.execute("sweep", "--resume", cut.toString(), "-q", "--no-charts");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().contains("removed " + stale), r::toString);
        assertTrue(r.out().contains("6 done before, 2 now"), r::toString);
        assertFalse(Files.exists(stale));
        assertEquals(before, Files.getLastModifiedTime(cut.resolve("runs/000000/monthly.csv")).toMillis(),
                "a finished run is not run again");
        for (String f : TABLES) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(cut.resolve(f)), f);
        }
        CommandLineRun again = CommandLineRun.execute("sweep", "--resume", cut.toString(), "--seed", "3");
        assertEquals(2, again.exitCode(), again::toString);
        assertTrue(again.err().contains("--resume completes a sweep as it was begun"), again::toString);
    }

    @Test
    void varyStillWorksAndRefusesARepeatedValue(@TempDir Path dir) throws Exception {
        Path tiny = CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        CommandLineRun r = CommandLineRun.execute("sweep", tiny.toString(), "--vary",
                "appointment.acceptance=0.3,0.8", "--out", dir.resolve("v").toString(), "-q", "--no-charts");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, Files.readAllLines(dir.resolve("v/runs.csv")).size());
        assertTrue(Files.readString(dir.resolve("v/sweep.yaml")).contains("appointment.acceptance"));
        CommandLineRun twice = CommandLineRun.execute("sweep", tiny.toString(), "--vary",
                "appointment.acceptance=0.3,0.30", "--out", dir.resolve("w").toString());
        assertEquals(2, twice.exitCode(), twice::toString);
        assertTrue(twice.err().contains("given twice"), twice::toString);
        assertFalse(Files.exists(dir.resolve("w")));
    }
}
