package apparat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep in a real process, killed part-way with SIGKILL or stopped with SIGTERM (what Slurm sends), is
 * completed by {@code --resume} to tables byte-identical to those of a sweep that was never interrupted.
 */
class SweepInterruptionTest {

    private static final String SWEEP = """
            scenario: tiny.yaml
            seed: 5
            replications: 3
            vary:
              appointment.acceptance: [0.1, 0.3, 0.5, 0.7, 0.9]
            outcomes:
              members_end: {column: members, at: 1921-12}
            """;

    private static Process start(Path sweep, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "apparat.cli.Apparat", "sweep", sweep.toString(), "--out",
                out.toString(), "--threads", "2", "-q", "--no-charts");
        pb.redirectErrorStream(true);
        pb.redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile());
        return pb.start();
    }

    private static int finished(Path out) throws IOException {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(runs)) {
            return (int) s.filter(p -> p.getFileName().toString().matches("\\d{6}")).count();
        }
    }

    /** Waits until the process has finished {@code runs} runs (and is still running), or fails. */
    private static int waitFor(Process p, Path out, int runs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            int n = finished(out);
            if (n >= runs) {
                return n;
            }
            assertTrue(p.isAlive(), "the sweep ended before it could be interrupted: "
                    + Files.readString(out.resolveSibling(out.getFileName() + ".log")));
            Thread.sleep(5);
        }
        throw new AssertionError("no runs finished in time");
    }

    private static Path reference(Path dir, Path sweep) {
        Path whole = dir.resolve("whole");
        CommandLineRun r = CommandLineRun.execute("sweep", sweep.toString(), "--out", whole.toString(), "-q",
                "--threads", "1", "--no-charts");
        assertEquals(0, r.exitCode(), r::toString);
        return whole;
    }

    private static void resumeAndCompare(Path whole, Path out) throws IOException {
        CommandLineRun r = CommandLineRun.execute("sweep", "--resume", out.toString(), "-q", "--no-charts");
        assertEquals(0, r.exitCode(), r::toString);
        for (String f : SweepCommandTest.TABLES) {
            assertEquals(-1L, Files.mismatch(whole.resolve(f), out.resolve(f)), f + " differs");
        }
        List<String> hidden = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(out), Files.list(out.resolve("runs")))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).forEach(hidden::add);
        }
        assertEquals(List.of(), hidden, "no partial is left");
    }

    @Test
    void aKilledSweepIsCompletedByResumeToTheSameBytes(@TempDir Path dir) throws Exception {
        CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        Path sweep = CommandLineRun.write(dir, "sweep.yaml", SWEEP);
        Path whole = reference(dir, sweep);
        for (int killAfter : new int[] {1, 6}) {
            Path out = dir.resolve("killed" + killAfter);
            Process p = start(sweep, out);
            waitFor(p, out, killAfter);
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertTrue(finished(out) < 15, "killed before the end");
            resumeAndCompare(whole, out);
        }
    }

    @Test
    void aTerminatedSweepKeepsItsFinishedRunsAndSaysHowToComplete(@TempDir Path dir) throws Exception {
        CommandLineRun.write(dir, "tiny.yaml", CommandLineRun.TINY);
        Path sweep = CommandLineRun.write(dir, "sweep.yaml", SWEEP);
        Path out = dir.resolve("terminated");
        Process p = start(sweep, out);
        int before = waitFor(p, out, 3);
        p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("terminated.log"));
        int after = finished(out);
        assertTrue(after >= before && after < 15, before + " then " + after + ": " + log);
        assertTrue(log.contains("sweep stopped: " + after + " of 15 runs are done and kept; complete it with: "
                + "apparat sweep --resume " + out), log);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"status\" : \"stopped\""));
        resumeAndCompare(reference(dir, sweep), out);
    }
}
