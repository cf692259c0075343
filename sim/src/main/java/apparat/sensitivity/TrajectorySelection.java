package apparat.sensitivity;

import org.apache.commons.math3.util.MathArrays;

/**
 * Campolongo's (2007) improvement of Morris' design: from a pool of candidate trajectories keep the {@code r}
 * that are most spread over the unit cube. The distance of two trajectories is the sum of the Euclidean
 * distances between each point of one and each point of the other; a set of trajectories is the more spread the
 * larger the root of the sum of its pairwise squared distances. Trying every set of {@code r} is out of reach
 * for a pool of hundreds, so the set is grown greedily, in the spirit of Ruano et al.'s (2012) local search:
 * first the two most distant trajectories, then each time the candidate that adds the most to the sum of squared
 * distances. Ties go to the earlier candidate, so the selection is a function of the pool alone.
 *
 * <p>Campolongo, F., Cariboni, J. and Saltelli, A. (2007). An effective screening design for sensitivity
 * analysis of large models. Environmental Modelling &amp; Software 22, 1509–1518.
 * Ruano, M. V., Ribes, J., Seco, A. and Ferrer, J. (2012). An improved sampling strategy based on trajectory
 * design for application of the Morris method to systems with many input factors. Environmental Modelling &amp;
 * Software 37, 103–109.
 */
public final class TrajectorySelection {

    private TrajectorySelection() {
    }

    /**
     * The {@code r} most spread trajectories of the pool, in the pool's order.
     *
     * @param pool candidate trajectories one after another, {@code size} points each
     * @param size points per trajectory (k + 1)
     * @param r trajectories to keep, from 2 to the number in the pool
     * @return the kept trajectories' points, one trajectory after another
     */
    public static double[][] select(double[][] pool, int size, int r) {
        int[] kept = indices(pool, size, r);
        double[][] out = new double[r * size][];
        for (int t = 0; t < r; t++) {
            System.arraycopy(pool, kept[t] * size, out, t * size, size);
        }
        return out;
    }

    /** The indices of the kept trajectories, ascending. */
    static int[] indices(double[][] pool, int size, int r) {
        if (size < 1 || pool.length % size != 0) {
            throw new IllegalArgumentException(pool.length + " points are not trajectories of " + size);
        }
        int m = pool.length / size;
        if (r < 2 || r > m) {
            throw new IllegalArgumentException("keep " + r + " of " + m + " trajectories (2 to " + m + ")");
        }
        double[][] squared = new double[m][m];
        int bestA = 0;
        int bestB = 1;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double d = distance(pool, size, a, b);
                squared[a][b] = d * d;
                squared[b][a] = d * d;
                if (squared[a][b] > squared[bestA][bestB]) {
                    bestA = a;
                    bestB = b;
                }
            }
        }
        boolean[] chosen = new boolean[m];
        chosen[bestA] = true;
        chosen[bestB] = true;
        // each candidate's sum of squared distances to the chosen set, kept up to date as the set grows
        double[] gain = new double[m];
        for (int c = 0; c < m; c++) {
            gain[c] = squared[c][bestA] + squared[c][bestB];
        }
        for (int n = 2; n < r; n++) {
            int best = -1;
            for (int c = 0; c < m; c++) {
                if (!chosen[c] && (best < 0 || gain[c] > gain[best])) {
                    best = c;
                }
            }
            chosen[best] = true;
            for (int c = 0; c < m; c++) {
                gain[c] += squared[c][best];
            }
        }
        int[] kept = new int[r];
        int n = 0;
        for (int c = 0; c < m; c++) {
            if (chosen[c]) {
                kept[n++] = c;
            }
        }
        return kept;
    }

    /** The spread of a set of trajectories: the root of the sum of their pairwise squared distances. */
    public static double spread(double[][] points, int size) {
        int m = points.length / size;
        double sum = 0;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double d = distance(points, size, a, b);
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }

    /** Campolongo's distance of trajectories a and b: the sum of the distances between their points. */
    static double distance(double[][] points, int size, int a, int b) {
        double sum = 0;
        for (int i = a * size; i < (a + 1) * size; i++) {
            for (int j = b * size; j < (b + 1) * size; j++) {
                sum += MathArrays.distance(points[i], points[j]);
            }
        }
        return sum;
    }
}
