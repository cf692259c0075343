package apparat.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import apparat.run.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's memory does not grow with the sweep: runs are planned from their index, and no more than a fixed
 * number are under way or waiting at once, whether the sweep has ten runs or ten thousand.
 */
class SweepRunnerTest {

    private static SweepRunner.Report sweep(Path dir, int runs, AtomicInteger concurrentPeak) throws Exception {
        SweepDefinition d = SweepTest.definition(dir, "scenario: small.yaml\nvary:\n  appointment.acceptance: "
                + "{range: [0, 1], levels: " + runs + "}\n");
        SweepPlan plan = SweepPlan.of(d);
        assertEquals(runs, plan.runs());
        SweepFolder folder = SweepFolder.create(dir, "s", dir.resolve("out"), ZonedDateTime.now(ZoneOffset.UTC));
        AtomicInteger now = new AtomicInteger();
        SweepRunner runner = new SweepRunner(2, Progress.NONE, StopRequest.manual());
        SweepRunner.Report report = runner.run(folder, plan, Shard.ALL, (run, f) -> {
            // the run's work is left out (an empty folder): what is measured is what the runner keeps
            concurrentPeak.accumulateAndGet(now.incrementAndGet(), Math::max);
            now.decrementAndGet();
        });
        assertEquals(runs, folder.finishedIndices().size());
        assertTrue(report.peakInFlight() <= runner.inFlightLimit(), report.toString());
        return report;
    }

    @Test
    void aSweepOfTenThousandRunsHoldsNoMoreRunsAtOnceThanOneOfTen() throws Exception {
        AtomicInteger smallPeak = new AtomicInteger();
        AtomicInteger largePeak = new AtomicInteger();
        // ten thousand run folders: in memory (tmpfs) where there is one, as a loaded disk takes half a minute
        Path shm = Path.of("/dev/shm");
        Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "apparat-test")
                : Files.createTempDirectory("apparat-test");
        SweepRunner.Report small;
        SweepRunner.Report large;
        try {
            Files.createDirectories(dir.resolve("small"));
            Files.createDirectories(dir.resolve("large"));
            small = sweep(dir.resolve("small"), 10, smallPeak);
            large = sweep(dir.resolve("large"), 10_000, largePeak);
        } finally {
            apparat.run.StalePartials.delete(dir);
        }
        assertEquals(10_000, large.ran());
        assertTrue(large.peakInFlight() <= 4 && small.peakInFlight() <= 4, small + " " + large);
        assertTrue(largePeak.get() <= 2, "two threads, two runs at a time: " + largePeak);
    }

    @Test
    void aStoppedSweepStartsNoFurtherRunAndKeepsTheFinishedOnes(@TempDir Path dir) throws Exception {
        SweepDefinition d = SweepTest.definition(dir, "scenario: small.yaml\nvary:\n  appointment.acceptance: "
                + "{range: [0, 1], levels: 50}\n");
        SweepPlan plan = SweepPlan.of(d);
        SweepFolder folder = SweepFolder.create(dir, "s", dir.resolve("out"), ZonedDateTime.now(ZoneOffset.UTC));
        StopRequest stop = StopRequest.manual();
        SweepRunner.Report report = new SweepRunner(1, Progress.NONE, stop).run(folder, plan, Shard.ALL, (r, f) -> {
            Files.writeString(f.resolve("x"), "x");
            if (r.index() == 9) {
                stop.request();
            }
        });
        assertTrue(report.stopped());
        assertEquals(10, report.ran(), "the run under way when asked is finished; none is started after it");
        assertEquals(10, folder.finishedIndices().size());
        SweepRunner.Report rest = new SweepRunner(2, Progress.NONE, StopRequest.manual()).run(folder, plan,
                Shard.ALL, (r, f) -> Files.writeString(f.resolve("x"), "x"));
        assertEquals(10, rest.alreadyDone());
        assertEquals(40, rest.ran());
        assertTrue(rest.complete());
    }
}
