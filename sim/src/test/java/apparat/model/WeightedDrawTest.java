package apparat.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** Weighted sampling without replacement: first draws in proportion to weight, weight 0 never, no repeats. */
class WeightedDrawTest {

    @Test
    void theFirstDrawFollowsTheWeights() {
        double[] weights = {1, 2, 3, 4, 0};
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        long[] first = new long[4];
        for (int i = 0; i < 20_000; i++) {
            int[] drawn = WeightedDraw.sample(random, weights, weights.length, 1);
            first[drawn[0]]++;
        }
        double[] expected = {0.1, 0.2, 0.3, 0.4};
        assertTrue(new ChiSquareTest().chiSquareTest(expected, first) > 0.001, "first draws not proportional");
    }

    @Test
    void aSampleHasNoRepeatsAndNeverAWeightOfZero() {
        double[] weights = {5, 0, 1, 0, 1, 1000};
        int[] drawn = WeightedDraw.sample(new MersenneTwisterFast(1), weights, weights.length, 10);
        assertEquals(4, drawn.length, "only the four candidates with weight can be drawn");
        assertEquals(4, java.util.Arrays.stream(drawn).distinct().count());
        assertTrue(java.util.Arrays.stream(drawn).noneMatch(i -> weights[i] == 0));
    }

    @Test
    void theSameSeedDrawsTheSameSample() {
        double[] weights = {1, 2, 3, 4, 5, 6, 7};
        assertArrayEquals(WeightedDraw.sample(new MersenneTwisterFast(9), weights, 7, 3),
                WeightedDraw.sample(new MersenneTwisterFast(9), weights, 7, 3));
    }
}
