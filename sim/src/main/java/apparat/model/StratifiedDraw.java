package apparat.model;

import ec.util.MersenneTwisterFast;
import java.util.BitSet;

/**
 * A draw of a set number of members from each stratum of a list, uniformly within the stratum and without
 * replacement, returned in the list's order. The positions within each stratum are drawn first, one draw per
 * member taken (Floyd's algorithm), rather than one draw per member seen as selection sampling makes; a single
 * pass over the strata of the list then finds the members at those positions, in ascending order, so that
 * whoever acts on them meets them as a scan of the roll would.
 */
final class StratifiedDraw {

    private StratifiedDraw() {
    }

    /**
     * The positions in {@code [0, n)} of the members drawn, ascending: {@code need[s]} of the {@code count[s]}
     * members of each stratum {@code s}, where {@code stratum[k]} (read unsigned) is the stratum of position k.
     */
    static int[] draw(MersenneTwisterFast random, byte[] stratum, int n, int[] count, int[] need) {
        int strata = count.length;
        int[][] chosen = new int[strata][];
        int total = 0;
        for (int s = 0; s < strata; s++) {
            if (need[s] > 0) {
                chosen[s] = positions(random, count[s], need[s]);
                total += need[s];
            }
        }
        int[] drawn = new int[total];
        int made = 0;
        int[] seen = new int[strata];
        int[] next = new int[strata];
        for (int k = 0; k < n && made < total; k++) {
            int s = stratum[k] & 0xFF;
            int[] mine = chosen[s];
            if (mine != null && next[s] < mine.length && mine[next[s]] == seen[s]) {
                next[s]++;
                drawn[made++] = k;
            }
            seen[s]++;
        }
        if (made < total) {
            throw new IllegalStateException("the strata hold fewer members than counted: " + made + " of " + total);
        }
        return drawn;
    }

    /**
     * {@code k} distinct positions of {@code [0, n)}, each set of k equally likely, in ascending order. Floyd's
     * algorithm: for j from n − k to n − 1, take a uniform t in [0, j], or j itself if t is taken already; that is
     * exactly k draws, however large n is. Taking all n draws nothing.
     */
    static int[] positions(MersenneTwisterFast random, int n, int k) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException(k + " of " + n);
        }
        int[] chosen = new int[k];
        if (k == n) {
            for (int i = 0; i < k; i++) {
                chosen[i] = i;
            }
            return chosen;
        }
        BitSet taken = new BitSet(n);
        for (int j = n - k; j < n; j++) {
            int t = random.nextInt(j + 1);
            taken.set(taken.get(t) ? j : t);
        }
        int i = 0;
        for (int p = taken.nextSetBit(0); p >= 0; p = taken.nextSetBit(p + 1)) {
            chosen[i++] = p;
        }
        return chosen;
    }
}
