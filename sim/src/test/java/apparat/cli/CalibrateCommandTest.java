package apparat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.calibration.CalibratedValues;
import apparat.calibration.TinyCalibration;
import apparat.scenario.Citation;
import apparat.scenario.Scenario;
import apparat.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparat calibrate} end to end on a two-year scenario. */
class CalibrateCommandTest {

    private static final List<String> TABLES = List.of("fitted.csv", "targets.csv", "profiles.csv");

    /** One calibration run with one thread and one with two, shared by the tests that only read them. */
    @TempDir
    static Path shared;

    @BeforeAll
    static void calibrateWithOneAndTwoThreads() {
        Path file = TinyCalibration.write(shared, TinyCalibration.CALIBRATION);
        CommandLineRun one = calibrate(file, shared.resolve("results"), shared.resolve("one"), "--threads", "1");
        assertEquals(0, one.exitCode(), one.toString());
        CommandLineRun two = calibrate(file, shared.resolve("results"), shared.resolve("two"), "--threads", "2");
        assertEquals(0, two.exitCode(), two.toString());
    }

    private static CommandLineRun calibrate(Path file, Path results, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", file.toString(), "--quiet",
                "--results", results.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return CommandLineRun.execute(args.toArray(String[]::new));
    }

    @Test
    void writesTheResultsFolder() throws IOException {
        Path out = shared.resolve("two");
        for (String name : List.of("calibration.md", "fitted.csv", "targets.csv", "profiles.csv", "convergence.csv",
                "convergence.png", "convergence.svg", "fragment.yaml", "journal.jsonl", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        String md = Files.readString(out.resolve("calibration.md"));
        assertTrue(md.contains("### Fitted") && md.contains("### Held out"), md);
        assertTrue(md.contains("| `recruitment.ratePerYear` | 0.3 |"), md);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"threads\" : 2") && manifest.contains("\"seed\" : 9"), manifest);
        assertEquals(List.of(), CommandLineRun.entries(shared.resolve("results")), "unfinished folders are removed");
        List<String> convergence = Files.readAllLines(out.resolve("convergence.csv"));
        assertEquals(1 + 6 + 6 + 2 * 3, convergence.size(), "a header and every evaluation");
    }

    @Test
    void oneAndTwoThreadsGiveTheSameFit() throws IOException {
        for (String table : TABLES) {
            assertEquals(Files.readString(shared.resolve("one").resolve(table)),
                    Files.readString(shared.resolve("two").resolve(table)), table);
        }
        assertEquals(Files.readString(shared.resolve("one/convergence.csv")),
                Files.readString(shared.resolve("two/convergence.csv")));
    }

    @Test
    void aResumedCalibrationEndsAsAnUninterruptedOne(@TempDir Path dir) throws IOException {
        Path file = TinyCalibration.write(dir, TinyCalibration.CALIBRATION);
        // what an interruption after seven evaluations leaves: the header, their lines and a cut-off next one (an
        // evaluation of a candidate met before is answered by the journal and writes no line of its own)
        List<String> journal = Files.readAllLines(shared.resolve("one/journal.jsonl"));
        int kept = 1;
        while (Integer.parseInt(journal.get(kept).replaceFirst("^\\{\"evaluation\":(\\d+),.*$", "$1")) <= 7) {
            kept++;
        }
        Path unfinished = Files.createDirectories(dir.resolve("results/calibration-tiny-x.unfinished"));
        Files.writeString(unfinished.resolve("journal.jsonl"), String.join("\n", journal.subList(0, kept)) + "\n"
                + journal.get(kept).substring(0, 30), StandardCharsets.UTF_8);

        CommandLineRun resumed = calibrate(file, dir.resolve("results"), dir.resolve("resumed"), "--resume",
                unfinished.toString());
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertTrue(resumed.out().contains("(7 read from the journal)"), resumed.out());
        for (String table : TABLES) {
            assertEquals(Files.readString(shared.resolve("one").resolve(table)),
                    Files.readString(dir.resolve("resumed").resolve(table)), table);
        }
        assertFalse(Files.exists(unfinished), "the unfinished folder goes once the results are published");
    }

    @Test
    void aJournalOfAnotherCalibrationIsRefused(@TempDir Path dir) throws IOException {
        Path file = TinyCalibration.write(dir, TinyCalibration.CALIBRATION);
        Path unfinished = Files.createDirectories(dir.resolve("old.unfinished"));
        Files.writeString(unfinished.resolve("journal.jsonl"), "{\"calibration\":\"0123\"}\n");
        CommandLineRun run = calibrate(file, dir.resolve("results"), dir.resolve("out"), "--resume",
                unfinished.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("was written for another calibration"), run.err());
        assertFalse(run.hasStackTrace());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aFinishedCalibrationIsNeverResumedInto(@TempDir Path dir) throws IOException {
        Path file = TinyCalibration.write(dir, TinyCalibration.CALIBRATION);
        String journal = Files.readString(shared.resolve("one/journal.jsonl"));
        CommandLineRun run = calibrate(file, dir.resolve("results"), dir.resolve("out"), "--resume",
                shared.resolve("one").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("results folder of a finished calibration"), run.err());
        assertEquals(journal, Files.readString(shared.resolve("one/journal.jsonl")));
    }

    @Test
    void aBadFileIsRefusedWithNothingWritten(@TempDir Path dir) {
        Path file = TinyCalibration.write(dir, TinyCalibration.CALIBRATION.replace("parameters:\n",
                "parameters:\n  members.initial: {lower: 10000, upper: 90000}\n"));
        CommandLineRun run = calibrate(file, dir.resolve("results"), dir.resolve("out"));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("parameters.members.initial: is data"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        assertEquals(List.of(), CommandLineRun.entries(dir.resolve("results")));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void theFragmentRunsBesideTheBaseScenarioAndNamesItsCalibration() throws IOException {
        Path calibrated = Files.copy(shared.resolve("one/fragment.yaml"), shared.resolve("tiny-calibrated.yaml"));
        Scenario s = new ScenarioLoader().load(calibrated);
        Citation c = s.parameters().citation("recruitment.ratePerYear");
        assertEquals("calibration/tiny.yaml, " + LocalDate.now(ZoneOffset.UTC), c.calibrated());
        assertEquals("a guess", c.assumption(), "the assumption's reason is kept");
        String fitted = Files.readAllLines(shared.resolve("one/fitted.csv")).get(1).split(",")[2];
        assertEquals(Double.parseDouble(fitted), s.parameters().decimal("recruitment.ratePerYear"), 1e-6);

        String section = CalibratedValues.markdown(s);
        assertTrue(section.contains("| `recruitment.ratePerYear` |"), section);
        assertTrue(section.contains("| members-1920, resigned-1921 |"), section);

        CommandLineRun validation = CommandLineRun.execute("validate-history", calibrated.toString(), "--targets",
                shared.resolve("targets/tiny.yaml").toString(), "--replications", "1", "--out",
                shared.resolve("validation").toString());
        assertEquals(0, validation.exitCode(), validation.toString());
        String report = Files.readString(shared.resolve("validation/validation.md"));
        assertTrue(report.contains("## Calibrated values") && report.contains("| members-1920, resigned-1921 |"),
                report);

        CommandLineRun sources = CommandLineRun.execute("sources", calibrated.toString());
        assertTrue(sources.out().contains("## Calibrated values"), sources.out());
        String main = sources.out().substring(0, sources.out().indexOf("## Calibrated values"));
        assertFalse(main.contains("`recruitment.ratePerYear`"), "calibrated values stand apart: " + main);
        assertTrue(sources.out().contains("2 calibrated"), sources.out());
    }
}
