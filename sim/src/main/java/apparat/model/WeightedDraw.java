package apparat.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Weighted sampling without replacement (Efraimidis and Spirakis, 2006): each candidate gets the key
 * E / w, with E an exponential draw and w its weight, and the k smallest keys are the sample. The chance of
 * each draw is proportional to weight among those not yet drawn, whatever the spread of the weights; members
 * of weight 0 are never drawn. Cost O(n log n) for n candidates, all draws from the run's generator.
 */
final class WeightedDraw {

    private WeightedDraw() {
    }

    /**
     * Draws up to {@code k} of {@code count} candidates; returns their positions (0 … count − 1) in the
     * order drawn.
     */
    static int[] sample(MersenneTwisterFast random, double[] weights, int count, int k) {
        long[] keyed = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            double w = weights[i];
            // a draw for every candidate, drawn or not, keeps the stream independent of the weights
            double e = -Math.log(1.0 - random.nextDouble());
            if (w > 0) {
                float key = (float) Math.min(Float.MAX_VALUE, e / w);
                // positive floats order like their bits; the position rides in the low half
                keyed[n++] = ((long) Float.floatToIntBits(key) << 32) | i;
            }
        }
        Arrays.sort(keyed, 0, n);
        int take = Math.min(k, n);
        int[] chosen = new int[take];
        for (int j = 0; j < take; j++) {
            chosen[j] = (int) (keyed[j] & 0xFFFFFFFFL);
        }
        return chosen;
    }
}
