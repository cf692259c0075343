package apparat.cli;

import static apparat.cli.CommandLineRun.TINY;
import static apparat.cli.CommandLineRun.entries;
import static apparat.cli.CommandLineRun.execute;
import static apparat.cli.CommandLineRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparat run}: bad input is one message and exit 2 with nothing written; a good run fills a new folder. */
class RunCommandTest {

    private static final List<String> TABLES = List.of("congresses.csv", "events.csv", "manifest.json",
            "monthly.csv", "parameters.csv", "scenario.resolved.yaml", "summary.json");

    @TempDir
    Path dir;

    private Path results;
    private Path tiny;

    @BeforeEach
    void files() {
        results = dir.resolve("results");
        tiny = write(dir, "tiny.yaml", TINY);
    }

    private CommandLineRun run(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--no-charts";
        all[args.length + 2] = "--quiet";
        all[args.length + 3] = "--results";
        all[args.length + 4] = results.toString();
        return execute(all);
    }

    private void assertRefusedCleanly(CommandLineRun r, String gist) {
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(gist), r::toString);
        assertFalse(r.hasStackTrace(), r::toString);
        assertEquals(1, r.err().strip().split("\n").length, r::toString);
        assertEquals(List.of(), entries(results), "nothing may be left in the results folder");
    }

    @Test
    void badScenarioExitsTwoWithOneMessageAndWritesNothing() {
        Path bad = write(dir, "bad.yaml", TINY + "appointment:\n  acceptance: 1.4\n");
        CommandLineRun r = run(bad.toString());
        assertRefusedCleanly(r, "bad.yaml:20: appointment.acceptance: 1.4 is above the maximum 1 (share)");
        assertTrue(r.err().startsWith("apparat: "), r::toString);
    }

    @Test
    void missingScenarioExitsTwo() {
        assertRefusedCleanly(run(dir.resolve("none.yaml").toString()), "none.yaml: no such file");
    }

    @Test
    void outToAnExistingFolderExitsTwoAndLeavesItUntouched() throws IOException {
        Path taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("keep.txt"), "mine");
        CommandLineRun r = run(tiny.toString(), "--out", taken.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("already exists"), r::toString);
        assertFalse(r.hasStackTrace(), r::toString);
        assertEquals(List.of("keep.txt"), entries(taken));
        assertEquals("mine", Files.readString(taken.resolve("keep.txt")));
        assertEquals(List.of("taken", "tiny.yaml"), entries(dir), "no working folder beside the one refused");
        assertEquals(List.of(), entries(results));
    }

    @Test
    void outToAnExistingFileExitsTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "mine");
        CommandLineRun r = run(tiny.toString(), "--out", file.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void scaleZeroExitsTwo() {
        assertRefusedCleanly(run(tiny.toString(), "--scale", "0"), "--scale");
    }

    @Test
    void threadsBelowOneExitTwo() {
        assertRefusedCleanly(run(tiny.toString(), "--threads", "0"), "--threads");
    }

    @Test
    void theThreadsAreRecordedAndTheTablesDoNotDependOnThem() throws IOException {
        assertEquals(0, run(tiny.toString(), "--threads", "1", "--out", results.resolve("one").toString()).exitCode());
        assertEquals(0, run(tiny.toString(), "--threads", "3", "--out", results.resolve("three").toString())
                .exitCode());
        for (String table : List.of("monthly.csv", "congresses.csv", "summary.json")) {
            assertEquals(Files.readString(results.resolve("one").resolve(table)),
                    Files.readString(results.resolve("three").resolve(table)), table);
        }
        assertTrue(Files.readString(results.resolve("three").resolve("manifest.json")).contains("\"threads\" : 3"));
    }

    @Test
    void scaleThatIsNotANumberExitsTwo() {
        CommandLineRun r = run(tiny.toString(), "--scale", "lots");
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(r.hasStackTrace(), r::toString);
        assertEquals(List.of(), entries(results));
    }

    @Test
    void negativeSeedExitsTwo() {
        assertRefusedCleanly(run(tiny.toString(), "--seed", "-1"), "--seed");
    }

    @Test
    void untilBeforeTheRunExitsTwo() {
        assertRefusedCleanly(run(tiny.toString(), "--until", "1800-01"), "--until 1800-01 is outside");
    }

    @Test
    void untilThatIsNotAMonthExitsTwo() {
        assertRefusedCleanly(run(tiny.toString(), "--until", "garbage"), "--until: 'garbage' is not a month");
    }

    @Test
    void resultsThatIsAFileExitsTwoWithoutAStackTrace() throws IOException {
        results = Files.writeString(dir.resolve("results.txt"), "not a folder");
        CommandLineRun r = run(tiny.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertFalse(r.hasStackTrace(), r::toString);
        assertEquals("not a folder", Files.readString(results));
    }

    @Test
    void goodRunExitsZeroAndWritesEveryTable() throws IOException {
        CommandLineRun r = run(tiny.toString());
        assertEquals(0, r.exitCode(), r::toString);
        List<String> folders = entries(results);
        assertEquals(1, folders.size(), folders::toString);
        assertTrue(folders.get(0).startsWith("tiny-"), folders::toString);
        Path folder = results.resolve(folders.get(0));
        assertTrue(entries(folder).containsAll(TABLES), () -> entries(folder).toString());
        assertTrue(entries(folder).stream().noneMatch(n -> n.startsWith(".")), () -> entries(folder).toString());
        assertEquals(25, Files.readAllLines(folder.resolve("monthly.csv")).size(), "header and 24 months");
        assertTrue(Files.readString(folder.resolve("events.csv")).contains("congress-10"));
        assertTrue(r.out().contains("wrote " + folder), r::toString);
    }

    @Test
    void untilShortensTheRun() throws IOException {
        CommandLineRun r = run(tiny.toString(), "--until", "1920-06", "--seed", "9");
        assertEquals(0, r.exitCode(), r::toString);
        Path folder = results.resolve(entries(results).get(0));
        assertEquals(7, Files.readAllLines(folder.resolve("monthly.csv")).size(), "header and 6 months");
        String manifest = Files.readString(folder.resolve("manifest.json"));
        assertTrue(manifest.contains("\"seed\" : 9"), manifest);
        assertTrue(manifest.contains("\"end\" : \"1920-06\""), manifest);
    }

    @Test
    void outNamesTheRunFolder() {
        Path out = dir.resolve("mine/run-a");
        CommandLineRun r = run(tiny.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(entries(out).containsAll(TABLES), () -> entries(out).toString());
        assertEquals(List.of("run-a"), entries(dir.resolve("mine")));
    }

    @Test
    void twoRunsInQuickSuccessionGetTwoFolders() {
        CommandLineRun first = run(tiny.toString());
        CommandLineRun second = run(tiny.toString());
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals(0, second.exitCode(), second::toString);
        List<String> folders = entries(results);
        assertEquals(2, folders.size(), folders::toString);
        assertNotEquals(folders.get(0), folders.get(1));
        for (String f : folders) {
            assertTrue(entries(results.resolve(f)).containsAll(TABLES), f);
        }
    }
}
