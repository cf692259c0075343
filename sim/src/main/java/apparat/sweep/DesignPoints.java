package apparat.sweep;

import apparat.run.Seeds;
import apparat.sensitivity.MorrisSample;
import apparat.sensitivity.SaltelliSample;
import apparat.sensitivity.TrajectorySelection;
import ec.util.MersenneTwisterFast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points of a sweep's design, each a map from varied key to value, computed on demand: a grid by mixed-radix
 * counting (nothing is stored), a sampled design from its matrix of numbers in [0, 1) (one row per point,
 * mapped to values by {@link Factor#at}; a morris design's rows are levels, mapped by {@link Factor#atLevel}).
 * Sampled designs draw from a MersenneTwisterFast seeded from the master seed, so the same sweep file and seed
 * give the same points.
 */
final class DesignPoints {

    private final List<Factor> factors;
    /** Values per factor of a grid; null for a sampled design. */
    private final List<List<Object>> grid;
    /** One row per point of a sampled design; null for a grid. */
    private final double[][] unit;
    /** Whether the rows hold levels of a grid in [0, 1] (morris) rather than uniform numbers in [0, 1). */
    private final boolean levelled;
    private final int size;

    private DesignPoints(List<Factor> factors, List<List<Object>> grid, double[][] unit, boolean levelled,
                         int size) {
        this.factors = factors;
        this.grid = grid;
        this.unit = unit;
        this.levelled = levelled;
        this.size = size;
    }

    /** The number of points a definition has, without making them. */
    static long count(SweepDefinition d) {
        return switch (d.design()) {
            case GRID -> d.factors().stream().mapToLong(f -> f.gridValues().size()).reduce(1, Math::multiplyExact);
            case SOBOL -> d.sensitivity() ? (long) d.samples() * SaltelliSample.rowsPerSample(d.factors().size())
                    : d.samples();
            case MORRIS -> (long) d.samples() * MorrisSample.rowsPerTrajectory(d.factors().size());
            default -> d.samples();
        };
    }

    static DesignPoints of(SweepDefinition d, long masterSeed) {
        List<Factor> factors = d.factors();
        int k = factors.size();
        int n = d.samples();
        return switch (d.design()) {
            case GRID -> new DesignPoints(factors, factors.stream().map(Factor::gridValues).toList(), null, false,
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
            case MORRIS -> new DesignPoints(factors, null, morris(d, masterSeed), true, (int) count(d));
        };
    }

    /**
     * Morris' trajectories from the master seed; with candidates, the most spread of a pool drawn from the same
     * generator (Campolongo et al. 2007).
     */
    static double[][] morris(SweepDefinition d, long masterSeed) {
        MersenneTwisterFast random = new MersenneTwisterFast(Seeds.design(masterSeed));
        int k = d.factors().size();
        if (d.candidates() == 0) {
            return MorrisSample.trajectories(k, d.samples(), d.levels(), random);
        }
        double[][] pool = MorrisSample.trajectories(k, d.candidates(), d.levels(), random);
        return TrajectorySelection.select(pool, MorrisSample.rowsPerTrajectory(k), d.samples());
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
        return new DesignPoints(factors, null, u, false, u.length);
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
            Factor f = factors.get(i);
            values.put(f.key(), levelled ? f.atLevel(unit[p][i]) : f.at(unit[p][i]));
        }
        return values;
    }

    /** Point {@code p} in the unit cube, for a design whose analysis needs it (morris); null for a grid. */
    double[] unit(int p) {
        return unit == null ? null : unit[p].clone();
    }
}
