package apparat.sweep;

import apparat.run.Seeds;
import apparat.sensitivity.SaltelliSample;
import ec.util.MersenneTwisterFast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points of a sweep's design, each a map from varied key to value, computed on demand: a grid by mixed-radix
 * counting (nothing is stored), a sampled design from its matrix of numbers in [0, 1) (one row per point,
 * mapped to values by {@link Factor#at}). Sampled designs draw from a MersenneTwisterFast seeded from the
 * master seed, so the same sweep file and seed give the same points.
 */
final class DesignPoints {

    private final List<Factor> factors;
    /** Values per factor of a grid; null for a sampled design. */
    private final List<List<Object>> grid;
    /** One row per point of a sampled design; null for a grid. */
    private final double[][] unit;
    private final int size;

    private DesignPoints(List<Factor> factors, List<List<Object>> grid, double[][] unit, int size) {
        this.factors = factors;
        this.grid = grid;
        this.unit = unit;
        this.size = size;
    }

    /** The number of points a definition has, without making them. */
    static long count(SweepDefinition d) {
        return switch (d.design()) {
            case GRID -> d.factors().stream().mapToLong(f -> f.gridValues().size()).reduce(1, Math::multiplyExact);
            case SOBOL -> d.sensitivity() ? (long) d.samples() * SaltelliSample.rowsPerSample(d.factors().size())
                    : d.samples();
            default -> d.samples();
        };
    }

    static DesignPoints of(SweepDefinition d, long masterSeed) {
        List<Factor> factors = d.factors();
        int k = factors.size();
        int n = d.samples();
        return switch (d.design()) {
            case GRID -> new DesignPoints(factors, factors.stream().map(Factor::gridValues).toList(), null,
                    (int) count(d));
            case RANDOM -> {
                MersenneTwisterFast random = new MersenneTwisterFast(Seeds.design(masterSeed));
                double[][] u = new double[n][k];
                for (double[] row : u) {
                    for (int i = 0; i < k; i++) {
                        row[i] = random.nextDouble();
                    }
                }
                yield sampled(factors, u);
            }
            case LHS -> sampled(factors, latinHypercube(n, k, new MersenneTwisterFast(Seeds.design(masterSeed))));
            case SOBOL -> {
                if (d.sensitivity()) {
                    yield sampled(factors, SaltelliSample.points(k, n));
                }
                SobolSequenceGenerator sequence = new SobolSequenceGenerator(k);
                sequence.nextVector();
                double[][] u = new double[n][];
                for (int j = 0; j < n; j++) {
                    u[j] = sequence.nextVector();
                }
                yield sampled(factors, u);
            }
        };
    }

    /** Each column a random permutation of the n strata, with a uniform draw inside each stratum. */
    static double[][] latinHypercube(int n, int k, MersenneTwisterFast random) {
        double[][] u = new double[n][k];
        int[] strata = new int[n];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                strata[j] = j;
            }
            for (int j = n - 1; j > 0; j--) {
                int swap = random.nextInt(j + 1);
                int t = strata[j];
                strata[j] = strata[swap];
                strata[swap] = t;
            }
            for (int j = 0; j < n; j++) {
                u[j][i] = (strata[j] + random.nextDouble()) / n;
            }
        }
        return u;
    }

    private static DesignPoints sampled(List<Factor> factors, double[][] u) {
        return new DesignPoints(factors, null, u, u.length);
    }

    int size() {
        return size;
    }

    /** The values of point {@code p}, in factor order. */
    Map<String, Object> point(int p) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (grid != null) {
            int rest = p;
            Object[] chosen = new Object[factors.size()];
            for (int i = factors.size() - 1; i >= 0; i--) {
                List<Object> v = grid.get(i);
                chosen[i] = v.get(rest % v.size());
                rest /= v.size();
            }
            for (int i = 0; i < factors.size(); i++) {
                values.put(factors.get(i).key(), chosen[i]);
            }
            return values;
        }
        for (int i = 0; i < factors.size(); i++) {
            values.put(factors.get(i).key(), factors.get(i).at(unit[p][i]));
        }
        return values;
    }
}
