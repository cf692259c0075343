package apparat.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Designs give the points they promise, from the master seed alone. */
class DesignPointsTest {

    private static SweepDefinition definition(Design design, int samples, List<Factor> factors) {
        return new SweepDefinition("t", "", "t.yaml", java.nio.file.Path.of("x.yaml"), null, null, 1L, 1, design,
                samples, false, design == Design.MORRIS ? 4 : 0, 0, factors, List.of());
    }

    private static final Factor SHARE = new Factor("appointment.acceptance", null,
            new Factor.Range(0.1, 0.9, false, false, 3));
    private static final Factor WORDS = new Factor("secretariat.selection", List.of("loyalty", "chance"), null);

    @Test
    void aGridCountsWithTheFirstParameterSlowest() {
        DesignPoints grid = DesignPoints.of(definition(Design.GRID, 0, List.of(WORDS, SHARE)), 1);
        assertEquals(6, grid.size());
        assertEquals(Map.of("secretariat.selection", "loyalty", "appointment.acceptance", 0.1), grid.point(0));
        assertEquals(Map.of("secretariat.selection", "loyalty", "appointment.acceptance", 0.5), grid.point(1));
        assertEquals(Map.of("secretariat.selection", "chance", "appointment.acceptance", 0.9), grid.point(5));
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOnceInEachColumn() {
        int n = 50;
        double[][] u = DesignPoints.latinHypercube(n, 3, new MersenneTwisterFast(4));
        for (int i = 0; i < 3; i++) {
            Set<Integer> strata = new HashSet<>();
            for (double[] row : u) {
                assertTrue(row[i] >= 0 && row[i] < 1);
                strata.add((int) Math.floor(row[i] * n));
            }
            assertEquals(n, strata.size(), "column " + i);
        }
    }

    @Test
    void sampledDesignsFollowTheSeedAndStayInTheirRanges() {
        Factor log = new Factor("secretariat.assignmentsPerYear", null, new Factor.Range(10, 10_000, true, false,
                0));
        for (Design design : new Design[] {Design.RANDOM, Design.LHS, Design.SOBOL}) {
            SweepDefinition d = definition(design, 200, List.of(log, WORDS));
            DesignPoints a = DesignPoints.of(d, 1);
            DesignPoints b = DesignPoints.of(d, 1);
            List<Object> values = new ArrayList<>();
            int below100 = 0;
            for (int p = 0; p < a.size(); p++) {
                assertEquals(a.point(p), b.point(p));
                double x = (Double) a.point(p).get(log.key());
                assertTrue(x >= 10 && x <= 10_000, design + ": " + x);
                below100 += x < 100 ? 1 : 0;
                values.add(a.point(p).get(WORDS.key()));
            }
            // log-uniform: a third of the points lie between 10 and 100
            assertEquals(200 / 3.0, below100, 20, design.toString());
            assertTrue(values.contains("loyalty") && values.contains("chance"), design.toString());
            if (design != Design.SOBOL) {
                assertNotEquals(a.point(0), DesignPoints.of(d, 2).point(0), "another seed, other points");
            }
        }
    }

    @Test
    void aRangeOfWholeNumbersGivesWholeNumbersUpToItsTop() {
        Factor f = new Factor("secretariat.poolSize", null, new Factor.Range(1, 4, false, true, 0));
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            seen.add(f.at(i / 100.0));
        }
        assertEquals(Set.of(1L, 2L, 3L, 4L), seen);
    }

    @Test
    void aMorrisDesignStepsOneParameterAtATimeBetweenItsLevels() {
        Factor pool = new Factor("secretariat.poolSize", null, new Factor.Range(2, 100, true, true, 0));
        Factor ban = new Factor("opinion.factionBan", List.of(true, false), null);
        Factor share = new Factor("appointment.acceptance", null, new Factor.Range(0.1, 0.7, false, false, 0));
        SweepDefinition d = definition(Design.MORRIS, 12, List.of(pool, ban, share));
        DesignPoints a = DesignPoints.of(d, 1);
        assertEquals(12 * 4, a.size(), "r (k + 1) points");
        Set<Object> pools = new HashSet<>();
        Set<Object> shares = new HashSet<>();
        for (int t = 0; t < 12; t++) {
            for (int s = 0; s < 3; s++) {
                Map<String, Object> from = a.point(t * 4 + s);
                Map<String, Object> to = a.point(t * 4 + s + 1);
                long changed = from.keySet().stream().filter(k -> !from.get(k).equals(to.get(k))).count();
                assertEquals(1, changed, "one parameter a step: " + from + " to " + to);
                pools.add(from.get(pool.key()));
                shares.add(from.get(share.key()));
            }
        }
        assertEquals(Set.of(2L, 7L, 27L, 100L), pools, "four levels, evenly on a log scale, whole numbers");
        assertEquals(Set.of(0.1, 0.3, 0.5, 0.7), shares);
        for (int p = 0; p < a.size(); p++) {
            assertEquals(a.point(p), DesignPoints.of(d, 1).point(p), "the seed alone decides");
        }
        DesignPoints other = DesignPoints.of(d, 2);
        assertNotEquals(java.util.stream.IntStream.range(0, a.size()).mapToObj(a::point).toList(),
                java.util.stream.IntStream.range(0, a.size()).mapToObj(other::point).toList(),
                "another seed, other trajectories");
    }
}
