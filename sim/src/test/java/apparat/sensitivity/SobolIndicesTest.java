package apparat.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The estimator recovers the known indices of analytic test functions from a Saltelli sample. */
class SobolIndicesTest {

    private static double[] evaluate(int k, int n, ToDoubleFunction<double[]> f) {
        double[][] points = SaltelliSample.points(k, n);
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            y[i] = f.applyAsDouble(points[i]);
        }
        return y;
    }

    @Test
    void theSampleIsLaidOutAsDocumented() {
        double[][] p = SaltelliSample.points(3, 4);
        assertEquals(4 * 5, p.length);
        for (int j = 0; j < 4; j++) {
            double[] a = p[j * 5];
            double[] b = p[j * 5 + 4];
            for (int i = 0; i < 3; i++) {
                double[] abi = p[j * 5 + 1 + i];
                for (int c = 0; c < 3; c++) {
                    assertEquals(c == i ? b[c] : a[c], abi[c], "AB_" + i + " takes column " + i + " from B");
                }
            }
        }
    }

    @Test
    void recoversTheIndicesOfTheIshigamiFunction() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * 8 / 225;
        double v = v1 + v2 + v13;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        double[] y = evaluate(3, 8192, x -> {
            double x1 = -Math.PI + 2 * Math.PI * x[0];
            double x2 = -Math.PI + 2 * Math.PI * x[1];
            double x3 = -Math.PI + 2 * Math.PI * x[2];
            return Math.sin(x1) + a * Math.pow(Math.sin(x2), 2) + b * Math.pow(x3, 4) * Math.sin(x1);
        });
        SobolIndices.Indices s = new SobolIndices(3, 200, 0.9).estimate(y, new MersenneTwisterFast(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], s.first().get(i).value(), 0.03, "first-order index of x" + (i + 1));
            assertEquals(total[i], s.total().get(i).value(), 0.03, "total index of x" + (i + 1));
            SobolIndices.Estimate e = s.total().get(i);
            assertTrue(e.low() <= e.value() && e.value() <= e.high() && e.high() - e.low() < 0.1,
                    "a narrow interval around the estimate: " + e);
        }
    }

    @Test
    void aLinearModelHasIndicesInProportionToTheSquaredCoefficients() {
        double[] c = {1, 2, 3};
        double[] y = evaluate(3, 4096, x -> c[0] * x[0] + c[1] * x[1] + c[2] * x[2]);
        SobolIndices.Indices s = new SobolIndices(3, 0, 0.9).estimate(y, new MersenneTwisterFast(1));
        for (int i = 0; i < 3; i++) {
            double expected = c[i] * c[i] / 14.0;
            assertEquals(expected, s.first().get(i).value(), 0.01);
            assertEquals(expected, s.total().get(i).value(), 0.01, "no interactions: total equals first order");
            assertTrue(Double.isNaN(s.first().get(i).low()), "no resamples, no interval");
        }
    }

    @Test
    void theBootstrapDependsOnTheGivenGeneratorAlone() {
        double[] y = evaluate(2, 64, x -> x[0] + x[0] * x[1]);
        SobolIndices estimator = new SobolIndices(2, 100, 0.9);
        assertEquals(estimator.estimate(y, new MersenneTwisterFast(3)),
                estimator.estimate(y, new MersenneTwisterFast(3)));
        assertThrows(IllegalArgumentException.class,
                () -> estimator.estimate(new double[5], new MersenneTwisterFast(3)));
    }
}
