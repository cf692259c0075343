package apparat.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The sample of Saltelli's scheme for first-order and total Sobol' indices (Saltelli et al. 2010, section 4):
 * two independent quasi-random matrices A and B of {@code n} rows, taken side by side from one Sobol' sequence
 * of dimension {@code 2k} (its first point, all zeros, left out), and for each factor {@code i} the matrix
 * AB<sub>i</sub>: A with column {@code i} taken from B. The rows come grouped by sample: for each {@code j},
 * A<sub>j</sub>, AB<sub>1j</sub> … AB<sub>kj</sub>, B<sub>j</sub> — {@code n (k + 2)} points in the unit cube.
 */
public final class SaltelliSample {

    private SaltelliSample() {
    }

    /** Rows per base sample: A, the k rows AB<sub>i</sub>, and B. */
    public static int rowsPerSample(int k) {
        return k + 2;
    }

    /**
     * The design's points in [0, 1)<sup>k</sup>.
     *
     * @param k number of factors, 1 to 500
     * @param n number of base samples, at least 1
     */
    public static double[][] points(int k, int n) {
        if (k < 1 || k > 500) {
            throw new IllegalArgumentException("factors: " + k + " (1 to 500)");
        }
        if (n < 1) {
            throw new IllegalArgumentException("base samples: " + n + " (at least 1)");
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        sequence.nextVector();
        double[][] rows = new double[n * rowsPerSample(k)][];
        for (int j = 0; j < n; j++) {
            double[] ab = sequence.nextVector();
            double[] a = java.util.Arrays.copyOfRange(ab, 0, k);
            double[] b = java.util.Arrays.copyOfRange(ab, k, 2 * k);
            int first = j * rowsPerSample(k);
            rows[first] = a;
            for (int i = 0; i < k; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                rows[first + 1 + i] = mixed;
            }
            rows[first + k + 1] = b;
        }
        return rows;
    }
}
