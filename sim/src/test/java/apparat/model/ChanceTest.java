package apparat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** The geometric skips the departures walk with: how many members pass before the next one taken. */
class ChanceTest {

    @Test
    void skipsAreGeometricWithTheChanceGiven() {
        double p = 0.1;
        MersenneTwisterFast random = new MersenneTwisterFast(6);
        int draws = 200_000;
        long zeros = 0;
        double sum = 0;
        for (int i = 0; i < draws; i++) {
            int s = Chance.skip(random, Math.log1p(-p), Integer.MAX_VALUE);
            zeros += s == 0 ? 1 : 0;
            sum += s;
        }
        // P(0) = p; mean (1 − p) / p = 9, standard deviation sqrt(1 − p) / p ≈ 9.5
        assertEquals(p, (double) zeros / draws, 4 * Math.sqrt(p * (1 - p) / draws));
        assertEquals((1 - p) / p, sum / draws, 4 * Math.sqrt(1 - p) / p / Math.sqrt(draws));
    }

    @Test
    void aCertainChanceSkipsNobodyAndDrawsNothingAndARareOneStopsAtTheCap() {
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        MersenneTwisterFast untouched = new MersenneTwisterFast(2);
        assertEquals(0, Chance.skip(random, Double.NEGATIVE_INFINITY, 100));
        assertEquals(untouched.nextLong(), random.nextLong());
        int capped = 0;
        for (int i = 0; i < 100; i++) {
            capped += Chance.skip(random, Math.log1p(-1e-12), 1000) == 1000 ? 1 : 0;
        }
        assertEquals(100, capped, "a chance of 1e-12 passes over a thousand members nearly always");
    }

    @Test
    void eachPositionIsTakenWithTheChanceAndTheCountIsBinomial() {
        MersenneTwisterFast random = new MersenneTwisterFast(10);
        int n = 50;
        double p = 0.2;
        int rounds = 20_000;
        long[] hits = new long[n];
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            int[] taken = Chance.eachWithChance(random, p, n);
            for (int j = 0; j < taken.length; j++) {
                assertTrue(j == 0 || taken[j] > taken[j - 1], "ascending, nobody twice");
                hits[taken[j]]++;
            }
            total += taken.length;
        }
        double[] even = new double[n];
        Arrays.fill(even, 1.0);
        assertTrue(new ChiSquareTest().chiSquareTest(even, hits) > 0.001, Arrays.toString(hits));
        assertEquals(n * p, (double) total / rounds, 4 * Math.sqrt(n * p * (1 - p) / rounds));
        assertEquals(n, Chance.eachWithChance(random, 1.0, n).length, "a certain chance takes everyone");
        assertEquals(0, Chance.eachWithChance(random, 0.0, n).length);
    }
}
