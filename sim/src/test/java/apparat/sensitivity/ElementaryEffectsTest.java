package apparat.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The screening measures of analytic functions come out as theory says, and rank the factors correctly. */
class ElementaryEffectsTest {

    private static double[] evaluate(double[][] points, ToDoubleFunction<double[]> f) {
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            y[i] = f.applyAsDouble(points[i]);
        }
        return y;
    }

    @Test
    void aLinearFunctionHasMuStarEqualToItsCoefficientTimesTheRange() {
        double[] b = {2, -3, 0.5, 0};
        double[] low = {0, 10, -1, 5};
        double[] high = {1, 30, 1, 6};
        double[][] x = MorrisSample.trajectories(4, 20, 4, new MersenneTwisterFast(2));
        double[] y = evaluate(x, u -> {
            double sum = 0;
            for (int i = 0; i < 4; i++) {
                sum += b[i] * (low[i] + u[i] * (high[i] - low[i]));
            }
            return sum;
        });
        List<ElementaryEffects.Screening> s = new ElementaryEffects(4, 200, 0.9).estimate(x, y,
                new MersenneTwisterFast(1));
        for (int i = 0; i < 4; i++) {
            double range = high[i] - low[i];
            assertEquals(Math.abs(b[i]) * range, s.get(i).muStar(), 1e-9, "mu* of x" + i);
            assertEquals(b[i] * range, s.get(i).mu(), 1e-9, "mu keeps the sign");
            assertEquals(0, s.get(i).sigma(), 1e-9, "a linear effect is the same everywhere");
            assertEquals(20, s.get(i).n());
            assertEquals(s.get(i).muStar(), s.get(i).muStarLow(), 1e-9, "no spread, no width");
            assertEquals(s.get(i).muStar(), s.get(i).muStarHigh(), 1e-9);
        }
    }

    @Test
    void aProductShowsAsSigmaAndAnAdditiveTermDoesNot() {
        double[][] x = MorrisSample.trajectories(3, 30, 4, new MersenneTwisterFast(4));
        double[] y = evaluate(x, u -> 4 * u[0] * u[1] + u[2]);
        List<ElementaryEffects.Screening> s = new ElementaryEffects(3, 0, 0.9).estimate(x, y,
                new MersenneTwisterFast(1));
        assertTrue(s.get(0).sigma() > 0.5 && s.get(1).sigma() > 0.5, "interacting factors spread: " + s);
        assertEquals(0, s.get(2).sigma(), 1e-12);
        assertEquals(1, s.get(2).muStar(), 1e-12);
        assertTrue(Double.isNaN(s.get(0).muStarLow()), "no resamples, no interval");
    }

    @Test
    void theSobolGFunctionIsRankedByItsCoefficients() {
        // Sobol' G: the smaller a_i, the more important x_i; a_i = 99 is all but inert
        double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
        double[][] x = MorrisSample.trajectories(8, 50, 4, new MersenneTwisterFast(7));
        double[] y = evaluate(x, u -> {
            double g = 1;
            for (int i = 0; i < a.length; i++) {
                g *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        });
        List<ElementaryEffects.Screening> s = new ElementaryEffects(8, 1000, 0.9).estimate(x, y,
                new MersenneTwisterFast(9));
        for (int i = 0; i < 3; i++) {
            assertTrue(s.get(i).muStar() > s.get(i + 1).muStar(), "x" + i + " before x" + (i + 1) + ": " + s);
            assertTrue(s.get(i).muStarLow() > s.get(i + 1).muStarHigh(), "intervals apart: " + s);
        }
        for (int i = 4; i < 8; i++) {
            assertTrue(s.get(3).muStar() > 3 * s.get(i).muStar(), "x3 well before the inert x" + i + ": " + s);
            assertTrue(s.get(i).muStarLow() <= s.get(i).muStar() && s.get(i).muStar() <= s.get(i).muStarHigh());
        }
    }

    @Test
    void aMissingValueLeavesOutTheEffectsItTakesPartIn() {
        double[][] x = MorrisSample.trajectories(2, 5, 4, new MersenneTwisterFast(2));
        double[] y = evaluate(x, u -> u[0] + 2 * u[1]);
        y[1] = Double.NaN;
        List<ElementaryEffects.Screening> s = new ElementaryEffects(2, 100, 0.9).estimate(x, y,
                new MersenneTwisterFast(1));
        assertEquals(8, s.get(0).n() + s.get(1).n(), "point 1 ends one step and begins the next");
        assertEquals(1, s.get(0).muStar(), 1e-12);
        assertEquals(2, s.get(1).muStar(), 1e-12);
    }

    @Test
    void theBootstrapDependsOnTheGivenGeneratorAlone() {
        double[][] x = MorrisSample.trajectories(3, 12, 4, new MersenneTwisterFast(2));
        double[] y = evaluate(x, u -> Math.sin(6 * u[0]) + u[1] * u[2]);
        ElementaryEffects e = new ElementaryEffects(3, 500, 0.9);
        assertEquals(e.estimate(x, y, new MersenneTwisterFast(3)), e.estimate(x, y, new MersenneTwisterFast(3)));
        double[][] notATrajectory = {{0, 0}, {1, 1}, {1, 0}};
        assertThrows(IllegalArgumentException.class, () -> new ElementaryEffects(2, 0, 0.9).effects(notATrajectory,
                new double[3]));
    }
}
