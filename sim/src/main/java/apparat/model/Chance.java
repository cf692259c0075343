package apparat.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/** Small draws the stages share, all from the run's generator. */
final class Chance {

    private Chance() {
    }

    /** An expected count turned into a whole count without bias: floor, plus one with the fraction's chance. */
    static int round(MersenneTwisterFast random, double expected) {
        if (expected <= 0) {
            return 0;
        }
        double floor = Math.floor(expected);
        return (int) floor + (random.nextDouble() < expected - floor ? 1 : 0);
    }

    /** A uniform draw in [lo, hi). */
    static float between(MersenneTwisterFast random, float lo, float hi) {
        return lo + (hi - lo) * random.nextFloat();
    }

    /**
     * How many members a walk passes over before the next one it takes, when each is taken independently with
     * chance p: a geometric count drawn by inversion, {@code floor(log U / log(1 − p))} with U uniform on (0, 1],
     * so one draw stands for the whole run of members passed over. {@code logMiss} is {@code log(1 − p)}, from
     * {@link Math#log1p} so that small chances keep their precision; with p = 1 (logMiss −∞) nothing is drawn
     * and nobody is passed over. Returns at most {@code cap}, which means "past the end of the walk".
     */
    static int skip(MersenneTwisterFast random, double logMiss, int cap) {
        if (logMiss == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double passed = Math.floor(Math.log(1.0 - random.nextDouble()) / logMiss);
        return passed >= cap ? cap : (int) passed;
    }

    /**
     * The positions of {@code [0, n)} taken when each is taken independently with {@code chance}, in ascending
     * order, drawn by {@link #skip}s: one draw per position taken (and one past the last), however large n is.
     */
    static int[] eachWithChance(MersenneTwisterFast random, double chance, int n) {
        if (!(chance > 0) || n <= 0) {
            return new int[0];
        }
        double logMiss = Math.log1p(-Math.min(1.0, chance));
        int[] taken = new int[(int) Math.min(n, n * chance * 1.1 + 16)];
        int made = 0;
        for (int k = skip(random, logMiss, n); k < n; k += 1 + skip(random, logMiss, n)) {
            if (made == taken.length) {
                taken = Arrays.copyOf(taken, (int) Math.min(n, made + (made >> 1) + 16L));
            }
            taken[made++] = k;
        }
        return made == taken.length ? taken : Arrays.copyOf(taken, made);
    }
}
