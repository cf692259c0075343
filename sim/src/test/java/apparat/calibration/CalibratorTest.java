package apparat.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimiser core on functions with a known optimum, without the simulation. */
class CalibratorTest {

    /** A bowl with its minimum at (0.3, 12, 0.002): one linear, one wide linear, one log-scaled parameter. */
    private static final double[] OPTIMUM = {0.3, 12, 0.002};

    private static ParameterSpace space() {
        return new ParameterSpace(List.of(
                new FreeParameter("a", 0, 1, false, false, 0.8, "a guess"),
                new FreeParameter("b", 0, 50, false, false, 40, "a guess"),
                new FreeParameter("c", 1e-4, 1e-1, true, false, 0.05, "a guess")));
    }

    private static Evaluation bowl(double[] v) {
        double a = v[0] - OPTIMUM[0];
        double b = (v[1] - OPTIMUM[1]) / 50;
        double c = Math.log(v[2] / OPTIMUM[2]);
        return new Evaluation(a * a + b * b + 0.1 * c * c, Map.of("a", v[0], "b", v[1], "c", v[2]));
    }

    private static Calibrator.Settings settings(long seed) {
        return new Calibrator.Settings(120, 8, 0.3, 40, 7, seed);
    }

    private static Calibrator.Result calibrate(Path dir, Objective objective, long seed) throws Exception {
        try (Journal journal = Journal.create(dir, "bowl")) {
            return new Calibrator(space(), objective, journal, settings(seed), (s, best) -> { }).run();
        }
    }

    @Test
    void recoversTheKnownOptimumOfABowl(@TempDir Path dir) throws Exception {
        Calibrator.Result r = calibrate(dir, CalibratorTest::bowl, 7);
        double[] fitted = r.best().values();
        assertEquals(OPTIMUM[0], fitted[0], 0.01);
        assertEquals(OPTIMUM[1], fitted[1], 0.5);
        assertEquals(OPTIMUM[2], fitted[2], OPTIMUM[2] * 0.05);
        assertTrue(r.best().evaluation().loss() < 1e-3, "loss " + r.best().evaluation().loss());
        assertTrue(r.steps().size() <= 120 + 40 + 3 * 7, "never beyond the budget");
        assertEquals(3 * 7, r.steps().stream().filter(s -> s.stage().equals("profile")).count());
    }

    @Test
    void theProfileOfAParameterBracketsItsOptimum(@TempDir Path dir) throws Exception {
        Calibrator.Result r = calibrate(dir, CalibratorTest::bowl, 7);
        assertEquals(3, r.profiles().size());
        Calibrator.Profile a = r.profiles().get(0);
        assertEquals(7, a.values().length);
        assertEquals(0, a.values()[0], 1e-12);
        assertEquals(1, a.values()[6], 1e-12);
        // the grid's best point is the one nearest the optimum (1/3 away from 0.3 is 0.333)
        int argmin = 0;
        for (int k = 1; k < a.losses().length; k++) {
            argmin = a.losses()[k] < a.losses()[argmin] ? k : argmin;
        }
        assertEquals(2, argmin);
        double[] within = a.withinOf(a.losses()[2], 0.1);
        assertArrayEquals(new double[] {a.values()[2], a.values()[2]}, within, "only the point nearest the optimum");
        double[] wide = a.withinOf(a.losses()[2], 40);
        assertEquals(a.values()[1], wide[0], "a looser share takes in the neighbours");
        assertEquals(a.values()[3], wide[1]);
    }

    @Test
    void theSameSeedGivesTheSameFit(@TempDir Path dir) throws Exception {
        Calibrator.Result one = calibrate(dir.resolve("one"), CalibratorTest::bowl, 11);
        Calibrator.Result two = calibrate(dir.resolve("two"), CalibratorTest::bowl, 11);
        assertArrayEquals(one.best().values(), two.best().values());
        Calibrator.Result other = calibrate(dir.resolve("three"), CalibratorTest::bowl, 12);
        assertTrue(one.steps().get(1).point()[0] != other.steps().get(1).point()[0],
                "another seed samples other candidates");
    }

    @Test
    void aResumedCalibrationEqualsAnUninterruptedOne(@TempDir Path dir) throws Exception {
        Calibrator.Result whole = calibrate(dir.resolve("whole"), CalibratorTest::bowl, 5);

        Path unfinished = dir.resolve("unfinished");
        AtomicInteger calls = new AtomicInteger();
        Objective interrupted = v -> {
            if (calls.incrementAndGet() > 97) {
                throw new InterruptedException("interrupted");
            }
            return bowl(v);
        };
        assertThrows(InterruptedException.class, () -> calibrate(unfinished, interrupted, 5));
        Thread.interrupted();
        // an evaluation cut off while its line was being written
        Files.writeString(unfinished.resolve(Journal.FILE), "{\"evaluation\":98,\"po",
                java.nio.file.StandardOpenOption.APPEND);

        AtomicInteger rerun = new AtomicInteger();
        Calibrator.Result resumed;
        try (Journal journal = Journal.resume(unfinished, "bowl")) {
            assertEquals(97, journal.replayable());
            resumed = new Calibrator(space(), v -> {
                rerun.incrementAndGet();
                return bowl(v);
            }, journal, settings(5), (s, best) -> { }).run();
        }
        assertArrayEquals(whole.best().values(), resumed.best().values());
        assertEquals(whole.best().evaluation().loss(), resumed.best().evaluation().loss());
        assertEquals(whole.steps().size(), resumed.steps().size());
        for (int i = 0; i < whole.steps().size(); i++) {
            assertArrayEquals(whole.steps().get(i).point(), resumed.steps().get(i).point(), "step " + (i + 1));
        }
        // a candidate met twice is read back the second time in both runs; the resumed run reads back 97 more
        assertEquals(replayed(whole) + 97, replayed(resumed));
        assertEquals(whole.steps().size() - replayed(whole) - 97, rerun.get(),
                "only the evaluations not journalled are run");
    }

    private static long replayed(Calibrator.Result r) {
        return r.steps().stream().filter(Calibrator.Step::replayed).count();
    }

    @Test
    void aJournalOfAnotherCalibrationIsRefused(@TempDir Path dir) throws Exception {
        calibrate(dir, CalibratorTest::bowl, 5);
        IOException e = assertThrows(Journal.JournalMismatchException.class, () -> Journal.resume(dir, "other"));
        assertTrue(e.getMessage().contains("another calibration"), e.getMessage());
    }

    @Test
    void aValueOnItsBoundIsFlagged() {
        FreeParameter linear = new FreeParameter("x", 0, 10, false, false, 5, null);
        assertTrue(linear.onBound(0.05));
        assertTrue(linear.onBound(9.95));
        assertTrue(!linear.onBound(0.2));
        FreeParameter log = new FreeParameter("y", 0.001, 1, true, false, 0.01, null);
        assertEquals(0.5, log.toUnit(Math.sqrt(0.001)), 1e-12, "the middle of a log range is the geometric mean");
        assertEquals(0.03, log.fromUnit(log.toUnit(0.03)), 1e-12);
        assertTrue(!log.onBound(0.0012), "1.2 times the lower bound is 2.6 % of the log range");
    }
}
