package apparat.sensitivity;

import ec.util.MersenneTwisterFast;

/**
 * The trajectories of Morris' (1991) elementary-effects design on the grid of {@code p} levels
 * {0, 1/(p−1), …, 1} of the unit cube. A trajectory is {@code k + 1} points: a random base point, then each
 * factor in a random order moved once by Δ = p / (2(p − 1)), up or down as a random sign says, so that
 * consecutive points differ in exactly one factor. This is Morris' matrix B* = (J x* + (Δ/2)((2B − J) D* + J)) P*
 * written out point by point: x* is drawn from the levels 0 … p/2 − 1 (those from which a step of Δ stays
 * inside the cube), D* is the signs and P* the order. With an even {@code p}, Δ is p/2 levels and every level
 * is equally likely to be visited.
 *
 * <p>Morris, M. D. (1991). Factorial sampling plans for preliminary computational experiments. Technometrics 33,
 * 161–174.
 */
public final class MorrisSample {

    private MorrisSample() {
    }

    /** The step Δ in the unit cube: p / (2(p − 1)). */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /** Points per trajectory: the base point and one step per factor. */
    public static int rowsPerTrajectory(int k) {
        return k + 1;
    }

    /**
     * {@code r} independent trajectories, one after another: {@code r (k + 1)} points in [0, 1]<sup>k</sup>.
     *
     * @param k number of factors, at least 1
     * @param r number of trajectories, at least 1
     * @param levels number of levels p, even and at least 2
     * @param random draws base points, signs and orders
     */
    public static double[][] trajectories(int k, int r, int levels, MersenneTwisterFast random) {
        if (k < 1) {
            throw new IllegalArgumentException("factors: " + k + " (at least 1)");
        }
        if (r < 1) {
            throw new IllegalArgumentException("trajectories: " + r + " (at least 1)");
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels: " + levels + " (an even number, at least 2)");
        }
        double[][] rows = new double[r * rowsPerTrajectory(k)][];
        for (int t = 0; t < r; t++) {
            double[][] one = trajectory(k, levels, random);
            System.arraycopy(one, 0, rows, t * rowsPerTrajectory(k), one.length);
        }
        return rows;
    }

    /** One trajectory, computed on the integer levels so that each step is exactly Δ. */
    private static double[][] trajectory(int k, int levels, MersenneTwisterFast random) {
        int jump = levels / 2;
        int[] level = new int[k];
        boolean[] up = new boolean[k];
        for (int i = 0; i < k; i++) {
            int base = random.nextInt(jump);
            up[i] = random.nextBoolean();
            // a factor that moves down starts a step above its base level
            level[i] = up[i] ? base : base + jump;
        }
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int swap = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[swap];
            order[swap] = t;
        }
        double[][] points = new double[k + 1][];
        points[0] = unit(level, levels);
        for (int s = 0; s < k; s++) {
            int i = order[s];
            level[i] += up[i] ? jump : -jump;
            points[s + 1] = unit(level, levels);
        }
        return points;
    }

    private static double[] unit(int[] level, int levels) {
        double[] u = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            u[i] = level[i] / (double) (levels - 1);
        }
        return u;
    }
}
