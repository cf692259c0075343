package apparat.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** Morris' trajectories move one factor at a time by Δ on the grid of levels; Campolongo's keeps the spread. */
class MorrisSampleTest {

    @Test
    void deltaIsHalfTheLevelsOverLevelsLessOne() {
        assertEquals(2.0 / 3, MorrisSample.delta(4), 1e-15);
        assertEquals(0.6, MorrisSample.delta(6), 1e-15);
        assertEquals(1.0, MorrisSample.delta(2), 1e-15);
    }

    @Test
    void eachTrajectoryMovesEveryFactorOnceByDeltaOnTheGrid() {
        for (int levels : new int[] {2, 4, 6, 8}) {
            int k = 5;
            int r = 40;
            double delta = MorrisSample.delta(levels);
            double[][] x = MorrisSample.trajectories(k, r, levels, new MersenneTwisterFast(11));
            assertEquals(r * (k + 1), x.length, "r (k + 1) points");
            for (double[] point : x) {
                for (double u : point) {
                    double level = u * (levels - 1);
                    assertTrue(u >= 0 && u <= 1, "inside the unit cube: " + u);
                    assertEquals(Math.rint(level), level, 1e-12, "on a level: " + u);
                }
            }
            for (int t = 0; t < r; t++) {
                boolean[] moved = new boolean[k];
                for (int s = 0; s < k; s++) {
                    double[] a = x[t * (k + 1) + s];
                    double[] b = x[t * (k + 1) + s + 1];
                    int changed = 0;
                    for (int i = 0; i < k; i++) {
                        if (a[i] != b[i]) {
                            changed++;
                            assertEquals(delta, Math.abs(b[i] - a[i]), 1e-12, "a step of Δ");
                            assertFalse(moved[i], "factor " + i + " moves once in trajectory " + t);
                            moved[i] = true;
                        }
                    }
                    assertEquals(1, changed, "one factor per step (p = " + levels + ", trajectory " + t + ")");
                }
            }
        }
    }

    @Test
    void everyLevelIsVisitedEquallyOften() {
        int levels = 6;
        double[][] x = MorrisSample.trajectories(4, 500, levels, new MersenneTwisterFast(3));
        long[] counts = new long[levels];
        for (double[] point : x) {
            for (double u : point) {
                counts[(int) Math.round(u * (levels - 1))]++;
            }
        }
        double[] expected = new double[levels];
        Arrays.fill(expected, 1.0);
        double p = new ChiSquareTest().chiSquareTest(expected, counts);
        assertTrue(p > 0.001, "levels uniform: " + Arrays.toString(counts) + ", p = " + p);
    }

    @Test
    void theSameSeedGivesTheSameTrajectoriesAndAnotherSeedOthers() {
        double[][] a = MorrisSample.trajectories(3, 10, 4, new MersenneTwisterFast(5));
        double[][] b = MorrisSample.trajectories(3, 10, 4, new MersenneTwisterFast(5));
        double[][] c = MorrisSample.trajectories(3, 10, 4, new MersenneTwisterFast(6));
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
        assertFalse(Arrays.deepEquals(a, c));
        assertThrows(IllegalArgumentException.class, () -> MorrisSample.trajectories(3, 10, 5,
                new MersenneTwisterFast(5)), "an odd number of levels");
    }

    @Test
    void campolongosSelectionKeepsTrajectoriesOfThePoolThatAreMoreSpreadThanChance() {
        int k = 4;
        int size = k + 1;
        double[][] pool = MorrisSample.trajectories(k, 100, 4, new MersenneTwisterFast(8));
        double[][] kept = TrajectorySelection.select(pool, size, 10);
        assertEquals(10 * size, kept.length);
        int[] indices = TrajectorySelection.indices(pool, size, 10);
        for (int t = 0; t < 10; t++) {
            for (int s = 0; s < size; s++) {
                assertArrayEquals(pool[indices[t] * size + s], kept[t * size + s], "taken from the pool");
            }
        }
        double selected = TrajectorySelection.spread(kept, size);
        // every run of ten consecutive trajectories of the pool is a random choice of ten
        for (int start = 0; start < 10; start++) {
            double[][] random = Arrays.copyOfRange(pool, start * 10 * size, (start + 1) * 10 * size);
            assertTrue(selected > TrajectorySelection.spread(random, size), "more spread than a random choice");
        }
        double[][] two = TrajectorySelection.select(pool, size, 2);
        double best = 0;
        for (int a = 0; a < 100; a++) {
            for (int b = a + 1; b < 100; b++) {
                best = Math.max(best, TrajectorySelection.distance(pool, size, a, b));
            }
        }
        assertEquals(best, TrajectorySelection.distance(two, size, 0, 1), 1e-9, "two: the most distant pair");
    }
}
