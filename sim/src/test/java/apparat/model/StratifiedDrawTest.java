package apparat.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/** The terror's draw: exactly the number needed from each stratum, nobody twice, uniform within the stratum. */
class StratifiedDrawTest {

    @Test
    void eachStratumGivesExactlyWhatIsNeededInAscendingOrderAndNobodyTwice() {
        MersenneTwisterFast random = new MersenneTwisterFast(8);
        int n = 5000;
        byte[] stratum = new byte[n];
        int[] count = new int[256];
        for (int k = 0; k < n; k++) {
            // strata of very different sizes, including the highest code read unsigned
            int s = random.nextInt(10) == 0 ? 255 : random.nextInt(3);
            stratum[k] = (byte) s;
            count[s]++;
        }
        int[] need = new int[256];
        need[0] = 7;
        need[1] = count[1];
        need[255] = count[255] / 2;
        for (int round = 0; round < 50; round++) {
            int[] drawn = StratifiedDraw.draw(random, stratum, n, count, need);
            int[] taken = new int[256];
            for (int i = 0; i < drawn.length; i++) {
                assertTrue(i == 0 || drawn[i] > drawn[i - 1], "ascending, so nobody twice");
                taken[stratum[drawn[i]] & 0xFF]++;
            }
            assertArrayEquals(need, taken);
        }
    }

    @Test
    void everyMemberOfAStratumIsEquallyLikelyToBeTaken() {
        // two strata interleaved; three of the 12 members of stratum 1 taken each time
        int n = 30;
        byte[] stratum = new byte[n];
        int[] count = new int[256];
        for (int k = 0; k < n; k++) {
            stratum[k] = (byte) (k % 5 < 2 ? 1 : 0);
            count[stratum[k]]++;
        }
        int[] need = new int[256];
        need[1] = 3;
        long[] hits = new long[count[1]];
        int[] rank = new int[n];
        for (int k = 0, r = 0; k < n; k++) {
            rank[k] = stratum[k] == 1 ? r++ : -1;
        }
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        for (int i = 0; i < 40_000; i++) {
            for (int k : StratifiedDraw.draw(random, stratum, n, count, need)) {
                hits[rank[k]]++;
            }
        }
        double[] even = new double[hits.length];
        Arrays.fill(even, 1.0);
        assertTrue(new ChiSquareTest().chiSquareTest(even, hits) > 0.001, Arrays.toString(hits));
    }

    @Test
    void everySetOfPositionsIsEquallyLikely() {
        // the ten pairs of five positions, as a bit pattern each
        long[] seen = new long[32];
        MersenneTwisterFast random = new MersenneTwisterFast(12);
        for (int i = 0; i < 50_000; i++) {
            int[] p = StratifiedDraw.positions(random, 5, 2);
            assertTrue(p[0] < p[1]);
            seen[(1 << p[0]) | (1 << p[1])]++;
        }
        long[] pairs = Arrays.stream(seen).filter(c -> c > 0).toArray();
        assertEquals(10, pairs.length);
        double[] even = new double[10];
        Arrays.fill(even, 1.0);
        assertTrue(new ChiSquareTest().chiSquareTest(even, pairs) > 0.001, Arrays.toString(seen));
    }

    @Test
    void takingAWholeStratumDrawsNothingAndTakingMoreIsAnError() {
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        MersenneTwisterFast untouched = new MersenneTwisterFast(1);
        assertArrayEquals(new int[] {0, 1, 2, 3}, StratifiedDraw.positions(random, 4, 4));
        assertEquals(untouched.nextLong(), random.nextLong());
        assertThrows(IllegalArgumentException.class, () -> StratifiedDraw.positions(random, 4, 5));
    }
}
